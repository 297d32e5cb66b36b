package org.masar.casework.service;

import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.Forbidden;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.ProfilePart;
import org.masar.beneficiary.service.BeneficiaryAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.casework.event.FollowUpWritten;
import org.masar.casework.event.NoteWritten;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.security.domain.AppUser;
import org.masar.security.service.Caller;
import org.masar.security.service.UserService;
import org.masar.shared.domain.DomainEvent;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Versions;
import org.masar.site.domain.Scope;

/** Case notes and follow-ups about a person, always reached through the person and the caller's scope. */
@ApplicationScoped
@Transactional
public class CaseWorkService {

    @PersistenceContext
    EntityManager em;

    @Inject
    BeneficiaryService registry;

    @Inject
    EnrolmentService enrolments;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> events;

    public CaseNote addNote(String code, Long enrolmentId, String text, Caller caller) {
        requireCaseNotes(caller);
        Beneficiary person = registry.find(code, caller);
        requireNotErased(person);
        CaseNote note = new CaseNote(person.getId(), enrolmentOf(person, enrolmentId, caller), caller.username(),
                LocalDateTime.now(clock), text);
        em.persist(note);
        em.flush();
        events.fire(new NoteWritten(note.getId(), person.getId(), note.getEnrolmentId(), false, caller.username(),
                note.getAt()));
        return note;
    }

    /** The author corrects a note while it is still open; afterwards it is frozen. */
    public CaseNote correctNote(long noteId, int version, String text, Caller caller) {
        requireCaseNotes(caller);
        CaseNote note = Optional.ofNullable(em.find(CaseNote.class, noteId)).orElseThrow(NotFound::new);
        inScope(note.getBeneficiaryId(), caller);
        Versions.require(version, note.getVersion());
        note.correct(text, caller.username(), LocalDateTime.now(clock));
        em.flush();
        events.fire(new NoteWritten(note.getId(), note.getBeneficiaryId(), note.getEnrolmentId(), true,
                caller.username(), note.getEditedAt()));
        return note;
    }

    /** The notes about a person, newest first; the person, resolved by the caller, must be in scope. */
    public List<CaseNote> notes(Beneficiary person, Caller caller) {
        requireInScope(person, caller);
        return em.createQuery("select n from CaseNote n where n.beneficiaryId = :id order by n.id desc", CaseNote.class)
                .setParameter("id", person.getId()).getResultList();
    }

    /** The notes written about one enrolment, newest first; the enrolment, resolved by the caller, must be in scope. */
    public List<CaseNote> notesOfEnrolment(Enrolment enrolment, Caller caller) {
        requireInScope(enrolment.getBeneficiary(), caller);
        return em.createQuery("select n from CaseNote n where n.enrolmentId = :id order by n.id desc", CaseNote.class)
                .setParameter("id", enrolment.getId()).getResultList();
    }

    /**
     * A follow-up for the assignee named, or the enrolment's case worker, or the caller; only for a
     * person who consented to be followed up ({@link ConsentPurpose#FOLLOW_UP}).
     */
    public FollowUp addFollowUp(String code, Long enrolmentId, String title, LocalDate due, String assignee, Caller caller) {
        requireCaseNotes(caller);
        Beneficiary person = registry.find(code, caller);
        requireNotErased(person);
        if (!person.activeConsent(ConsentPurpose.FOLLOW_UP)) {
            throw new BusinessException("followUp.error.noConsent");
        }
        Long enrolment = enrolmentOf(person, enrolmentId, caller);
        AppUser who;
        if (assignee != null && !assignee.isBlank()) {
            who = users.activeCaller(assignee.trim())
                    .filter(CaseWorkAccess::canWork)
                    .filter(c -> c.scope().includes(person.getSite()))
                    .map(c -> em.find(AppUser.class, c.id()))
                    .orElseThrow(() -> InvalidInput.of("followUpAssignee", "followUp.error.assignee"));
        } else {
            who = caseWorkerOf(person.getId(), enrolment).orElseGet(() -> em.find(AppUser.class, caller.id()));
        }
        // A follow-up due before today would be overdue the moment it is set: a typing error.
        if (due != null && due.isBefore(person.getSite().today(clock))) {
            throw InvalidInput.of("followUpDue", "followUp.error.duePast");
        }
        FollowUp followUp = new FollowUp(person.getId(), enrolment, title, due, who, caller.username(),
                LocalDateTime.now(clock));
        em.persist(followUp);
        em.flush();
        events.fire(new FollowUpWritten(followUp.getId(), person.getId(), enrolment, FollowUpWritten.Change.CREATED,
                who.getUsername(), caller.username(), followUp.getCreatedAt()));
        return followUp;
    }

