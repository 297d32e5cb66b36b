package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.MergeConflict;
import org.masar.beneficiary.service.MergeLine;
import org.masar.beneficiary.service.MergeStep;
import org.masar.pipeline.domain.Actor;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.StageTransition;
import org.masar.security.service.Caller;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.DomainEvent;
import org.masar.shared.i18n.Localized;
import org.masar.shared.i18n.Texts;

/**
 * The pipelines' part of a merge: every enrolment of the duplicate record moves, history and all,
 * to the record kept. Where both records are active in one pipeline, the manager chooses the
 * enrolment that stays; the other is closed for the reason MERGED, with its history line, before
 * the move, so that the person is active once in each pipeline and counted once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EnrolmentMerge implements MergeStep {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> events;

    /** The conflicts' ids name the pipeline: one conflict per pipeline both records are active in. */
    static String conflictId(Enrolment kept) {
        return "pipeline-" + kept.getPipeline().getId();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Part preview(Beneficiary keep, Beneficiary duplicate, Caller caller) {
        List<MergeLine> moves = new ArrayList<>();
        List<MergeConflict> conflicts = new ArrayList<>();
        Map<Long, Enrolment> keptActive = activeByPipeline(of(keep, false));
        for (Enrolment e : of(duplicate, false)) {
            Enrolment other = e.isActive() ? keptActive.get(e.getPipeline().getId()) : null;
            if (other == null) {
                moves.add(MergeLine.of("enrolment.merge.moves", pipeline(e), e.getCurrentStage().getNames(),
                        status(e)));
            } else {
                conflicts.add(new MergeConflict(conflictId(other), MergeLine.of("enrolment.merge.conflict", pipeline(e)),
                        List.of(option(other, keep), option(e, duplicate))));
            }
        }
        return new Part(moves, conflicts);
    }

    @Override
    public void apply(Beneficiary keep, Beneficiary duplicate, Map<String, String> choices, Caller caller) {
        List<Enrolment> theirs = of(duplicate, true);
        Map<Long, Enrolment> keptActive = activeByPipeline(of(keep, true));
        Actor actor = new Actor(caller.username(), CaseWorkAccess.isManager(caller), LocalDateTime.now(clock));
        // The codes alone: the line is read in every language; its reason, MERGED, says the rest.
        String note = duplicate.getCode() + " → " + keep.getCode();
        List<StageTransition> lines = new ArrayList<>();
        for (Enrolment e : theirs) {
            Enrolment other = e.isActive() ? keptActive.get(e.getPipeline().getId()) : null;
            if (other == null) {
                continue;
            }
            String chosen = choices.get(conflictId(other));
            Enrolment closed;
            if (String.valueOf(other.getId()).equals(chosen)) {
                closed = e;
            } else if (String.valueOf(e.getId()).equals(chosen)) {
                closed = other;
            } else {
                throw new BusinessException("beneficiary.merge.error.choose", MergeLine.of("enrolment.merge.conflict", pipeline(e)));
            }
            StageTransition line = closed.closeMerged(note, actor);
            em.persist(line);
            lines.add(line);
        }
        // Closed first, so that the unique key of active enrolments never sees two at once.
        em.flush();
        theirs.forEach(e -> e.transferTo(keep));
        em.flush();
        for (StageTransition line : lines) {
            events.fire(EnrolmentService.moved(line.getEnrolment(), line));
        }
    }

    private static MergeConflict.Option option(Enrolment e, Beneficiary holder) {
        return new MergeConflict.Option(String.valueOf(e.getId()), MergeLine.of("enrolment.merge.option",
                holder.getCode(), e.getCurrentStage().getNames(), e.getStartDate().toString(),
                e.getCaseWorker() == null ? "—" : e.getCaseWorker().getFullName()));
    }

    private static Localized pipeline(Enrolment e) {
        return locale -> e.getPipeline().getProgramme().getCode() + " · "
                + Texts.get(locale, "pipeline.type." + e.getPipeline().getType());
    }

    private static Localized status(Enrolment e) {
        return locale -> Texts.get(locale, "enrolment.status." + e.getStatus());
    }

    private static Map<Long, Enrolment> activeByPipeline(List<Enrolment> enrolments) {
        Map<Long, Enrolment> active = new java.util.HashMap<>();
        enrolments.stream().filter(Enrolment::isActive).forEach(e -> active.put(e.getPipeline().getId(), e));
        return active;
    }

    /**
     * Every enrolment of the record, of every type and status, oldest first. When about to change
     * them they are locked, alone: a lock taken with their pipelines and stages fetched would lock
     * those rows too.
     */
    private List<Enrolment> of(Beneficiary person, boolean lock) {
        if (lock) {
            return em.createQuery("select e from Enrolment e where e.beneficiary.id = :id order by e.id", Enrolment.class)
                    .setParameter("id", person.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        }
        return em.createQuery("select e from Enrolment e join fetch e.pipeline p join fetch p.programme"
                        + " join fetch e.currentStage left join fetch e.caseWorker where e.beneficiary.id = :id order by e.id",
                Enrolment.class).setParameter("id", person.getId()).getResultList();
    }
}
