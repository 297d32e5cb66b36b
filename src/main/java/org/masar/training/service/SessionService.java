package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.masar.security.domain.AppUser;
import org.masar.security.service.Caller;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Versions;
import org.masar.training.domain.Course;
import org.masar.training.domain.CourseSession;
import org.masar.training.domain.SeriesPlan;

/** A course's sessions: planned one at a time or as a weekly series, then edited one by one. */
@ApplicationScoped
@Transactional
public class SessionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseService courses;

    /** The course's sessions in date order, with their trainers. */
    public List<CourseSession> of(long courseId, Caller caller) {
        Course c = courses.find(courseId, caller);
        return sessions(c.getId());
    }

    List<CourseSession> sessions(long courseId) {
        return em.createQuery("select s from CourseSession s left join fetch s.trainer where s.course.id = :c"
                        + " order by s.date, s.startTime, s.id", CourseSession.class)
                .setParameter("c", courseId).getResultList();
    }

    public CourseSession create(long courseId, SessionForm form, Caller caller) {
        Course c = courses.forChange(courseId, caller);
        CourseSession s = new CourseSession(c, form.date(), form.start(), form.end(), form.place(), trainer(form.trainer()));
        em.persist(s);
        em.flush();
        return s;
    }

    /** Plans every session of a weekly series at once; the trainer, when named, must teach the course. */
    public List<CourseSession> series(long courseId, SeriesPlan plan, String trainer, Caller caller) {
        Course c = courses.forChange(courseId, caller);
        AppUser teacher = trainer(trainer);
        List<CourseSession> made = plan.sessions().stream()
                .map(p -> new CourseSession(c, p.date(), p.start(), p.end(), p.place(), teacher)).toList();
        made.forEach(em::persist);
        em.flush();
        return made;
    }

    /** Edits one session from the version the caller saw. */
    public CourseSession update(long sessionId, int version, SessionForm form, Caller caller) {
        CourseSession s = find(sessionId, caller);
        courses.forChange(s.getCourse().getId(), caller);
        Versions.require(version, s.getVersion());
        s.schedule(form.date(), form.start(), form.end(), form.place(), trainer(form.trainer()));
        em.flush();
        return s;
    }

    /** The session, if the caller may see its course. */
    public CourseSession find(long sessionId, Caller caller) {
        CourseSession s = em.createQuery("select s from CourseSession s join fetch s.course left join fetch s.trainer"
                        + " where s.id = :id", CourseSession.class)
                .setParameter("id", sessionId).getResultStream().findFirst().orElseThrow(NotFound::new);
        courses.find(s.getCourse().getId(), caller);
        return s;
    }

    private AppUser trainer(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        AppUser user = courses.user(username);
        if (user == null) {
            throw InvalidInput.of("trainer", "training.error.sessionTrainer");
        }
        return user;
    }
}