    /**
     * A follow-up another module sets on its own (an internship's return, 3 and 6 months after its
     * end), for the enrolment's case worker or else the user whose change set it if their scope
     * reaches the person (not, say, a coordinator of the receiving side); only for a person who
     * consented to be followed up. Otherwise none, and the caller says so. The module has already
     * checked the caller's right to the enrolment; the due date may be past (an end recorded late).
     */
    public Optional<FollowUp> schedule(long enrolmentId, String title, LocalDate due, Caller caller) {
        Enrolment enrolment = Optional.ofNullable(em.find(Enrolment.class, enrolmentId)).orElseThrow(NotFound::new);
        Beneficiary person = enrolment.getBeneficiary();
        if (person.getErasedAt() != null || !person.activeConsent(ConsentPurpose.FOLLOW_UP)) {
            return Optional.empty();
        }
        AppUser who = enrolment.getCaseWorker() != null ? enrolment.getCaseWorker()
                : caller.scope().includes(person.getSite()) ? em.find(AppUser.class, caller.id()) : null;
        if (who == null) {
            return Optional.empty();
        }
        FollowUp followUp = new FollowUp(person.getId(), enrolmentId, title, due, who, caller.username(),
                LocalDateTime.now(clock));
        em.persist(followUp);
        em.flush();
        events.fire(new FollowUpWritten(followUp.getId(), person.getId(), enrolmentId, FollowUpWritten.Change.CREATED,
                who.getUsername(), caller.username(), followUp.getCreatedAt()));
        return Optional.of(followUp);
    }

