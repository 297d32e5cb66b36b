package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.pipeline.service.EnrolmentFlags;
import org.masar.security.service.Caller;
import org.masar.shared.i18n.Texts;
import org.masar.training.domain.Course;
import org.masar.training.domain.Participant;

/**
 * Training's flag on enrolments listed (a case worker's caseload): the participant is at risk in a
 * course still running — they cannot reach its rule even present at every session left.
 */
@ApplicationScoped
@Transactional
public class AtRiskFlags implements EnrolmentFlags {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseRegister register;

    @Inject
    Clock clock;

    @Override
    public Map<Long, List<Flag>> flags(Collection<Long> enrolmentIds, Caller caller) {
        Map<Long, List<Flag>> flags = new HashMap<>();
        if (enrolmentIds.isEmpty() || !TrainingAccess.canSee(caller)) {
            return flags;
        }
        Map<Course, List<Participant>> byCourse = new LinkedHashMap<>();
        for (Participant p : em.createQuery("select p from Participant p join fetch p.course c join fetch c.site"
                        + " where p.enrolment.id in :ids", Participant.class)
                .setParameter("ids", enrolmentIds).getResultList()) {
            Course c = p.getCourse();
            if (TrainingAccess.sees(caller, c) && !c.getEndDate().isBefore(c.getSite().today(clock))) {
                byCourse.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
            }
        }
        byCourse.forEach((course, participants) -> {
            Map<Long, ParticipantRow> rows = new HashMap<>();
            register.rows(course, true).forEach(r -> rows.put(r.id(), r));
            for (Participant p : participants) {
                ParticipantRow row = rows.get(p.getId());
                if (row != null && row.atRisk()) {
                    String title = course.getTitle();
                    flags.computeIfAbsent(p.getEnrolment().getId(), k -> new ArrayList<>()).add(new Flag(
                            locale -> Texts.get(locale, "training.flag.atRisk", title), "badge warn"));
                }
            }
        });
        return flags;
    }
}
