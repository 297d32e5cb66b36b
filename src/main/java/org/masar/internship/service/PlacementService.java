package org.masar.internship.service;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.masar.beneficiary.event.ReadView;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.Matching;
import org.masar.internship.domain.Outcome;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.internship.domain.Scan;
import org.masar.internship.domain.ScanType;
import org.masar.internship.event.PlacementChanged;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.domain.StageTransition;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.MoveCommand;
import org.masar.security.service.Caller;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Versions;
import org.masar.site.domain.Site;

/**
 * The internship coordinator's work on placements: matching a candidate with a host, planning,
 * the learning agreement's three parts, the documents checklist and its scans, the outcome. Each
 * change is made from the version the user saw, under a lock of the placement, and raises its
 * version: a stale edit of any part is refused. Who sees which placement is {@link PlacementAccess}'s.
 */
@ApplicationScoped
@Transactional
public class PlacementService {

    /** How many hosts the match page suggests. */
    public static final int SUGGESTIONS = 20;
    /** How many hosts of the sector or city wanted are ranked for the suggestions. */
    private static final int RANKED = 500;
    /** The stage a candidate enters when a host is chosen. */
    public static final String MATCHED = "matched";
    public static final String CANDIDATE = "candidate";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EnrolmentService enrolments;

    @Inject
    BeneficiaryService registry;

    @Inject
    ReturnFollowUps returns;

    @Inject
    Event<PlacementChanged> changes;

