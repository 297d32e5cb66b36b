package org.masar.pipeline.service;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.pipeline.domain.Actor;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.MoveRefused;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.domain.StageTransition;
import org.masar.pipeline.event.EnrolmentAssigned;
import org.masar.pipeline.event.EnrolmentMoved;
import org.masar.security.domain.AppUser;
import org.masar.security.service.Caller;
import org.masar.security.service.UserService;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.DomainEvent;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Versions;
import org.masar.site.domain.Scope;

/**
 * Enrolling people and moving them: each change loads the enrolment under a row lock, checks
 * the version the user saw, calls one verb of {@link Enrolment} and keeps the history line it
 * returns, in one transaction. Of two users moving the same enrolment, the second waits for the
 * first and is then told the enrolment changed.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    BeneficiaryService registry;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> events;

    @Inject
    EvidenceSources evidence;

    public Enrolment enrol(EnrolForm form, Caller caller) {
        CaseWorkAccess.require(caller);
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (form.pipelineId() == null) {
            problems.put("pipelineId", "enrolment.error.pipeline");
        }
        if (form.cohort() != null && form.cohort().trim().length() > Enrolment.COHORT_MAX) {
            problems.put("cohort", "enrolment.error.cohortTooLong");
        }
        if (form.startDate() != null && form.startDate().isAfter(caller.scope().today(clock).plusYears(1))) {
            problems.put("startDate", "enrolment.error.startDate");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Beneficiary person = registry.find(form.beneficiaryCode(), caller);
        if (person.getMergedInto() != null) {
            throw new BusinessException("beneficiary.error.merged");
        }
        if (person.isErased()) {
            throw new BusinessException("erasure.error.erased");
        }
        if (!person.takesPart()) {
            throw new BusinessException("enrolment.error.withdrawn");
        }
        LocalDate start = form.startDate() == null ? person.getSite().today(clock) : form.startDate();
        Pipeline pipeline = Optional.ofNullable(em.find(Pipeline.class, form.pipelineId()))
                .filter(p -> p.getProgramme().reaches(person.getSite()))
                .filter(p -> CaseWorkAccess.enrols(caller, p.getType()))
                .orElseThrow(() -> InvalidInput.of("pipelineId", "enrolment.error.pipeline"));
        AppUser caseWorker = caseWorker(form.caseWorker(), person, pipeline.getType(), caller);
        boolean alreadyIn = !em.createQuery("select e.id from Enrolment e where e.beneficiary = :b and e.pipeline = :p"
                        + " and e.status = :active", Long.class)
                .setParameter("b", person).setParameter("p", pipeline).setParameter("active", EnrolmentStatus.ACTIVE)
                .getResultList().isEmpty();
        if (alreadyIn) {
            throw new MoveRefused("enrolment.error.alreadyEnrolled");
        }
        List<StageTransition> history = new ArrayList<>();
        // Today at the person's site, as follow-ups' due dates are checked; only this verb may override the period.
        Actor actor = new Actor(caller.username(), CaseWorkAccess.overridesPeriod(caller), LocalDateTime.now(clock));
        Enrolment enrolment = Enrolment.enrol(person, pipeline, form.cohort(), caseWorker, start,
                person.getSite().today(clock), form.overrideReason(), actor, history);
        em.persist(enrolment);
        history.forEach(em::persist);
        em.flush();
        history.forEach(line -> events.fire(moved(enrolment, line)));
        return enrolment;
    }

    /**
     * The case worker named, who must work pipelines of this type and reach the person's site; the
     * caller when none is named.
     */
    private AppUser caseWorker(String username, Beneficiary person, PipelineType type, Caller caller) {
        String name = username == null || username.isBlank() ? caller.username() : username.trim();
        Optional<Caller> worker = users.activeCaller(name)
                .filter(c -> CaseWorkAccess.works(c, type))
                .filter(c -> c.scope().includes(person.getSite()));
        if (worker.isEmpty()) {
            if (username == null || username.isBlank()) {
                return null;
            }
            throw InvalidInput.of("caseWorker", "enrolment.error.caseWorker");
        }
        return em.find(AppUser.class, worker.get().id());
    }

    /**
     * The enrolment with its person, pipeline and stage, as the caller may be shown it: the
     * person's site in scope, a pipeline type the caller works, and the person taking part unless
     * the caller is a manager or an administrator. Otherwise, for the caller, it is not there
     * ({@link NotFound}), or the answer says why it is withheld.
     */
    public Enrolment find(long id, Caller caller) {
        Scope scope = caller.scope();
        Enrolment e = em.createQuery("select e from Enrolment e join fetch e.beneficiary b join fetch b.site"
                        + " join fetch e.pipeline p join fetch p.programme join fetch e.currentStage left join fetch e.caseWorker"
                        + " where e.id = :id", Enrolment.class)
                .setParameter("id", id).getResultStream().findFirst()
                .filter(found -> scope.includes(found.getBeneficiary().getSite()))
                .filter(found -> CaseWorkAccess.works(caller, found.getPipeline().getType()))
                .orElseThrow(NotFound::new);
        registry.admit(e.getBeneficiary(), caller);
        PipelineService.loaded(List.of(e.getPipeline()));
        return e;
    }

    /** Carries out one move. The enrolment is locked for the transaction; a stale version is refused. */
    public StageTransition move(long id, MoveCommand command, Caller caller) {
        CaseWorkAccess.require(caller);
        if (command == null || command.action() == null) {
            throw InvalidInput.of("action", "enrolment.error.action");
        }
        // The enrolment with what the checks read, in one query, then locked alone: a lock taken
        // by the joined query would lock the person, site, pipeline and programme rows as well, and
        // every move in the programme would queue on them. Locking refreshes the enrolment, so the
        // version compared below is the one under the lock.
        Enrolment e = em.createQuery("select e from Enrolment e join fetch e.beneficiary b join fetch b.site"
                        + " join fetch e.pipeline p join fetch p.programme left join fetch e.caseWorker where e.id = :id",
                        Enrolment.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (e == null || !caller.scope().includes(e.getBeneficiary().getSite())
                || !CaseWorkAccess.works(caller, e.getPipeline().getType())) {
            throw new NotFound();
        }
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        registry.admit(e.getBeneficiary(), caller);
        if (command.version() != null && command.version() != e.getVersion()) {
            throw new Changed();
        }
        PipelineService.loaded(List.of(e.getPipeline()));
        Actor actor = actor(caller);
        StageTransition line = switch (command.action()) {
            case ADVANCE -> {
                Stage to = target(e, command);
                yield e.advance(to, ticked(e, command), evidence.of(e, to), command.overrideReason(), actor, command.note());
            }
            case COMPLETE -> {
                Stage to = command.toStageId() == null ? onlyFinalFollower(e) : target(e, command);
                yield e.complete(to, ticked(e, command), evidence.of(e, to), command.overrideReason(), actor, command.note());
            }
            case BACK -> e.moveBack(target(e, command), command.note(), actor);
            case DROP -> e.drop(command.reasonCode(), command.note(), actor);
            case REOPEN -> e.reopen(command.note(), actor, anotherActive(e));
        };
        em.persist(line);
        em.flush();
        events.fire(moved(e, line));
        return line;
    }

    /** A move and the enrolment as that move left it, with its whole history, read in the move's own transaction. */
    public record Moved(StageTransition line, WithHistory enrolment) {
    }

    /**
     * {@link #move}, answering with the enrolment as this move left it. Reading it again after the
     * commit could show another user's move made since as if it were the caller's own.
     */
    public Moved moveAndRead(long id, MoveCommand command, Caller caller) {
        StageTransition line = move(id, command, caller);
        return new Moved(line, withHistory(id, caller));
    }

    /** {@link #enrol}, answering with the new enrolment and its first history line as this transaction wrote them. */
    public WithHistory enrolAndRead(EnrolForm form, Caller caller) {
        Enrolment created = enrol(form, caller);
        return withHistory(created.getId(), caller);
    }

    static EnrolmentMoved moved(Enrolment e, StageTransition line) {
        return new EnrolmentMoved(e.getId(), e.getBeneficiary().getId(), e.getPipeline().getId(),
                e.getPipeline().getType(), e.getPipeline().getProgramme().getId(), line.getAction(),
                line.getFromStage() == null ? null : line.getFromStage().getId(), line.getToStage().getId(),
                line.getToStage().getCode(), line.getStatusAfter(), line.getId(), line.getByUser(), line.getAt(),
                line.getOverrideReason());
    }

    /** Someone moved the enrolment after the caller last saw it; nothing of the caller's was applied. */
    public static final class Changed extends org.masar.shared.domain.ConcurrentChange {
        Changed() {
            super("enrolment.error.changed");
        }
    }

    private static Stage target(Enrolment e, MoveCommand command) {
        if (command.toStageId() == null) {
            throw InvalidInput.of("toStage", "enrolment.error.toStage");
        }
        return e.getPipeline().stage(command.toStageId())
                .orElseThrow(() -> InvalidInput.of("toStage", "enrolment.error.toStage"));
    }

    private static Stage onlyFinalFollower(Enrolment e) {
        List<Stage> finals = e.getCurrentStage().followers().stream().filter(Stage::isFinalStage).toList();
        if (finals.size() != 1) {
            throw InvalidInput.of("toStage", "enrolment.error.toStage");
        }
        return finals.get(0);
    }

    private static List<Criterion> ticked(Enrolment e, MoveCommand command) {
        Set<Long> ids = command.tickedCriteria() == null ? Set.of() : command.tickedCriteria();
        List<Criterion> ticked = new ArrayList<>();
        for (Stage s : e.getPipeline().getStages()) {
            s.getCriteria().stream().filter(c -> ids.contains(c.getId())).forEach(ticked::add);
        }
        return ticked;
    }

    /** Whether the person has another active enrolment in the same pipeline (then this one cannot reopen). */
    private boolean anotherActive(Enrolment e) {
        return !em.createQuery("select x.id from Enrolment x where x.beneficiary = :b and x.pipeline = :p"
                        + " and x.status = :active and x.id <> :id", Long.class)
                .setParameter("b", e.getBeneficiary()).setParameter("p", e.getPipeline())
                .setParameter("active", EnrolmentStatus.ACTIVE).setParameter("id", e.getId())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** An enrolment as it stands with its whole history, read in one go. */
    public record WithHistory(Enrolment enrolment, List<StageTransition> history) {
    }

    /** The enrolment as a screen or call shows it to the caller, told to the audit trail as a read of the person. */
    public WithHistory open(long enrolmentId, Caller caller, org.masar.beneficiary.event.ReadView view) {
        WithHistory shown = withHistory(enrolmentId, caller);
        registry.told(shown.enrolment().getBeneficiary(), caller, view);
        return shown;
    }

    public WithHistory withHistory(long enrolmentId, Caller caller) {
        Enrolment e = find(enrolmentId, caller);
        return new WithHistory(e, lines(enrolmentId));
    }

    /** The enrolment's history, oldest first (ties, within a second that MySQL drivers may round to, by id). */
    private List<StageTransition> lines(long enrolmentId) {
        return em.createQuery("select t from StageTransition t left join fetch t.fromStage join fetch t.toStage"
                        + " where t.enrolment.id = :id order by t.at, t.id", StageTransition.class)
                .setParameter("id", enrolmentId).getResultList();
    }

    /**
     * A person's enrolments in the pipeline types the caller works, newest first; the person,
     * resolved by the caller, must be in scope.
     */
    public List<Enrolment> ofPerson(Beneficiary person, Caller caller) {
        if (!caller.scope().includes(person.getSite())) {
            throw new NotFound();
        }
        Set<PipelineType> types = CaseWorkAccess.types(caller);
        if (types.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Enrolment e join fetch e.pipeline p join fetch p.programme"
                        + " join fetch e.currentStage left join fetch e.caseWorker where e.beneficiary.id = :id"
                        + " and p.type in :types order by e.id desc", Enrolment.class)
                .setParameter("id", person.getId()).setParameter("types", types).getResultList();
    }

    /** Reassigns the case worker (none when blank) or the cohort of an enrolment. */
    public void assign(long id, int version, String caseWorker, String cohort, Caller caller) {
        CaseWorkAccess.require(caller);
        Enrolment e = find(id, caller);
        Versions.require(version, e.getVersion());
        if (cohort != null && cohort.trim().length() > Enrolment.COHORT_MAX) {
            throw InvalidInput.of("cohort", "enrolment.error.cohortTooLong");
        }
        e.assign(caseWorker == null || caseWorker.isBlank() ? null
                        : caseWorker(caseWorker, e.getBeneficiary(), e.getPipeline().getType(), caller),
                cohort);
        em.flush();
        events.fire(new EnrolmentAssigned(e.getId(), e.getBeneficiary().getId(),
                e.getCaseWorker() == null ? null : e.getCaseWorker().getUsername(), e.getCohort(), caller.username(),
                LocalDateTime.now(clock)));
    }

    private Actor actor(Caller caller) {
        return new Actor(caller.username(), CaseWorkAccess.isManager(caller), LocalDateTime.now(clock));
    }
}
