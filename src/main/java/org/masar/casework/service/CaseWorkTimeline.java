package org.masar.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.TimelineEntry;
import org.masar.beneficiary.service.TimelineSource;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.shared.i18n.Localized;
import org.masar.shared.i18n.Texts;
import org.masar.security.service.FullNames;
import org.masar.security.service.StaffNames;
import org.masar.security.service.Caller;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.domain.ProfilePart;

/** Case work's part of a person's timeline: notes as written, follow-ups as set and done. */
@ApplicationScoped
@Transactional
public class CaseWorkTimeline implements TimelineSource {

    @Inject
    PersonCaseWork casework;

    @Inject
    StaffNames staff;

    @Override
    public List<TimelineEntry> entries(Beneficiary person, Caller caller) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (!BeneficiaryAccess.sees(caller, ProfilePart.CASE_NOTES)) {
            return entries;
        }
        for (CaseNote n : casework.notes(person, caller)) {
            entries.add(new TimelineEntry(n.getAt(), "timeline.note", "note", n.getAuthor(), null,
                    TimelineEntry.data(n.getText()), n.getEnrolmentId()));
        }
        List<FollowUp> followUps = casework.followUps(person, caller);
        FullNames doneBy = staff.of(followUps.stream().map(FollowUp::getDoneBy).toList());
        for (FollowUp f : followUps) {
            String done = doneBy.of(f.getDoneBy());
            LocalDate due = f.getDueDate();
            Localized state = f.isDone() ? locale -> Texts.get(locale, "followUp.doneBy", done)
                    : locale -> Texts.get(locale, "followUp.dueOn", due);
            entries.add(new TimelineEntry(f.getCreatedAt(), "timeline.followUp", f.isDone() ? "follow-up done" : "follow-up",
                    f.getCreatedBy(), TimelineEntry.data(f.getTitle() + " → " + f.getAssignee().getFullName()), state,
                    f.getEnrolmentId()));
        }
        return entries;
    }
}