    /** The case worker of the enrolment named, or else of the person's latest active enrolment that has one. */
    private Optional<AppUser> caseWorkerOf(long personId, Long enrolmentId) {
        if (enrolmentId != null) {
            return Optional.ofNullable(em.find(Enrolment.class, enrolmentId).getCaseWorker());
        }
        return em.createQuery("select e.caseWorker from Enrolment e where e.beneficiary.id = :id and e.status = :active"
                        + " and e.caseWorker is not null order by e.id desc", AppUser.class)
                .setParameter("id", personId)
                .setParameter("active", org.masar.pipeline.domain.EnrolmentStatus.ACTIVE)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public void setDone(long followUpId, boolean done, Caller caller) {
        requireCaseNotes(caller);
        FollowUp followUp = Optional.ofNullable(em.find(FollowUp.class, followUpId)).orElseThrow(NotFound::new);
        inScope(followUp.getBeneficiaryId(), caller);
        LocalDateTime now = LocalDateTime.now(clock);
        if (done ? followUp.markDone(caller.username(), now) : followUp.markUndone()) {
            em.flush();
            events.fire(new FollowUpWritten(followUp.getId(), followUp.getBeneficiaryId(), followUp.getEnrolmentId(),
                    done ? FollowUpWritten.Change.DONE : FollowUpWritten.Change.REOPENED,
                    followUp.getAssignee().getUsername(), caller.username(), now));
        }
    }

    /** The follow-ups about a person by due date; the person, resolved by the caller, must be in scope. */
    public List<FollowUp> followUps(Beneficiary person, Caller caller) {
        requireInScope(person, caller);
        return em.createQuery("select f from FollowUp f join fetch f.assignee where f.beneficiaryId = :id"
                + " order by f.dueDate, f.id", FollowUp.class).setParameter("id", person.getId()).getResultList();
    }

    /** The follow-ups set about one enrolment, by due date; the enrolment, resolved by the caller, must be in scope. */
    public List<FollowUp> followUpsOfEnrolment(Enrolment enrolment, Caller caller) {
        requireInScope(enrolment.getBeneficiary(), caller);
        return em.createQuery("select f from FollowUp f join fetch f.assignee where f.enrolmentId = :id"
                + " order by f.dueDate, f.id", FollowUp.class).setParameter("id", enrolment.getId()).getResultList();
    }

    /** The person, resolved by the caller, in scope; and notes and follow-ups among what the caller's roles see. */
    private static void requireInScope(Beneficiary person, Caller caller) {
        requireCaseNotes(caller);
        if (!caller.scope().includes(person.getSite())) {
            throw new NotFound();
        }
    }

    /** An erased record takes no new free text about the person. */
    private static void requireNotErased(Beneficiary person) {
        if (person.isErased()) {
            throw new BusinessException("erasure.error.erased");
        }
    }

    /** Notes and follow-ups are a part of the record of their own (README, "Need to know"): a trainer's work has none. */
    private static void requireCaseNotes(Caller caller) {
        CaseWorkAccess.require(caller);
        if (!BeneficiaryAccess.sees(caller, ProfilePart.CASE_NOTES)) {
            throw new Forbidden();
        }
    }

    /** The open follow-ups of an assignee due by {@code until}, overdue first, with the person's code and name. */
    public List<FollowUpLine> openFollowUps(long assigneeId, LocalDate until, Caller caller) {
        Scope scope = caller.scope();
        List<FollowUp> open = em.createQuery("select f from FollowUp f where f.assignee.id = :me and f.doneAt is null"
                        + " and f.dueDate <= :until order by f.dueDate, f.id", FollowUp.class)
                .setParameter("me", assigneeId).setParameter("until", until)
                .setMaxResults(200)
                .getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Beneficiary> people = new java.util.HashMap<>();
        em.createQuery("select distinct b from Beneficiary b join fetch b.site left join fetch b.consents where b.id in :ids",
                        Beneficiary.class)
                .setParameter("ids", open.stream().map(FollowUp::getBeneficiaryId).distinct().toList())
                .getResultList().forEach(b -> people.put(b.getId(), b));
        return open.stream()
                .filter(f -> scope.includes(people.get(f.getBeneficiaryId()).getSite()))
                .filter(f -> people.get(f.getBeneficiaryId()).takesPart() || BeneficiaryAccess.seesWithdrawn(caller))
                .map(f -> new FollowUpLine(f, people.get(f.getBeneficiaryId()),
                        people.get(f.getBeneficiaryId()).getSite().today(clock)))
                .toList();
    }

    private Long enrolmentOf(Beneficiary person, Long enrolmentId, Caller caller) {
        if (enrolmentId == null) {
            return null;
        }
        Enrolment e = enrolments.find(enrolmentId, caller);
        if (!e.getBeneficiary().getId().equals(person.getId())) {
            throw InvalidInput.of("enrolmentId", "note.error.enrolment");
        }
        return e.getId();
    }

    private void inScope(long beneficiaryId, Caller caller) {
        Beneficiary b = em.find(Beneficiary.class, beneficiaryId);
        if (b == null || !caller.scope().includes(b.getSite())) {
            throw new NotFound();
        }
    }

    /** A follow-up beside its person, for the caseload page. */
    public static final class FollowUpLine {
        private final FollowUp followUp;
        private final Beneficiary person;
        private final boolean overdue;

        FollowUpLine(FollowUp followUp, Beneficiary person, LocalDate today) {
            this.followUp = followUp;
            this.person = person;
            this.overdue = followUp.isOverdue(today);
        }

        public FollowUp getFollowUp() {
            return followUp;
        }

        public Beneficiary getPerson() {
            return person;
        }

        public boolean isOverdue() {
            return overdue;
        }
    }
}
