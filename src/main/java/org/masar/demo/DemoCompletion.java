package org.masar.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.pipeline.domain.Actor;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.EvidenceSubject;
import org.masar.programme.domain.Programme;
import org.masar.training.domain.Certificate;
import org.masar.training.domain.Course;
import org.masar.training.domain.Mark;
import org.masar.training.domain.Participant;
import org.masar.training.service.AssessmentEvidence;
import org.masar.training.service.AttendanceEvidence;
import org.masar.training.service.CourseRegister;
import org.masar.training.service.ParticipantRow;

/**
 * The records complete the journey: a programme's training completion criteria bound to attendance
 * and assessment, then those of an ended course who met its rule and stood just before the
 * completion stage completed by their records two days after the last session (or the day after
 * their journey's last move), each with a certificate for the sessions attended. Those whose
 * journey was completed before the criteria were bound (ticked by hand) receive the certificate
 * alone. A course is read in a handful of queries, whatever its size; the evidence sources are
 * asked only for those who move.
 */
@ApplicationScoped
@Transactional
public class DemoCompletion {

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceEvidence attendance;

    @Inject
    AssessmentEvidence assessment;

    @Inject
    CourseRegister register;

    /** Binds the "certified" stage's two criteria to the records; returns the stage, or none when the pipeline lacks it. */
    public Stage bind(Programme programme) {
        Pipeline training = em.createQuery("select p from Pipeline p where p.programme = :p and p.type = :t", Pipeline.class)
                .setParameter("p", programme).setParameter("t", PipelineType.TRAINING).getResultStream().findFirst()
                .orElse(null);
        Stage certified = training == null ? null : training.stage("certified").orElse(null);
        if (certified == null || certified.activeCriteria().size() < 2) {
            return null;
        }
        certified.activeCriteria().get(0).bindTo(attendance.key());
        certified.activeCriteria().get(1).bindTo(assessment.key());
        em.flush();
        return certified;
    }

    /** Completes and certifies the course's participants who met its rule, never after {@code today}; returns the certificates issued. */
    public int complete(Course course, Stage certified, LocalDate today) {
        Map<Long, ParticipantRow> rows = new HashMap<>();
        register.rows(course, true).forEach(r -> rows.put(r.id(), r));
        List<Participant> participants = em.createQuery("select p from Participant p join fetch p.enrolment e"
                + " join fetch e.beneficiary b join fetch b.site join fetch e.currentStage where p.course = :c order by p.id",
                Participant.class).setParameter("c", course).getResultList();
        Map<Long, LocalDateTime> lastMoves = lastMoves(course);
        Map<Long, Integer> minutes = minutesAttended(course);
        LocalDateTime at = course.getEndDate().plusDays(2).atTime(14, 0);
        Criterion byAttendance = certified.activeCriteria().get(0);
        Criterion byAssessment = certified.activeCriteria().get(1);
        int issued = 0;
        for (Participant p : participants) {
            ParticipantRow row = rows.get(p.getId());
            Enrolment e = p.getEnrolment();
            if (row == null || !row.met()) {
                continue;
            }
            if (e.getStatus() == EnrolmentStatus.COMPLETED) {
                issued += certify(p, minutes, at);
                continue;
            }
            if (!e.isActive() || !e.getCurrentStage().allows(certified)) {
                continue;
            }
            // Never before the journey's last line: its history stays in order.
            LocalDateTime last = lastMoves.get(e.getId());
            LocalDateTime on = last != null && !last.isBefore(at) ? last.plusDays(1).withHour(14) : at;
            if (!on.toLocalDate().isBefore(today)) {
                continue;
            }
            var subject = new EvidenceSubject(e.getId(), e.getBeneficiary().getId(), course.getProgramme().getId(),
                    certified.getPipeline().getId(), PipelineType.TRAINING, e.getBeneficiary().getSite().getId());
            Map<Criterion, Evidence> evidence = Map.of(byAttendance, attendance.evidence(subject),
                    byAssessment, assessment.evidence(subject));
            if (!evidence.values().stream().allMatch(Evidence::met)) {
                continue;
            }
            em.persist(e.advance(certified, List.of(), evidence, null, new Actor("trainer", false, on), null));
            issued += certify(p, minutes, on);
        }
        em.flush();
        return issued;
    }

    private int certify(Participant p, Map<Long, Integer> minutes, LocalDateTime on) {
        em.persist(new Certificate(p, on.toLocalDate(), minutes.getOrDefault(p.getId(), 0), "trainer", on));
        return 1;
    }

    /** The time of each participant's journey's last move, in one query. */
    private Map<Long, LocalDateTime> lastMoves(Course course) {
        Map<Long, LocalDateTime> last = new HashMap<>();
        em.createQuery("select t.enrolment.id, max(t.at) from StageTransition t where t.enrolment.id in"
                        + " (select p.enrolment.id from Participant p where p.course = :c) group by t.enrolment.id", Object[].class)
                .setParameter("c", course).getResultList().forEach(r -> last.put((Long) r[0], (LocalDateTime) r[1]));
        return last;
    }

    /** Minutes of the held sessions each participant attended (present or late), in one query. */
    private Map<Long, Integer> minutesAttended(Course course) {
        Map<Long, Integer> minutes = new HashMap<>();
        em.createQuery("select m.participant.id, s.startTime, s.endTime from AttendanceMark m join m.session s"
                        + " where s.course = :c and s.takenAt is not null and m.mark in :attended", Object[].class)
                .setParameter("c", course).setParameter("attended", List.of(Mark.PRESENT, Mark.LATE)).getResultList()
                .forEach(r -> minutes.merge((Long) r[0],
                        (int) Duration.between((LocalTime) r[1], (LocalTime) r[2]).toMinutes(), Integer::sum));
        return minutes;
    }
}
