package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.service.Caller;
import org.masar.shared.domain.BusinessException;
import org.masar.training.domain.Certificate;
import org.masar.training.domain.Course;
import org.masar.training.domain.Mark;
import org.masar.training.domain.Participant;
import org.masar.training.domain.VerifyThrottle;

/**
 * Certificates: issued to participants who meet their course's rule (once each, never changed),
 * printed as a course's trainers and managers see them, and checked by anyone with a code and the
 * holder's birth year — which confirms the course, the hours and the date, and nothing else.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    private final VerifyThrottle throttle = new VerifyThrottle();

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    CourseRegister register;

    @Inject
    Clock clock;

    /** A certificate as it is printed: its holder, course, programme and lead partner, in the holder's language. */
    public record Printed(Certificate certificate, Beneficiary holder, Course course, String language) {

        public Certificate getCertificate() {
            return certificate;
        }

        public Beneficiary getHolder() {
            return holder;
        }

        public Course getCourse() {
            return course;
        }

        public String getLanguage() {
            return language;
        }
    }

    /** What a check confirms: the course, the hours attended and the date of issue. */
    public record Verified(String courseTitle, double hours, LocalDate issuedOn) {
    }

    /**
     * Issues a certificate to each participant of the course who meets its rule and has none yet;
     * returns those issued. The trainer's completion of the course calls it for those it completed.
     */
    public List<Certificate> issue(long courseId, List<Long> participantIds, Caller caller) {
        Course course = courses.forChange(courseId, caller);
        Map<Long, ParticipantRow> rows = new HashMap<>();
        register.rows(course, true).forEach(r -> rows.put(r.id(), r));
        Map<Long, Integer> minutes = minutesAttended(course);
        List<Certificate> issued = new ArrayList<>();
        LocalDate today = course.getSite().today(clock);
        java.util.Set<Long> holding = new java.util.HashSet<>(em.createQuery("select c.participant.id from Certificate c"
                + " where c.participant.course = :course", Long.class).setParameter("course", course).getResultList());
        for (long id : participantIds) {
            ParticipantRow row = rows.get(id);
            if (row == null || !row.met()) {
                throw new BusinessException("training.error.certificateNotMet");
            }
            if (!holding.add(id)) {
                continue;
            }
            Participant p = em.getReference(Participant.class, id);
            Certificate c = new Certificate(p, today, minutes.getOrDefault(id, 0), caller.username(), LocalDateTime.now(clock));
            em.persist(c);
            issued.add(c);
        }
        em.flush();
        return issued;
    }

    /** The course's certificates as printed, in the participants' order; one participant's alone when {@code participantId} is given. */
    public List<Printed> printed(long courseId, Long participantId, Caller caller) {
        Course course = courses.forChange(courseId, caller);
        course.getProgramme().getLeadPartner().getName();
        List<Printed> printed = new ArrayList<>();
        for (Certificate c : em.createQuery("select c from Certificate c join fetch c.participant p join fetch p.enrolment e"
                        + " join fetch e.beneficiary b where p.course = :course order by b.lastName, b.firstName, p.id", Certificate.class)
                .setParameter("course", course).getResultList()) {
            if (participantId == null || participantId.equals(c.getParticipant().getId())) {
                Beneficiary holder = c.getParticipant().getEnrolment().getBeneficiary();
                printed.add(new Printed(c, holder, course, holder.getLanguage() != null ? holder.getLanguage() : course.getLanguage()));
            }
        }
        return printed;
    }

    /**
     * Checks a certificate without signing in, for {@code address}: the code and the holder's birth
     * year together, or nothing — the same nothing for an unknown code and for a wrong year.
     * Refused past {@link VerifyThrottle#MAX_CHECKS} checks of one address in {@link VerifyThrottle#WINDOW}.
     */
    public Optional<Verified> verify(String code, Integer birthYear, String address) {
        if (!throttle.allow(address, clock.instant())) {
            throw new TooManyChecks();
        }
        if (birthYear == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from Certificate c join fetch c.participant p join fetch p.course"
                        + " join fetch p.enrolment e join fetch e.beneficiary where c.code = :code", Certificate.class)
                .setParameter("code", Certificate.normalise(code)).getResultStream().findFirst()
                .filter(c -> c.getParticipant().getEnrolment().getBeneficiary().getBirthDate().getYear() == birthYear)
                .map(c -> new Verified(c.getParticipant().getCourse().getTitle(), c.getHoursAttended(), c.getIssuedOn()));
    }

    /** Minutes of the held sessions each participant attended (present or late). */
    private Map<Long, Integer> minutesAttended(Course course) {
        Map<Long, Integer> minutes = new HashMap<>();
        em.createQuery("select m.participant.id, s.startTime, s.endTime from AttendanceMark m join m.session s"
                        + " where s.course = :c and s.takenAt is not null and m.mark in :attended", Object[].class)
                .setParameter("c", course).setParameter("attended", List.of(Mark.PRESENT, Mark.LATE)).getResultList()
                .forEach(r -> minutes.merge((Long) r[0],
                        (int) Duration.between((LocalTime) r[1], (LocalTime) r[2]).toMinutes(), Integer::sum));
        return minutes;
    }

    /** Too many checks from one address: try again later. */
    public static final class TooManyChecks extends BusinessException {
        TooManyChecks() {
            super("training.error.tooManyChecks");
        }
    }
}
