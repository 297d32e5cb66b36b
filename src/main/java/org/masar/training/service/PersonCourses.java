package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.service.Caller;
import org.masar.training.domain.Course;
import org.masar.training.domain.Participant;

/**
 * The courses a person takes part in, as the caller may see them ({@link TrainingAccess}): for the
 * person's profile and timeline. Each with the person's standing in it, worked out as the course's
 * register works it out.
 */
@ApplicationScoped
@Transactional
public class PersonCourses {

    /** One course of the person: when they joined and by whom, their standing, and the last session held and who took it. */
    public record Taken(Course course, Participant participant, ParticipantRow standing, LocalDateTime lastHeld, String takenBy) {

        // What a page reads (EL reads getters, not record components).
        public Course getCourse() {
            return course;
        }

        public Integer getRate() {
            return standing == null ? null : standing.rate();
        }

        public int getAttended() {
            return standing == null ? 0 : standing.tally().attended();
        }

        public int getCounted() {
            return standing == null ? 0 : standing.tally().counted();
        }

        public boolean isMet() {
            return standing != null && standing.met();
        }

        public boolean isAtRisk() {
            return standing != null && standing.atRisk();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseRegister register;

    public List<Taken> of(Beneficiary person, Caller caller) {
        List<Taken> taken = new ArrayList<>();
        if (!TrainingAccess.canSee(caller)) {
            return taken;
        }
        for (Participant p : em.createQuery("select p from Participant p join fetch p.course c join fetch c.programme"
                        + " join fetch c.site where p.enrolment.beneficiary.id = :id order by p.joinedOn, p.id", Participant.class)
                .setParameter("id", person.getId()).getResultList()) {
            Course c = p.getCourse();
            if (!TrainingAccess.sees(caller, c)) {
                continue;
            }
            ParticipantRow standing = register.row(c, p.getId()).orElse(null);
            Object[] last = em.createQuery("select s.takenAt, s.takenBy from CourseSession s where s.course = :c"
                    + " and s.takenAt is not null order by s.takenAt desc", Object[].class).setParameter("c", c)
                    .setMaxResults(1).getResultStream().findFirst().orElse(new Object[2]);
            taken.add(new Taken(c, p, standing, (LocalDateTime) last[0], (String) last[1]));
        }
        return taken;
    }
}
