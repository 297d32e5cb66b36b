package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.service.EvidenceSource;
import org.masar.pipeline.service.EvidenceSubject;
import org.masar.training.domain.Participant;

/**
 * Evidence of the training's completion criteria: the enrolment's attendance in a course of its
 * programme meets the course's minimum ("attendance 86 % of 14 sessions, rule 80 %"). Of several
 * courses, one that meets it answers; if none does, the one closest to it says why.
 */
@ApplicationScoped
public class AttendanceEvidence implements EvidenceSource {

    public static final String KEY = "training-attendance";

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseRegister register;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "training.evidence.attendance";
    }

    @Override
    public Evidence evidence(EvidenceSubject subject) {
        List<Standing> standings = standings(em, register, subject.enrolmentId());
        if (standings.isEmpty()) {
            return Evidence.unmet(null, null, "training.evidence.noCourse");
        }
        Optional<Standing> meets = standings.stream().filter(s -> s.course().getRule().attendanceMet(s.row().tally())).findFirst();
        Standing s = meets.orElseGet(() -> standings.stream()
                .max(Comparator.comparing(x -> x.row().rate() == null ? -1 : x.row().rate())).orElseThrow());
        String key = s.row().rate() == null ? "training.evidence.attendanceNone" : "training.evidence.attendanceRate";
        Object[] args = {s.course().getTitle(), s.row().rate() == null ? 0 : s.row().rate(), s.row().tally().counted(),
                s.course().getRule().getMinAttendance()};
        return meets.isPresent() ? Evidence.met("course", s.course().getId(), key, args)
                : Evidence.unmet("course", s.course().getId(), key, args);
    }

    /** A course the enrolment takes part in, with its standing there. */
    record Standing(org.masar.training.domain.Course course, ParticipantRow row) {
    }

    static List<Standing> standings(EntityManager em, CourseRegister register, long enrolmentId) {
        return em.createQuery("select p from Participant p join fetch p.course where p.enrolment.id = :id order by p.id",
                        Participant.class).setParameter("id", enrolmentId).getResultList().stream()
                .map(p -> new Standing(p.getCourse(), register.row(p.getCourse(), p.getId()).orElse(null)))
                .filter(s -> s.row() != null).toList();
    }
}
