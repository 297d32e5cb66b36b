package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.BulkMoves;
import org.masar.pipeline.service.BulkResult;
import org.masar.security.service.Caller;
import org.masar.shared.domain.BusinessException;
import org.masar.training.domain.Certificate;
import org.masar.training.domain.Course;

/**
 * The trainer's "complete those who meet the rule": every participant who meets it is moved to the
 * training pipeline's completion stage — each move on its own, its criteria met by the records
 * ({@link AttendanceEvidence}), refused with the reason when the journey cannot complete — and each
 * whose journey is then completed receives a certificate. Those who do not meet the rule are left.
 */
@ApplicationScoped
public class CourseCompletion {

    /** What a completion did: each move tried (moved or refused with its reason), and the certificates issued. */
    public record Done(List<BulkResult> moves, List<Certificate> certificates) {
    }

    @Inject
    BulkMoves bulk;

    @Inject
    CertificateService certificates;

    @Inject
    Completions completions;

    public Done completeMet(long courseId, Caller caller) {
        Course course = completions.course(courseId, caller);
        List<ParticipantRow> met = completions.met(course);
        Stage completion = completions.completionStage(course);
        List<Long> toMove = met.stream().filter(r -> completions.status(r.enrolmentId()) == EnrolmentStatus.ACTIVE)
                .map(ParticipantRow::enrolmentId).toList();
        List<BulkResult> moves = toMove.isEmpty() ? List.of()
                : bulk.advance(toMove, completion.getId(), Set.of(), null, null, caller);
        List<Long> completed = met.stream().filter(r -> completions.status(r.enrolmentId()) == EnrolmentStatus.COMPLETED)
                .map(ParticipantRow::id).toList();
        List<Certificate> issued = completed.isEmpty() ? List.of() : certificates.issue(courseId, completed, caller);
        return new Done(moves, issued);
    }

    /** The reads a completion makes, each in a transaction of its own (the moves each have theirs). */
    @ApplicationScoped
    @Transactional
    public static class Completions {

        @PersistenceContext
        EntityManager em;

        @Inject
        CourseService courses;

        @Inject
        CourseRegister register;

        Course course(long id, Caller caller) {
            Course c = courses.forChange(id, caller);
            c.getProgramme().getCode();
            return c;
        }

        List<ParticipantRow> met(Course course) {
            return register.rows(em.find(Course.class, course.getId()), false).stream().filter(ParticipantRow::met).toList();
        }

        /** The first final stage of the programme's training pipeline. */
        Stage completionStage(Course course) {
            return em.createQuery("select s from Stage s where s.pipeline.programme.id = :programme"
                            + " and s.pipeline.type = :type and s.finalStage = true and s.retired = false order by s.position",
                            Stage.class).setParameter("programme", course.getProgramme().getId())
                    .setParameter("type", PipelineType.TRAINING).setMaxResults(1).getResultStream().findFirst()
                    .orElseThrow(() -> new BusinessException("training.error.noCompletionStage"));
        }

        EnrolmentStatus status(long enrolmentId) {
            return em.createQuery("select e.status from Enrolment e where e.id = :id", EnrolmentStatus.class)
                    .setParameter("id", enrolmentId).getSingleResult();
        }
    }
}