    /** The placement with its intern, host, sites and checklist, if the caller sees it. */
    public Placement find(long id, Caller caller) {
        Placement p = em.createQuery("select p from Placement p join fetch p.enrolment e join fetch e.beneficiary b"
                        + " join fetch b.site join fetch e.pipeline pl join fetch pl.programme join fetch e.currentStage"
                        + " join fetch p.host join fetch p.sendingSite join fetch p.receivingSite where p.id = :id",
                        Placement.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        PlacementAccess.requireSeen(caller, p);
        // The intern as the registry admits them to this caller: a person who withdrew is shown to managers only.
        registry.admit(p.getEnrolment().getBeneficiary(), caller);
        p.getDocuments().size();
        p.getChanges().size();
        return p;
    }

    /** {@link #find}, told to the audit trail as a read of the intern through {@code view}. */
    public Placement open(long id, Caller caller, ReadView view) {
        Placement p = find(id, caller);
        registry.told(p.getEnrolment().getBeneficiary(), caller, view);
        return p;
    }

    /** The placement of an enrolment, if it has one the caller sees. */
    public Optional<Placement> ofEnrolment(long enrolmentId, Caller caller) {
        if (!PlacementAccess.seesPlacements(caller)) {
            return Optional.empty();
        }
        return em.createQuery("select p.id from Placement p where p.enrolment.id = :id", Long.class)
                .setParameter("id", enrolmentId).getResultStream().findFirst()
                .flatMap(id -> {
                    try {
                        return Optional.of(find(id, caller));
                    } catch (NotFound outside) {
                        return Optional.empty();
                    }
                });
    }

    /** The placements of a host the caller sees, latest start first. */
    public List<Placement> ofHost(long hostId, Caller caller) {
        if (!PlacementAccess.seesPlacements(caller)) {
            return List.of();
        }
        boolean withdrawn = BeneficiaryAccess.seesWithdrawn(caller);
        return em.createQuery("select p from Placement p join fetch p.enrolment e join fetch e.beneficiary b"
                        + " join fetch e.currentStage join fetch p.sendingSite join fetch p.receivingSite"
                        + " where p.host.id = :id order by p.plannedStart desc, p.id desc", Placement.class)
                .setParameter("id", hostId).getResultStream().filter(p -> PlacementAccess.sees(caller, p))
                .filter(p -> withdrawn || p.getEnrolment().getBeneficiary().takesPart()).toList();
    }

    /** The candidate to match: an active INTERNSHIP enrolment the caller works, with no placement yet. */
    public Enrolment candidate(long enrolmentId, Caller caller) {
        return candidate(enrolmentId, caller, false);
    }

    /** {@link #candidate}, for the page that shows the candidate to match: told to the audit trail as a read of the person. */
    public Enrolment openCandidate(long enrolmentId, Caller caller) {
        Enrolment e = candidate(enrolmentId, caller, false);
        registry.told(e.getBeneficiary(), caller, ReadView.PLACEMENT);
        return e;
    }

    /** {@link #candidate}; {@code locked}: the enrolment locked first, so that two matches of one candidate queue. */
    private Enrolment candidate(long enrolmentId, Caller caller, boolean locked) {
        requireEditor(caller);
        Enrolment e = enrolments.find(enrolmentId, caller);
        if (e.getPipeline().getType() != PipelineType.INTERNSHIP) {
            throw new NotFound();
        }
        if (locked) {
            em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        }
        if (e.getStatus() != EnrolmentStatus.ACTIVE) {
            throw new FieldRefused("host", "internship.error.notActive");
        }
        if (!em.createQuery("select p.id from Placement p where p.enrolment.id = :id", Long.class)
                .setParameter("id", enrolmentId).getResultList().isEmpty()) {
            throw new FieldRefused("host", "internship.error.alreadyPlaced");
        }
        return e;
    }

    /**
     * Hosts to suggest for a candidate, best first ({@link Matching}): active, with a place left,
     * of the sector or city wished for when one is; ranked by sector, city, languages, places free.
     */
    public List<Matching.Suggestion> suggestions(long enrolmentId, Matching.Wish wish, Caller caller) {
        candidate(enrolmentId, caller);
        StringBuilder jpql = new StringBuilder("select h.id from Host h where h.active = true and h.capacity >"
                + " (select count(p) from Placement p where p.host = h and p.outcome is null and p.enrolment.status = :active)");
        boolean sector = wish.sector() != null;
        boolean city = wish.city() != null && !wish.city().isBlank();
        if (sector || city) {
            jpql.append(" and (").append(sector ? "h.sector = :sector" : "")
                    .append(sector && city ? " or " : "").append(city ? "lower(h.city) = :city" : "").append(")");
        }
        // The sector and the city rank in the database, so that the hosts cut off at RANKED are the least fit.
        jpql.append(" order by ").append(sector ? "case when h.sector = :sector then 0 else 1 end, " : "")
                .append(city ? "case when lower(h.city) = :city then 0 else 1 end, " : "").append("h.nameKey, h.id");
        var query = em.createQuery(jpql.toString(), Long.class).setMaxResults(RANKED)
                .setParameter("active", EnrolmentStatus.ACTIVE);
        if (sector) {
            query.setParameter("sector", wish.sector());
        }
        if (city) {
            query.setParameter("city", wish.city().trim().toLowerCase(Locale.ROOT));
        }
        List<Long> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> current = new HashMap<>();
        for (Object[] row : em.createQuery("select p.host.id, count(p) from Placement p where p.host.id in :ids"
                        + " and p.outcome is null and p.enrolment.status = :active group by p.host.id", Object[].class)
                .setParameter("ids", ids).setParameter("active", EnrolmentStatus.ACTIVE).getResultList()) {
            current.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Set<String>> languages = new HashMap<>();
        for (Object[] row : em.createQuery("select h.id, t.languages from Host h join h.tutors t where h.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            Set<String> spoken = languages.computeIfAbsent((Long) row[0], k -> new TreeSet<>());
            if (row[1] != null && !row[1].toString().isBlank()) {
                Arrays.stream(row[1].toString().split(",")).map(String::trim).forEach(spoken::add);
            }
        }
        List<Matching.Candidate> hosts = new ArrayList<>();
        for (Host h : em.createQuery("select h from Host h where h.id in :ids", Host.class).setParameter("ids", ids)
                .getResultList()) {
            hosts.add(new Matching.Candidate(h.getId(), h.getName(), h.getNameKey(), h.getCity(), h.getSector(),
                    h.isActive(), h.getCapacity(), current.getOrDefault(h.getId(), 0L),
                    languages.getOrDefault(h.getId(), Set.of())));
        }
        return Matching.suggest(wish, hosts, SUGGESTIONS);
    }

    /**
     * Matches a candidate with a host: opens the placement with its plan and checklist, and moves
     * the enrolment from "candidate" to "matched" (the host's agreement is the placement itself).
     * A host inactive or at capacity is refused; so is a receiving site outside the host's country.
     */
    public Placement match(long enrolmentId, long hostId, Placement.Plan plan, Long receivingSiteId, Caller caller) {
        Enrolment e = candidate(enrolmentId, caller, true);
        Host host = em.find(Host.class, hostId, LockModeType.PESSIMISTIC_WRITE);
        if (host == null) {
            throw new FieldRefused("host", "internship.error.host");
        }
        if (!host.isActive()) {
            throw new FieldRefused("host", "internship.error.hostInactive");
        }
        if (occupied(host.getId(), null) >= host.getCapacity()) {
            throw new FieldRefused("host", "internship.error.hostFull", host.getCapacity());
        }
        Site receiving = receiving(receivingSiteId, host);
        Placement p = Placement.open(e, host, plan, e.getBeneficiary().getSite(), receiving, caller.username(), now());
        em.persist(p);
        em.flush();
        fire(p, PlacementChanged.Change.OPENED, "host " + host.getId(), caller);
        if (CANDIDATE.equals(e.getCurrentStage().getCode())) {
            Stage matched = e.getPipeline().stage(MATCHED).orElse(null);
            if (matched != null && !matched.isRetired()) {
                enrolments.move(e.getId(), new MoveCommand(MoveCommand.Action.ADVANCE, matched.getId(), null, null,
                        e.getVersion(), Set.of(), null), caller);
            }
        }
        return p;
    }

    /** Plans the placement again: host, tutor, dates, city, receiving site. */
    public Placement replan(long id, int version, long hostId, Placement.Plan plan, Long receivingSiteId, Caller caller) {
        Placement p = forEdit(id, version, caller);
        Host host = p.getHost();
        if (host.getId() != hostId) {
            host = em.find(Host.class, hostId, LockModeType.PESSIMISTIC_WRITE);
            if (host == null || !host.isActive()) {
                throw new FieldRefused("host", host == null ? "internship.error.host" : "internship.error.hostInactive");
            }
            if (occupied(host.getId(), p.getId()) >= host.getCapacity()) {
                throw new FieldRefused("host", "internship.error.hostFull", host.getCapacity());
            }
        }
        p.replan(host, plan, receiving(receivingSiteId, host));
        return saved(p, PlacementChanged.Change.PLANNED, null, caller);
    }

    public Placement agreeBefore(long id, int version, Placement.Before before, Caller caller) {
        Placement p = forEdit(id, version, caller);
        p.agreeBefore(before, today(p));
        return saved(p, PlacementChanged.Change.AGREEMENT_BEFORE, null, caller);
    }

    public Placement addChange(long id, int version, LocalDate on, String description, String agreedBy, Caller caller) {
        Placement p = forEdit(id, version, caller);
        p.addChange(on, description, agreedBy, caller.username(), today(p));
        return saved(p, PlacementChanged.Change.AGREEMENT_CHANGE, null, caller);
    }

    public Placement agreeAfter(long id, int version, Placement.After after, Caller caller) {
        Placement p = forEdit(id, version, caller);
        p.agreeAfter(after);
        return saved(p, PlacementChanged.Change.AGREEMENT_AFTER, null, caller);
    }

    /** Marks a document of the checklist missing, received or verified, with its details. */
    public Placement mark(long id, int version, DocumentKind kind, DocumentState state, PlacementDocument.Details details,
                          Caller caller) {
        if (kind == null || state == null) {
            throw InvalidInput.of(kind == null ? "kind" : "state", "internship.error.document");
        }
        Placement p = forEdit(id, version, caller);
        p.mark(kind, state, details, caller.username(), now());
        return saved(p, PlacementChanged.Change.DOCUMENT, kind + " " + state, caller);
    }

    /**
     * Keeps a scan of a document: a PDF, JPEG or PNG by its content, at most 10 MB; the scan it
     * replaces is deleted. Refused, nothing kept, when it is empty, too large or of another type.
     */
    public Placement upload(long id, int version, DocumentKind kind, byte[] content, String fileName, Caller caller) {
        requireEditor(caller);
        if (kind == null) {
            throw InvalidInput.of("kind", "internship.error.document");
        }
        if (content == null || content.length == 0) {
            throw new FieldRefused("scan", "internship.error.scanEmpty");
        }
        if (content.length > ScanType.MAX_BYTES) {
            throw new FieldRefused("scan", "internship.error.scanTooLarge", ScanType.MAX_BYTES / (1024 * 1024));
        }
        ScanType type = ScanType.of(content).orElseThrow(() -> new FieldRefused("scan", "internship.error.scanType"));
        Placement p = forEdit(id, version, caller);
        Long previous = p.document(kind).getScanId();
        // The version raised before the scan's flush: EclipseLink left it as it was when asked after one.
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Scan scan = new Scan(type, content, fileName, caller.username(), now());
        em.persist(scan);
        em.flush();
        p.attach(kind, scan.getId());
        Placement saved = saved(p, PlacementChanged.Change.SCAN, kind + " " + type, caller);
        if (previous != null) {
            em.createQuery("delete from Scan s where s.id = :id").setParameter("id", previous).executeUpdate();
        }
        return saved;
    }

    /** The scan of a document of a placement the caller sees, told to the audit trail as a read of the intern. */
    public Scan scan(long id, DocumentKind kind, Caller caller) {
        Placement p = find(id, caller);
        Long scanId = kind == null ? null : p.document(kind).getScanId();
        Scan scan = scanId == null ? null : em.find(Scan.class, scanId);
        if (scan == null) {
            throw new NotFound();
        }
        scan.getContent();
        registry.told(p.getEnrolment().getBeneficiary(), caller, ReadView.SCAN);
        return scan;
    }

    /** Ends the placement with its outcome; the return follow-ups (3 and 6 months) are set for the intern. */
    public Placement end(long id, int version, Outcome outcome, String reason, LocalDate on, Caller caller) {
        Placement p = forEdit(id, version, caller);
        if (p.isEnded()) {
            throw new FieldRefused("outcome", "internship.error.ended");
        }
        // An internship is completed on its journey (the documents' criteria met) before its outcome says how it
        // ended; only an interruption ends one still under way.
        if (outcome != null && outcome != Outcome.INTERRUPTED && p.getEnrolment().getStatus() == EnrolmentStatus.ACTIVE) {
            throw new FieldRefused("outcome", "internship.error.notCompleted");
        }
        p.end(outcome, reason, on, today(p));
        Placement saved = saved(p, PlacementChanged.Change.ENDED, String.valueOf(outcome), caller);
        // An interruption ends the journey too, dropped with its reason, when the caller works the intern's side;
        // a coordinator of the receiving side leaves that to the sending side, whose list shows the placement ended.
        Enrolment e = saved.getEnrolment();
        if (outcome == Outcome.INTERRUPTED && e.getStatus() == EnrolmentStatus.ACTIVE
                && caller.scope().includes(e.getBeneficiary().getSite())) {
            enrolments.move(e.getId(), new MoveCommand(MoveCommand.Action.DROP, null, DropReason.OTHER,
                    saved.getOutcomeReason(), null, Set.of(), null), caller);
        }
        returns.schedule(saved, caller);
        return saved;
    }

    /**
     * Moves the intern's journey on (the sending side: the journey is the enrolment's, at the intern's site) to {@code stageCode} from the placement's page: the stage's
     * criteria bound to the placement's documents are met or not by them, and a refusal names what is missing.
     */
    public StageTransition advance(long id, String stageCode, Caller caller) {
        return advance(id, null, stageCode, caller);
    }

    /**
     * {@link #advance(long, String, Caller)} from the placement's {@code version} the caller saw (none: any), so that
     * a move decided on documents another coordinator has since changed is refused as stale.
     */
    public StageTransition advance(long id, Integer version, String stageCode, Caller caller) {
        Placement p = find(id, caller);
        PlacementAccess.requireEdit(caller, p);
        // Locked, so that the documents read as evidence cannot change under the move.
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        if (version != null) {
            Versions.require(version, p.getVersion());
        }
        Enrolment e = p.getEnrolment();
        Stage to = e.getPipeline().stage(stageCode).filter(s -> !s.isRetired())
                .orElseThrow(() -> InvalidInput.of("toStage", "enrolment.error.toStage"));
        MoveCommand.Action action = to.isFinalStage() ? MoveCommand.Action.COMPLETE : MoveCommand.Action.ADVANCE;
        return enrolments.move(e.getId(), new MoveCommand(action, to.getId(), null, null, null, Set.of(), null), caller);
    }

    /** How many placements still running the host has, one left out. */
    /**
     * How many placements still running the host has, one left out: read with a lock (a locking read
     * sees what others committed since this transaction began, where a plain count would not on
     * MySQL), so that two matches for the host's last place, queued on its lock, do not both take it.
     */
    private long occupied(long hostId, Long except) {
        var query = em.createQuery("select p from Placement p where p.host.id = :h and p.outcome is null"
                        + " and p.enrolment.status = :active" + (except == null ? "" : " and p.id <> :self"), Placement.class)
                .setParameter("h", hostId).setParameter("active", EnrolmentStatus.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_READ);
        if (except != null) {
            query.setParameter("self", except);
        }
        return query.getResultList().size();
    }

    private Site receiving(Long siteId, Host host) {
        Site site = siteId == null ? null : em.find(Site.class, siteId);
        if (site == null || !site.isActive()) {
            throw InvalidInput.of("receivingSite", "internship.error.receivingSite");
        }
        if (!site.getCountryCode().equalsIgnoreCase(host.getCountry())) {
            throw new FieldRefused("receivingSite", "internship.error.receivingCountry");
        }
        return site;
    }

    /** The placement to change, locked, from the version the editor saw. */
    private Placement forEdit(long id, int version, Caller caller) {
        requireEditor(caller);
        Placement p = find(id, caller);
        PlacementAccess.requireEdit(caller, p);
        if (p.getEnrolment().getBeneficiary().isErased()) {
            throw new BusinessException("erasure.error.erased");
        }
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        Versions.require(version, p.getVersion());
        return p;
    }

    /** Raises the version (a document's change alone would not), writes, tells. */
    private Placement saved(Placement p, PlacementChanged.Change change, String what, Caller caller) {
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        fire(p, change, what, caller);
        return p;
    }

    private void fire(Placement p, PlacementChanged.Change change, String what, Caller caller) {
        var person = p.getEnrolment().getBeneficiary();
        changes.fire(new PlacementChanged(p.getId(), person.getId(), person.getCode(), p.getEnrolment().getId(), change,
                what, caller.username(), now()));
    }

    private static void requireEditor(Caller caller) {
        if (!PlacementAccess.editsPlacements(caller)) {
            throw new Forbidden();
        }
    }

    private LocalDate today(Placement p) {
        return p.getSendingSite().today(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
