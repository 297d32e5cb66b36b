package org.masar.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.PipelineType;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.AppUser;
import org.masar.site.domain.Site;
import org.masar.training.domain.AttendanceMark;
import org.masar.training.domain.Course;
import org.masar.training.domain.CourseSession;
import org.masar.training.domain.Mark;
import org.masar.training.domain.Participant;

/**
 * Makes one {@link DemoCourse}: its people (up to twelve of the programme's training journeys in the
 * region, those in no other demo course first), the course, its sessions and the attendance of
 * those taken, and the assessment's scores once an assessed course has ended.
 */
final class DemoCourseMaker {

    private static final int PEOPLE = 12;

    private final EntityManager em;
    private final AppUser trainer;
    private final LocalDate today;
    /** Enrolments already in a demo course. */
    private final Set<Long> used = new java.util.HashSet<>();

    DemoCourseMaker(EntityManager em, AppUser trainer, LocalDate today) {
        this.em = em;
        this.trainer = trainer;
        this.today = today;
    }

    /**
     * The course in the first of its regions with at least four people for it, or none (nor when its
     * last session would come after today). The first workshops of the demo ({@code firstComers})
     * take the region's first journeys in id order, those still on their way first; the others
     * prefer people enrolled by the day it started.
     */
    Course make(Programme programme, DemoCourse plan, boolean firstComers, Random random) {
        if (plan.end().isAfter(today)) {
            return null; // the demo holds no session after today
        }
        for (String region : plan.regions()) {
            List<Enrolment> people = people(programme, region, plan.start(), firstComers);
            if (people.size() >= 4 && programme.reaches(people.get(0).getBeneficiary().getSite())) {
                return make(programme, plan, people, random);
            }
        }
        return null;
    }

    private List<Enrolment> people(Programme programme, String region, LocalDate start, boolean firstComers) {
        List<Enrolment> found = em.createQuery("select e from Enrolment e join fetch e.beneficiary b join fetch b.site"
                        + " where e.pipeline.programme = :p and e.pipeline.type = :t and e.status <> :dropped"
                        + " and b.site.path like :region and b.mergedInto is null and b.takingPart = true order by e.id",
                        Enrolment.class)
                .setParameter("p", programme).setParameter("t", PipelineType.TRAINING)
                .setParameter("dropped", EnrolmentStatus.DROPPED).setParameter("region", region + "%")
                .setMaxResults(firstComers ? 40 : 80).getResultList();
        Comparator<Enrolment> order = Comparator.comparing(e -> !e.isActive());
        if (!firstComers) {
            // Those in no demo course yet first: a region's few people also take a second course.
            order = Comparator.<Enrolment, Boolean>comparing(e -> used.contains(e.getId()))
                    .thenComparing(e -> e.getStartDate().isAfter(start)).thenComparing(order);
        }
        // A stable sort: within each group, id order.
        return found.stream().sorted(order).limit(PEOPLE).toList();
    }

    private Course make(Programme programme, DemoCourse plan, List<Enrolment> people, Random random) {
        Site site = people.get(0).getBeneficiary().getSite();
        LocalDate start = plan.start();
        Course course = Course.plan(programme, site, new Course.Details(plan.title(), plan.topic(), plan.trainingOfTrainers(),
                plan.language(), plan.sessions() * plan.hours(), start, plan.end(), 15, plan.rule()), List.of(trainer));
        em.persist(course);
        List<Participant> participants = new ArrayList<>();
        for (Enrolment e : people) {
            Participant p = new Participant(course, e, start, "manager", start.minusDays(7).atTime(10, 0));
            em.persist(p);
            participants.add(p);
            used.add(e.getId());
        }
        for (int i = 0; i < plan.sessions(); i++) {
            LocalDate day = start.plusWeeks(i);
            CourseSession s = new CourseSession(course, day, plan.from(), plan.from().plusHours(plan.hours()),
                    plan.room() + ", " + site.getName(), trainer);
            em.persist(s);
            if (i >= plan.sessions() - plan.open()) {
                continue;
            }
            for (int n = 0; n < participants.size(); n++) {
                em.persist(new AttendanceMark(s, participants.get(n), mark(n, random)));
            }
            s.attendanceTaken("trainer", day.atTime(plan.from().plusHours(plan.hours())).plusMinutes(5));
        }
        if (plan.rule().isAssessed() && plan.open() == 0) {
            for (int n = 0; n < participants.size(); n++) {
                participants.get(n).score(score(n, random));
            }
        }
        em.flush();
        return course;
    }

    /** Most come; every fifth person often misses a session, and a few come late or send word. */
    private static Mark mark(int person, Random random) {
        int roll = random.nextInt(100);
        if (person % 5 == 2) {
            return roll < 45 ? Mark.ABSENT : roll < 55 ? Mark.LATE : Mark.PRESENT;
        }
        return roll < 80 ? Mark.PRESENT : roll < 90 ? Mark.LATE : roll < 95 ? Mark.EXCUSED : Mark.ABSENT;
    }

    /** The assessment: most pass comfortably; every sixth person scores under most pass marks. */
    private static int score(int person, Random random) {
        return person % 6 == 3 ? 35 + random.nextInt(20) : 58 + random.nextInt(40);
    }
}
