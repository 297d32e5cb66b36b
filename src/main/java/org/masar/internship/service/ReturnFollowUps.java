package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.masar.casework.domain.FollowUp;
import org.masar.casework.service.CaseWorkService;
import org.masar.internship.domain.Placement;
import org.masar.security.service.Caller;
import org.masar.shared.i18n.Texts;

/**
 * The follow-up after an internship: when a placement ends, two follow-ups of the intern, three and
 * six months after the end, for the enrolment's case worker (or the coordinator who ended it). A
 * person who did not consent to be followed up gets none; the placement's page says so.
 */
@ApplicationScoped
public class ReturnFollowUps {

    /** Months after the end at which the intern is followed up. */
    public static final List<Integer> MONTHS = List.of(3, 6);

    @Inject
    CaseWorkService casework;

    /** Sets the follow-ups of an ended placement; the number set (none without consent). */
    public int schedule(Placement p, Caller caller) {
        Locale locale = caller.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(caller.locale());
        int set = 0;
        for (int months : MONTHS) {
            String title = Texts.get(locale, "internship.followUp.return", months, p.getHost().getName());
            if (title.length() > FollowUp.TITLE_MAX) {
                title = title.substring(0, FollowUp.TITLE_MAX);
            }
            if (casework.schedule(p.getEnrolment().getId(), title, p.getEndedOn().plusMonths(months), caller).isPresent()) {
                set++;
            }
        }
        return set;
    }
}
