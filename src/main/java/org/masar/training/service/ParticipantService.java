package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.PipelineType;
import org.masar.security.service.Caller;
import org.masar.shared.domain.DomainEvent;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.InvalidInput;
import org.masar.training.domain.Course;
import org.masar.training.domain.Participant;
import org.masar.training.event.ParticipantAdded;
import org.masar.training.event.ScoresSaved;

/**
 * A course's participants: added from the programme's TRAINING enrolments, one by one or a whole
 * cohort at once, each refused with its reason; listed with their rates. The course is locked
 * while people are added, so that two additions at once never fill it beyond its capacity.
 */
@ApplicationScoped
@Transactional
public class ParticipantService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    CourseRegister register;

    @Inject
    BeneficiaryService registry;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> events;

    /** Who was added and who was refused, with the reason, in the order asked. */
    public record Added(List<Participant> added, List<Refusal> refused) {
    }

    /**
     * Adds the enrolments named and those of the cohort named. One enrolment named alone and
     * refused refuses the request with its reason; otherwise the refusals are listed.
     */
    public Added add(long courseId, List<Long> enrolmentIds, String cohort, Caller caller) {
        Course c = courses.forChange(courseId, caller);
        List<Long> ids = enrolmentIds == null ? List.of() : enrolmentIds;
        boolean byCohort = cohort != null && !cohort.isBlank();
        if (ids.isEmpty() && !byCohort) {
            throw InvalidInput.of("enrolmentIds", "training.error.whom");
        }
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        Map<Long, Enrolment> found = new LinkedHashMap<>();
        ids.forEach(id -> found.put(id, null));
        enrolments(ids).forEach(e -> found.put(e.getId(), e));
        if (byCohort) {
            List<Enrolment> ofCohort = cohort(c, cohort.trim());
            if (ofCohort.isEmpty()) {
                throw new FieldRefused("cohort", "training.error.cohortEmpty");
            }
            ofCohort.forEach(e -> found.putIfAbsent(e.getId(), e));
        }
        Set<Long> people = new HashSet<>(em.createQuery("select p.enrolment.beneficiary.id from Participant p"
                + " where p.course = :c", Long.class).setParameter("c", c).getResultList());
        int count = people.size();
        LocalDate today = c.getSite().today(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Participant> added = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (var entry : found.entrySet()) {
            Enrolment e = entry.getValue();
            Refusal.Reason reason = reason(c, e, caller, people, count);
            if (reason != null) {
                boolean known = reason != Refusal.Reason.NOT_IN_PIPELINE;
                refused.add(new Refusal(entry.getKey(), known ? e.getBeneficiary().getCode() : null, reason));
                continue;
            }
            Participant p = new Participant(c, e, today, caller.username(), now);
            em.persist(p);
            added.add(p);
            people.add(e.getBeneficiary().getId());
            count++;
        }
        if (ids.size() == 1 && !byCohort && !refused.isEmpty()) {
            throw new Refusal.Refused(refused.get(0));
        }
        em.flush();
        added.forEach(p -> events.fire(new ParticipantAdded(c.getId(), p.getId(), p.getEnrolment().getId(),
                p.getEnrolment().getBeneficiary().getId(), p.getEnrolment().getBeneficiary().getCode(), caller.username(), now)));
        return new Added(added, refused);
    }

    /**
     * Adds one person by their code, through their enrolment in the course's programme's TRAINING
     * pipeline (the active one when they have several); refused with the reason, as one enrolment is.
     */
    public Added addByCode(long courseId, String code, Caller caller) {
        Course c = courses.forChange(courseId, caller);
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("code", "training.error.code");
        }
        List<Object[]> found = em.createQuery("select e.id, e.status from Enrolment e where e.beneficiary.code = :code"
                        + " and e.pipeline.programme = :programme and e.pipeline.type = :training order by e.id desc",
                        Object[].class)
                .setParameter("code", code.trim().toUpperCase(java.util.Locale.ROOT))
                .setParameter("programme", c.getProgramme()).setParameter("training", PipelineType.TRAINING)
                .getResultList();
        Long id = found.stream().filter(r -> r[1] == EnrolmentStatus.ACTIVE).map(r -> (Long) r[0]).findFirst()
                .orElse(found.isEmpty() ? null : (Long) found.get(0)[0]);
        if (id == null) {
            throw new Refusal.Refused(new Refusal(null, null, Refusal.Reason.NOT_IN_PIPELINE));
        }
        return add(courseId, List.of(id), null, caller);
    }

    private static Refusal.Reason reason(Course c, Enrolment e, Caller caller, Set<Long> people, int count) {
        if (e == null || e.getPipeline().getType() != PipelineType.TRAINING
                || !e.getPipeline().getProgramme().getId().equals(c.getProgramme().getId())
                || !caller.scope().includes(e.getBeneficiary().getSite()) || e.getBeneficiary().getMergedInto() != null) {
            return Refusal.Reason.NOT_IN_PIPELINE;
        }
        Beneficiary person = e.getBeneficiary();
        if (!person.takesPart()) {
            return Refusal.Reason.WITHDRAWN;
        }
        if (e.getStatus() != EnrolmentStatus.ACTIVE) {
            return Refusal.Reason.INACTIVE;
        }
        if (people.contains(person.getId())) {
            return Refusal.Reason.ALREADY_IN;
        }
        if (count >= c.getCapacity()) {
            return Refusal.Reason.OVER_CAPACITY;
        }
        return null;
    }

    private List<Enrolment> enrolments(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Enrolment e join fetch e.beneficiary b join fetch b.site"
                        + " join fetch e.pipeline p join fetch p.programme where e.id in :ids", Enrolment.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The cohort's enrolments in the course's programme's TRAINING pipeline, of any status (closed ones are refused by name). */
    private List<Enrolment> cohort(Course c, String cohort) {
        return em.createQuery("select e from Enrolment e join fetch e.beneficiary b join fetch b.site"
                        + " join fetch e.pipeline p join fetch p.programme where p.programme = :programme"
                        + " and p.type = :training and e.cohort = :cohort order by e.id", Enrolment.class)
                .setParameter("programme", c.getProgramme()).setParameter("training", PipelineType.TRAINING)
                .setParameter("cohort", cohort).getResultList();
    }

    /** A score to save: the participant, the version of them the caller saw, the score (null clears it). */
    public record ScoreLine(Long participantId, Integer version, Integer score) {
    }

    /**
     * Saves the assessment's scores of the lines given, each from the participant's version the
     * caller saw; those not given keep theirs. Every bad line is refused at once, each on the field
     * {@code score-ID} (ID: the participant's), and nothing is saved; a line saved by someone else
     * in between refuses the whole save as stale. A course without an assessment takes no score.
     */
    public List<ParticipantRow> scores(long courseId, List<ScoreLine> lines, Caller caller) {
        Course c = courses.forChange(courseId, caller);
        if (!c.getRule().isAssessed()) {
            throw new FieldRefused("score", "training.error.notAssessed");
        }
        if (lines == null || lines.isEmpty()) {
            throw InvalidInput.of("scores", "training.error.scores");
        }
        Map<Long, Participant> of = new HashMap<>();
        boolean withdrawn = BeneficiaryAccess.seesWithdrawn(caller);
        em.createQuery("select p from Participant p join fetch p.enrolment e join fetch e.beneficiary where p.course = :c",
                        Participant.class).setParameter("c", c).getResultList().stream()
                .filter(p -> withdrawn || p.getEnrolment().getBeneficiary().takesPart())
                .forEach(p -> of.put(p.getId(), p));
        Map<String, String> wrong = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (ScoreLine line : lines) {
            if (line == null || line.participantId() == null || !of.containsKey(line.participantId())
                    || !seen.add(line.participantId()) || line.version() == null) {
                throw InvalidInput.of("scores", "training.error.scores");
            }
            if (line.score() != null && (line.score() < 0 || line.score() > 100)) {
                wrong.put("score-" + line.participantId(), "training.error.percent");
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput(wrong);
        }
        for (ScoreLine line : lines) {
            int current = of.get(line.participantId()).getVersion();
            if (current != line.version()) {
                throw new org.masar.shared.domain.ConcurrentChange(current);
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<ScoresSaved.Change> changes = new ArrayList<>();
        for (ScoreLine line : lines) {
            Participant p = of.get(line.participantId());
            Integer before = p.getScore();
            if (java.util.Objects.equals(before, line.score())) {
                continue;
            }
            p.score(line.score());
            var person = p.getEnrolment().getBeneficiary();
            changes.add(new ScoresSaved.Change(person.getId(), person.getCode(), before, line.score()));
        }
        em.flush();
        if (!changes.isEmpty()) {
            events.fire(new ScoresSaved(c.getId(), changes, caller.username(), now));
        }
        List<ParticipantRow> rows = register.rows(c, withdrawn);
        registry.listed("course " + c.getId() + " participants", rows.size(), caller);
        return rows;
    }

    /** The course's participants with their rates, told to the audit trail as a list of people. */
    public List<ParticipantRow> list(long courseId, Caller caller) {
        Course c = courses.find(courseId, caller);
        List<ParticipantRow> rows = register.rows(c, BeneficiaryAccess.seesWithdrawn(caller));
        registry.listed("course " + c.getId() + " participants", rows.size(), caller);
        return rows;
    }
}
