package org.masar.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.TimelineEntry;
import org.masar.beneficiary.service.TimelineSource;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.shared.i18n.Texts;
import org.masar.security.service.Caller;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.domain.ProfilePart;

/** Case work's part of a person's timeline: notes as written, follow-ups as set and done. */
@ApplicationScoped
@Transactional
public class CaseWorkTimeline implements TimelineSource {

    @Inject
    PersonCaseWork casework;

    @Override
    public List<TimelineEntry> entries(Beneficiary person, Caller caller, Locale locale) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (!BeneficiaryAccess.sees(caller, ProfilePart.CASE_NOTES)) {
            return entries;
        }
        for (CaseNote n : casework.notes(person, caller)) {
            entries.add(new TimelineEntry(n.getAt(), "timeline.note", "note", n.getAuthor(), null, n.getText(),
                    n.getEnrolmentId()));
        }
        for (FollowUp f : casework.followUps(person, caller)) {
            String state = f.isDone() ? Texts.get(locale, "followUp.doneBy", f.getDoneBy())
                    : Texts.get(locale, "followUp.dueOn", f.getDueDate());
            entries.add(new TimelineEntry(f.getCreatedAt(), "timeline.followUp", f.isDone() ? "follow-up done" : "follow-up",
                    f.getCreatedBy(), f.getTitle() + " → " + f.getAssignee().getFullName(), state, f.getEnrolmentId()));
        }
        return entries;
    }
}
