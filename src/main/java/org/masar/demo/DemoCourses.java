package org.masar.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.PipelineType;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.AppUser;
import org.masar.site.domain.Site;
import org.masar.training.domain.AttendanceMark;
import org.masar.training.domain.CompletionRule;
import org.masar.training.domain.Course;
import org.masar.training.domain.CourseSession;
import org.masar.training.domain.Mark;
import org.masar.training.domain.Participant;
import org.masar.training.domain.Topic;

/**
 * Two TRAIT D'union workshops taught by the {@code trainer} account, in Sfax and in Tunis (or Mahdia), during
 * the programme: weekly sessions with their attendance taken, a few participants often absent (at
 * risk, or under the rule), the last two sessions of the second course still to take.
 */
@ApplicationScoped
@Transactional
public class DemoCourses {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.masar.training.service.AttendanceEvidence attendance;

    @jakarta.inject.Inject
    org.masar.training.service.AssessmentEvidence assessment;

    @jakarta.inject.Inject
    org.masar.training.service.CourseRegister register;

    public int load() {
        Programme tdu = em.createQuery("select p from Programme p where p.code = 'TDU'", Programme.class)
                .getResultStream().findFirst().orElse(null);
        AppUser trainer = em.createQuery("select u from AppUser u where u.username = 'trainer'", AppUser.class)
                .getResultStream().findFirst().orElse(null);
        if (tdu == null || trainer == null) {
            return 0;
        }
        Random random = new Random(20220314L);
        int made = course(tdu, trainer, "/TN/SFX/", "Gestion d'une entreprise sociale", Topic.SOCIAL_ENTERPRISE,
                LocalDate.of(2022, 3, 7), 8, 0, random);
        Course first = em.createQuery("select c from Course c where c.programme = :p order by c.id", Course.class)
                .setParameter("p", tdu).setMaxResults(1).getResultStream().findFirst().orElse(null);
        // In Tunis, or in Mahdia when Tunis has too few people in the training.
        for (String region : List.of("/TN/TUN/", "/TN/MAH/", "/TN/SFX/")) {
            int second = course(tdu, trainer, region, "Micro-crédit : monter son dossier", Topic.MICRO_CREDIT,
                    LocalDate.of(2022, 10, 3), 8, 2, random);
            if (second > 0) {
                made += second;
                break;
            }
        }
        completeByTheRecords(tdu, first);
        return made;
    }

    /**
     * The records complete the journey: the training's completion criteria bound to attendance and
     * assessment, then those of the first workshop who met its rule and stood just before the
     * completion stage completed by their records two days after the last session (or the day
     * after their journey's last move), each with a certificate for the sessions attended (three
     * hours each).
     */
    private void completeByTheRecords(Programme tdu, Course course) {
        org.masar.pipeline.domain.Pipeline training = em.createQuery("select p from Pipeline p where p.programme = :p"
                        + " and p.type = :t", org.masar.pipeline.domain.Pipeline.class).setParameter("p", tdu)
                .setParameter("t", PipelineType.TRAINING).getResultStream().findFirst().orElse(null);
        org.masar.pipeline.domain.Stage certified = training == null ? null : training.stage("certified").orElse(null);
        if (certified == null || certified.activeCriteria().size() < 2) {
            return;
        }
        certified.activeCriteria().get(0).bindTo(attendance.key());
        certified.activeCriteria().get(1).bindTo(assessment.key());
        em.flush();
        if (course == null) {
            return;
        }
        java.time.LocalDateTime at = course.getEndDate().plusDays(2).atTime(14, 0);
        for (Participant p : em.createQuery("select p from Participant p join fetch p.enrolment where p.course = :c",
                Participant.class).setParameter("c", course).getResultList()) {
            Enrolment e = p.getEnrolment();
            if (e.getStatus() == EnrolmentStatus.COMPLETED && met(p, course)) {
                // Completed before the criteria were bound (ticked by hand): the certificate alone.
                certify(p, at, at);
                continue;
            }
            if (!e.isActive() || !e.getCurrentStage().allows(certified)) {
                continue;
            }
            var subject = new org.masar.pipeline.service.EvidenceSubject(e.getId(), e.getBeneficiary().getId(), tdu.getId(),
                    training.getId(), PipelineType.TRAINING, e.getBeneficiary().getSite().getId());
            java.util.Map<org.masar.pipeline.domain.Criterion, org.masar.pipeline.domain.Evidence> evidence = java.util.Map.of(
                    certified.activeCriteria().get(0), attendance.evidence(subject),
                    certified.activeCriteria().get(1), assessment.evidence(subject));
            if (!evidence.values().stream().allMatch(org.masar.pipeline.domain.Evidence::met)) {
                continue;
            }
            // Never before the journey's last line: its history stays in order.
            java.time.LocalDateTime last = em.createQuery("select max(t.at) from StageTransition t where t.enrolment = :e",
                    java.time.LocalDateTime.class).setParameter("e", e).getSingleResult();
            java.time.LocalDateTime on = last != null && !last.isBefore(at) ? last.plusDays(1).withHour(14) : at;
            em.persist(e.advance(certified, List.of(), evidence, null, new org.masar.pipeline.domain.Actor("trainer", false, on), null));
            certify(p, on, on);
        }
        em.flush();
    }

