package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.TimelineEntry;
import org.masar.beneficiary.service.TimelineSource;
import org.masar.security.service.Caller;
import org.masar.shared.i18n.LocalDates;
import org.masar.shared.i18n.Texts;
import org.masar.training.domain.Tally;

/**
 * Training's part of a person's timeline: each course joined (when, by whom), and their attendance
 * in it as one summary dated at the last session held — not a line per session.
 */
@ApplicationScoped
public class TrainingTimeline implements TimelineSource {

    @Inject
    PersonCourses courses;

    @Override
    public List<TimelineEntry> entries(Beneficiary person, Caller caller) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (PersonCourses.Taken t : courses.of(person, caller)) {
            String title = t.course().getProgramme().getCode() + " · " + t.course().getTitle();
            entries.add(new TimelineEntry(t.participant().getAddedAt(), "training.timeline.joined", "training-joined",
                    t.participant().getAddedBy(), TimelineEntry.data(title),
                    locale -> Texts.get(locale, "training.timeline.joinedDetail",
                            LocalDates.format(t.course().getStartDate(), locale), LocalDates.format(t.course().getEndDate(), locale)),
                    t.participant().getEnrolment().getId()));
            if (t.lastHeld() != null && t.standing() != null) {
                Tally tally = t.standing().tally();
                String standing = t.standing().met() ? "met" : t.standing().atRisk() ? "atRisk" : "going";
                entries.add(new TimelineEntry(t.lastHeld(), "training.timeline.attendance", "training-" + standing, t.takenBy(),
                        TimelineEntry.data(title), locale -> Texts.get(locale, "training.timeline.attendanceDetail",
                        tally.attended(), tally.counted(), t.standing().rate() == null ? 0 : t.standing().rate(),
                        tally.excused(), Texts.get(locale, "training.timeline.standing." + standing)),
                        t.participant().getEnrolment().getId()));
            }
        }
        return entries;
    }
}