    /** Whether the participant meets the course's rule, as its register works it out. */
    private boolean met(Participant p, Course course) {
        return register.rows(course, true).stream().anyMatch(r -> r.id() == p.getId() && r.met());
    }

    /** A certificate for the sessions the participant attended (three hours each). */
    private void certify(Participant p, java.time.LocalDateTime on, java.time.LocalDateTime at) {
        long attended = em.createQuery("select count(m) from AttendanceMark m where m.participant = :p and m.mark in :marks",
                Long.class).setParameter("p", p).setParameter("marks", List.of(Mark.PRESENT, Mark.LATE)).getSingleResult();
        em.persist(new org.masar.training.domain.Certificate(p, on.toLocalDate(), (int) attended * 180, "trainer", at));
    }

    /** A course of {@code sessions} weekly sessions (Mondays, 9:00–12:00) from {@code start}, all but {@code open} taken. */
    private int course(Programme tdu, AppUser trainer, String region, String title, Topic topic, LocalDate start,
                       int sessions, int open, Random random) {
        List<Enrolment> people = em.createQuery("select e from Enrolment e join fetch e.beneficiary b join fetch b.site"
                        + " where e.pipeline.programme = :p and e.pipeline.type = :t and e.status <> :dropped"
                        + " and b.site.path like :region and b.mergedInto is null and b.takingPart = true order by e.id",
                        Enrolment.class)
                .setParameter("p", tdu).setParameter("t", PipelineType.TRAINING).setParameter("dropped", EnrolmentStatus.DROPPED)
                .setParameter("region", region + "%").setMaxResults(40).getResultList();
        // Those still on their way first (the workshop completes some of them), then the others.
        people = java.util.stream.Stream.concat(people.stream().filter(Enrolment::isActive),
                people.stream().filter(e -> !e.isActive())).limit(12).toList();
        if (people.size() < 4) {
            return 0;
        }
        Site site = people.get(0).getBeneficiary().getSite();
        if (!tdu.reaches(site)) {
            return 0;
        }
        LocalDate end = start.plusWeeks(sessions - 1L);
        Course course = Course.plan(tdu, site, new Course.Details(title, topic, false, "fr", sessions * 3, start, end, 15,
                new CompletionRule(80, false, null)), List.of(trainer));
        em.persist(course);
        List<Participant> participants = new ArrayList<>();
        for (Enrolment e : people) {
            Participant p = new Participant(course, e, start, "manager", start.minusDays(7).atTime(10, 0));
            em.persist(p);
            participants.add(p);
        }
        for (int i = 0; i < sessions; i++) {
            LocalDate day = start.plusWeeks(i);
            CourseSession s = new CourseSession(course, day, LocalTime.of(9, 0), LocalTime.of(12, 0),
                    "Salle de formation, " + site.getName(), trainer);
            em.persist(s);
            if (i >= sessions - open) {
                continue;
            }
            for (int n = 0; n < participants.size(); n++) {
                em.persist(new AttendanceMark(s, participants.get(n), mark(n, random)));
            }
            s.attendanceTaken("trainer", day.atTime(12, 5));
        }
        em.flush();
        return 1;
    }

    /** Most come; every fifth person often misses a session, and a few come late or send word. */
    private static Mark mark(int person, Random random) {
        int roll = random.nextInt(100);
        if (person % 5 == 2) {
            return roll < 45 ? Mark.ABSENT : roll < 55 ? Mark.LATE : Mark.PRESENT;
        }
        return roll < 80 ? Mark.PRESENT : roll < 90 ? Mark.LATE : roll < 95 ? Mark.EXCUSED : Mark.ABSENT;
    }
}
