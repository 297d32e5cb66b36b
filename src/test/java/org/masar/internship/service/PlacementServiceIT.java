package org.masar.internship.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.event.ReadView;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.casework.domain.FollowUp;
import org.masar.casework.service.CaseWorkService;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.internship.domain.LanguageLevel;
import org.masar.internship.domain.Matching;
import org.masar.internship.domain.Outcome;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.internship.domain.Scan;
import org.masar.internship.domain.ScanType;
import org.masar.internship.event.PlacementChanged;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.i18n.Texts;
import org.masar.testing.Jpa;
import org.masar.testing.SyncEvents;
import org.masar.testing.Wiring;

/**
 * Placements against MariaDB: seen from both sides (the sending and the receiving coordinator)
 * and by nobody else; matching that moves the journey; scans refused by size and content; two
 * coordinators editing one placement at the same moment; documents that gate the stages; the
 * outcome and its return follow-ups.
 */
class PlacementServiceIT {

    private static PlacementWorld world;
    private static Jpa jpa;
    private static PlacementService placements;
    private static HostService hosts;
    private static EnrolmentService enrolments;
    private static BeneficiaryService registry;
    private static CaseWorkService casework;
    private static SyncEvents<PlacementChanged> CHANGES;
    private static Pipeline internship;
    private static Caller tunisWorker;
    private static Caller tunis;
    private static Caller milan;
    private static Caller piedmont;
    private static Caller kebili;
    private static Caller admin;
    private static long openHost;
    private static int people;

    @BeforeAll
    static void start() {
        world = new PlacementWorld("placements");
        jpa = world.jpa;
        registry = world.registry;
        enrolments = world.enrolments;
        placements = world.placements;
        hosts = world.hosts;
        internship = world.internship;
        tunisWorker = world.tunisWorker;
        tunis = world.tunis;
        milan = world.milan;
        piedmont = world.piedmont;
        kebili = world.kebili;
        admin = world.admin;
        CHANGES = world.changes;
        casework = world.casework;
        openHost = host("Officine Meccaniche Rossi S.r.l.", "Milano", HostSector.MECHANICS, 100, "it", "fr").getId();
    }

    @AfterAll
    static void stop() {
        world.close();
    }


    private static Host host(String name, String city, HostSector sector, int capacity, String... languages) {
        return jpa.tx(() -> hosts.create(new Host.Details(name + " " + (++people), "IT", city, sector, HostSize.UNDER_250,
                null, null, null, null, null, null, true,
                List.of(new Host.TutorLine("Luca Verdi", null, null, List.of(languages))), capacity), "test hosts", milan));
    }

    /** A candidate of Tunis, living in Tunisia, who consented to be followed up. */
    private static Enrolment candidate() {
        people++;
        var form = org.masar.testing.People.form("Amal" + people, "Stagiaire", Sex.F, LocalDate.now().minusYears(23), "TUN-M");
        form.setResidenceCountry("TN");
        form.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
        String code = jpa.tx(() -> registry.register(form, tunisWorker, "test data, all different people").getCode());
        return jpa.tx(() -> enrolments.enrol(new EnrolForm(code, internship.getId(), null, null, null), tunisWorker));
    }

    private static long lombardy() {
        return jpa.tx(() -> Wiring.sites(jpa).byCodes(List.of("LOM")).get(0).getId());
    }

    private static Placement.Plan plan(LocalDate start) {
        return new Placement.Plan("Luca Verdi", start, start.plusMonths(6), "Milano");
    }

    private static Placement matched() {
        Enrolment e = candidate();
        long receiving = lombardy();
        return jpa.tx(() -> placements.match(e.getId(), openHost, plan(LocalDate.now().plusMonths(2)), receiving, tunis));
    }

    @Test
    void matchingOpensThePlacementWithItsChecklistAndMovesTheCandidateToMatched() {
        Enrolment e = candidate();
        List<Matching.Suggestion> suggested = jpa.tx(() -> placements.suggestions(e.getId(),
                new Matching.Wish(HostSector.MECHANICS, "Milano", Set.of("fr")), tunis));
        assertTrue(suggested.stream().anyMatch(s -> s.host().hostId() == openHost));
        assertTrue(suggested.get(0).sameSector() && suggested.get(0).sameCity());
        long receiving = lombardy();
        Placement p = jpa.tx(() -> placements.match(e.getId(), openHost, plan(LocalDate.now().plusMonths(2)), receiving, tunis));
        Placement read = jpa.tx(() -> placements.find(p.getId(), tunis));
        assertEquals(Arrays.asList(DocumentKind.values()), read.checklist().stream().map(PlacementDocument::getKind).toList());
        assertTrue(read.checklist().stream().allMatch(d -> d.getState() == DocumentState.MISSING));
        assertEquals("matched", read.getEnrolment().getCurrentStage().getCode(), "the host's agreement is the evidence");
        assertEquals("TUN-M", read.getSendingSite().getCode());
        assertEquals("LOM", read.getReceivingSite().getCode());
        FieldRefused again = assertThrows(FieldRefused.class, () -> jpa.tx(() -> placements.match(e.getId(), openHost,
                plan(LocalDate.now().plusMonths(2)), receiving, tunis)));
        assertEquals(Map.of("host", "internship.error.alreadyPlaced"), again.fieldKeys());
    }

    @Test
    void aPlanIsRefusedFieldByFieldAndAFullOrInactiveHostOrAReceivingSiteElsewhereIsRefused() {
        Enrolment e = candidate();
        long lombardy = lombardy();
        LocalDate start = LocalDate.now().plusMonths(1);
        InvalidInput shortOne = assertThrows(InvalidInput.class, () -> jpa.tx(() -> placements.match(e.getId(), openHost,
                new Placement.Plan(null, start, start.plusDays(30), " "), lombardy, tunis)));
        assertEquals(Map.of("plannedEnd", "internship.error.tooShort", "city", "internship.error.city"), shortOne.fieldKeys());
        long full = host("Piena S.p.A.", "Milano", HostSector.ICT, 1, "it").getId();
        long other = candidate().getId();
        jpa.tx(() -> placements.match(other, full, plan(start), lombardy, tunis));
        FieldRefused atCapacity = assertThrows(FieldRefused.class, () -> jpa.tx(() -> placements.match(e.getId(), full,
                plan(start), lombardy, tunis)));
        assertEquals(Map.of("host", "internship.error.hostFull"), atCapacity.fieldKeys());
        assertTrue(jpa.tx(() -> placements.suggestions(e.getId(), new Matching.Wish(HostSector.ICT, null, null), tunis))
                .stream().noneMatch(s -> s.host().hostId() == full), "a host at capacity is not suggested");
        long tunisia = jpa.tx(() -> Wiring.sites(jpa).byCodes(List.of("SFX")).get(0).getId());
        FieldRefused elsewhere = assertThrows(FieldRefused.class, () -> jpa.tx(() -> placements.match(e.getId(), openHost,
                plan(start), tunisia, tunis)));
        assertEquals(Map.of("receivingSite", "internship.error.receivingCountry"), elsewhere.fieldKeys());
    }

    @Test
    void bothSidesSeeThePlacementAndNobodyElseNotEvenAsAnotherError() {
        Placement p = matched();
        assertEquals(p.getId(), jpa.tx(() -> placements.find(p.getId(), milan)).getId(), "the receiving side");
        assertEquals(p.getId(), jpa.tx(() -> placements.find(p.getId(), tunis)).getId(), "the sending side");
        assertEquals(p.getId(), jpa.tx(() -> placements.find(p.getId(), tunisWorker)).getId(), "the intern's case worker");
        assertThrows(NotFound.class, () -> jpa.tx(() -> placements.find(p.getId(), piedmont)));
        assertThrows(NotFound.class, () -> jpa.tx(() -> placements.find(p.getId(), kebili)));
        assertThrows(NotFound.class, () -> jpa.tx(() -> placements.find(p.getId() + 100_000, tunis)), "none: the same answer");
        assertThrows(NotFound.class, () -> jpa.tx(() -> placements.scan(p.getId(), DocumentKind.VISA, piedmont)));
        Caller donor = new Caller(9, "donor", "Donor", Set.of(Role.DONOR_VIEWER), tunis.scope(), "en");
        assertThrows(NotFound.class, () -> jpa.tx(() -> placements.find(p.getId(), donor)));
        assertThrows(Forbidden.class, () -> jpa.tx(() -> placements.mark(p.getId(), p.getVersion(), DocumentKind.ARRIVAL,
                DocumentState.RECEIVED, null, tunisWorker)), "a case worker reads; the coordinators work it");
        Placement edited = jpa.tx(() -> placements.mark(p.getId(), p.getVersion(), DocumentKind.ARRIVAL, DocumentState.RECEIVED,
                null, milan));
        assertEquals(p.getVersion() + 1, edited.getVersion(), "a document's change raises the placement's version");
        assertEquals("milan-interns", jpa.tx(() -> placements.find(p.getId(), tunis)).document(DocumentKind.ARRIVAL).getReceivedBy());
        jpa.tx(() -> placements.open(p.getId(), milan, ReadView.PLACEMENT));
    }

    @Test
    void aScanIsKeptByItsContentAndRefusedWhenEmptyTooLargeOrOfAnotherType() {
        Placement p = matched();
        byte[] pdf = "%PDF-1.4\n% a visa\n".getBytes(StandardCharsets.US_ASCII);
        Placement saved = jpa.tx(() -> placements.upload(p.getId(), p.getVersion(), DocumentKind.VISA, pdf, "visa amal.pdf", tunis));
        assertEquals(p.getVersion() + 1, saved.getVersion(), "an upload changes the placement's version");
        assertEquals(saved.getVersion(), jpa.tx(() -> placements.find(p.getId(), tunis)).getVersion(), "as stored");
        assertThrows(org.masar.shared.domain.ConcurrentChange.class, () -> jpa.tx(() -> placements.upload(p.getId(),
                p.getVersion(), DocumentKind.VISA, pdf, "visa.pdf", tunis)), "an upload from the version before is stale");
        Scan scan = jpa.tx(() -> placements.scan(p.getId(), DocumentKind.VISA, milan));
        assertEquals("application/pdf", scan.getContentType());
        assertEquals("visa_amal.pdf", scan.getFileName());
        assertTrue(Arrays.equals(pdf, scan.getContent()), "the bytes as uploaded, read back from the database");

        int uploaded = saved.getVersion();
        Placement marked = jpa.tx(() -> placements.mark(p.getId(), uploaded, DocumentKind.ARRIVAL, DocumentState.RECEIVED,
                null, tunis));
        assertEquals(uploaded + 1, marked.getVersion(), "a document marked changes the placement's version");
        assertThrows(org.masar.shared.domain.ConcurrentChange.class, () -> jpa.tx(() -> placements.mark(p.getId(), uploaded,
                DocumentKind.ARRIVAL, DocumentState.MISSING, null, tunis)), "a mark from the version before is stale");
        int version = marked.getVersion();
        byte[] text = "not a scan at all".getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of("scan", "internship.error.scanType"), assertThrows(FieldRefused.class, () -> jpa.tx(() ->
                placements.upload(p.getId(), version, DocumentKind.INSURANCE, text, "policy.pdf", tunis))).fieldKeys());
        byte[] huge = new byte[ScanType.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        assertEquals(Map.of("scan", "internship.error.scanTooLarge"), assertThrows(FieldRefused.class, () -> jpa.tx(() ->
                placements.upload(p.getId(), version, DocumentKind.INSURANCE, huge, "policy.pdf", tunis))).fieldKeys());
        assertEquals(Map.of("scan", "internship.error.scanEmpty"), assertThrows(FieldRefused.class, () -> jpa.tx(() ->
                placements.upload(p.getId(), version, DocumentKind.INSURANCE, new byte[0], "policy.pdf", tunis))).fieldKeys());
        Placement after = jpa.tx(() -> placements.find(p.getId(), tunis));
        assertEquals(version, after.getVersion(), "nothing written by the refusals");
        assertEquals(null, after.document(DocumentKind.INSURANCE).getScanId());
        byte[] largest = new byte[ScanType.MAX_BYTES];
        System.arraycopy(pdf, 0, largest, 0, pdf.length);
        Placement replaced = jpa.tx(() -> placements.upload(p.getId(), version, DocumentKind.VISA, largest, "visa.pdf", tunis));
        assertEquals(ScanType.MAX_BYTES, jpa.tx(() -> placements.scan(p.getId(), DocumentKind.VISA, tunis)).getByteCount(),
                "10 MB exactly is kept");
        long scans = jpa.tx(() -> jpa.em().createQuery("select count(s) from Scan s where s.id = :id", Long.class)
                .setParameter("id", saved.document(DocumentKind.VISA).getScanId()).getSingleResult());
        assertEquals(0, scans, "the scan replaced is deleted");
        assertNotNull(replaced.document(DocumentKind.VISA).getScanId());
    }

    @Test
    void twoCoordinatorsEditingOnePlacementAtOnceOneWinsTheOtherIsToldItChanged() throws Exception {
        Placement p = matched();
        int version = p.getVersion();
        long receiving = lombardy();
        CountDownLatch ready = new CountDownLatch(2);
        List<Callable<String>> edits = List.of(
                () -> edit(ready, service -> service.mark(p.getId(), version, DocumentKind.INSURANCE, DocumentState.RECEIVED,
                        new PlacementDocument.Details("POL-1", null, LocalDate.now(), LocalDate.now().plusYears(1)), tunis)),
                () -> edit(ready, service -> service.replan(p.getId(), version, openHost,
                        new Placement.Plan("Anna", LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(9), "Milano"),
                        receiving, milan)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> f : pool.invokeAll(edits)) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        outcomes.sort(null);
        assertEquals(List.of("changed", "saved"), outcomes);
        assertEquals(version + 1, jpa.tx(() -> placements.find(p.getId(), tunis)).getVersion());
    }

    /** One edit on an entity manager of its own (a request of its own), started once both are ready. */
    private static String edit(CountDownLatch ready, java.util.function.Function<PlacementService, Placement> edit)
            throws InterruptedException {
        jakarta.persistence.EntityManager own = jpa.newEntityManager();
        PlacementService service = Wiring.set(new PlacementService(), "em", own, "clock", Wiring.CLOCK, "enrolments",
                enrolments, "registry", registry, "returns", new ReturnFollowUps(), "changes", new SyncEvents<>());
        try {
            ready.countDown();
            ready.await();
            Jpa.tx(own, () -> edit.apply(service));
            return "saved";
        } catch (RuntimeException e) {
            if (e instanceof ConcurrentChange || org.masar.shared.db.Contention.refusal(e).isPresent()) {
                return "changed";
            }
            throw e;
        } finally {
            own.close();
        }
    }

    @Test
    void theDocumentsGateTheStagesAndARefusalNamesWhatIsMissing() {
        Placement p = matched();
        LocalDate start = p.getPlannedStart();
        LocalDate end = p.getPlannedEnd();
        LocalDate today = LocalDate.now();
        jpa.tx(() -> placements.advance(p.getId(), "paperwork", tunis));
        int v0 = version(p);
        int v1 = jpa.tx(() -> placements.agreeBefore(p.getId(), v0, new Placement.Before("Assembly line work",
                "Reads drawings; runs a CNC lathe", "A call every month", "Tutor's grid", LanguageLevel.B1, today, today,
                today), tunis)).getVersion();
        int v2 = jpa.tx(() -> placements.mark(p.getId(), v1, DocumentKind.AGREEMENT, DocumentState.VERIFIED, null, tunis))
                .getVersion();
        int v3 = jpa.tx(() -> placements.mark(p.getId(), v2, DocumentKind.VISA, DocumentState.VERIFIED,
                new PlacementDocument.Details("ITA123456", "D - study/training", start.minusDays(5), end.plusDays(5)), tunis))
                .getVersion();
        FieldRefused refused = assertThrows(FieldRefused.class, () -> jpa.tx(() -> placements.advance(p.getId(), "placed", tunis)));
        assertTrue(describe(refused).contains("Insurance covers the dates"), "the refusal names the insurance: " + describe(refused));
        assertFalse(describe(refused).contains("Visa obtained"), "and not what is there: " + describe(refused));
        int v4 = jpa.tx(() -> placements.mark(p.getId(), v3, DocumentKind.INSURANCE, DocumentState.VERIFIED,
                new PlacementDocument.Details("POL-77", null, start, end.minusDays(1)), tunis)).getVersion();
        FieldRefused shortCover = assertThrows(FieldRefused.class, () -> jpa.tx(() -> placements.advance(p.getId(), "placed", tunis)));
        assertTrue(describe(shortCover).contains("does not cover"), describe(shortCover));
        jpa.tx(() -> placements.mark(p.getId(), v4, DocumentKind.INSURANCE, DocumentState.VERIFIED,
                new PlacementDocument.Details("POL-77", null, start, end), tunis));
        assertEquals("placed", jpa.tx(() -> placements.advance(p.getId(), "placed", tunis)).getToStage().getCode());
    }

    /** A refusal as the page shows it, in English: its message and its arguments as words. */
    private static String describe(FieldRefused refused) {
        StringBuilder text = new StringBuilder();
        refused.fieldKeys().forEach((field, key) -> text.append(Texts.get(java.util.Locale.ENGLISH, key,
                refused.arguments(field))).append(' '));
        return text.toString();
    }

    private static int version(Placement p) {
        return jpa.tx(() -> placements.find(p.getId(), tunis)).getVersion();
    }

    /** Every document verified and the journey moved to completed; the placement's version after it. */
    private static int completeJourney(Placement p) {
        Placement x = jpa.tx(() -> placements.find(p.getId(), tunis));
        LocalDate start = x.getPlannedStart();
        LocalDate end = x.getPlannedEnd();
        int v = jpa.tx(() -> placements.agreeBefore(p.getId(), x.getVersion(), new Placement.Before("Programme", "Outcomes",
                null, null, LanguageLevel.B2, start, start, start), tunis)).getVersion();
        for (DocumentKind kind : DocumentKind.values()) {
            int from = v;
            PlacementDocument.Details details = kind.hasValidity()
                    ? new PlacementDocument.Details("N-" + kind, kind == DocumentKind.VISA ? "D" : null, start, end)
                    : PlacementDocument.Details.NONE;
            v = jpa.tx(() -> placements.mark(p.getId(), from, kind, DocumentState.VERIFIED, details, tunis)).getVersion();
        }
        jpa.tx(() -> placements.advance(p.getId(), "placed", tunis));
        assertEquals("completed", jpa.tx(() -> placements.advance(p.getId(), "completed", tunis)).getToStage().getCode());
        return v;
    }

    @Test
    void anInterruptionEndsAPlacementBeforeItStartsAndFreesTheHostsPlace() {
        long small = host("Piccola S.n.c.", "Torino", HostSector.SERVICES, 1, "it").getId();
        long receiving = jpa.tx(() -> Wiring.sites(jpa).byCodes(List.of("PIE")).get(0).getId());
        Enrolment first = candidate();
        Placement p = jpa.tx(() -> placements.match(first.getId(), small, plan(LocalDate.now().plusMonths(2)), receiving, tunis));
        Enrolment second = candidate();
        assertThrows(FieldRefused.class, () -> jpa.tx(() -> placements.match(second.getId(), small,
                plan(LocalDate.now().plusMonths(2)), receiving, tunis)), "its one place is taken");
        jpa.tx(() -> placements.end(p.getId(), p.getVersion(), Outcome.INTERRUPTED, "Visa refused", LocalDate.now(), tunis));
        Enrolment dropped = jpa.tx(() -> jpa.em().find(Enrolment.class, first.getId()));
        assertEquals(EnrolmentStatus.DROPPED, dropped.getStatus(), "the journey ends with the placement");
        assertEquals(DropReason.OTHER, dropped.getDropReason());
        assertEquals("Torino", jpa.tx(() -> placements.match(second.getId(), small, plan(LocalDate.now().plusMonths(2)),
                receiving, tunis)).getHost().getCity(), "an interrupted placement leaves its place");
    }

    @Test
    void theOutcomeEndsThePlacementAndSetsTheReturnFollowUpsAtThreeAndSixMonths() {
        Placement p = matched();
        jpa.tx(() -> placements.advance(p.getId(), "paperwork", tunis));
        LocalDate today = LocalDate.now();
        Placement started = jpa.tx(() -> {
            Placement x = placements.find(p.getId(), tunis);
            // the internship ran from six months ago to today: dates moved for the test, as a replan would
            jpa.em().createQuery("update Placement q set q.plannedStart = :s, q.plannedEnd = :e where q.id = :id")
                    .setParameter("s", today.minusMonths(6)).setParameter("e", today).setParameter("id", x.getId())
                    .executeUpdate();
            return x;
        });
        int version = version(started);
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> jpa.tx(() -> placements.end(p.getId(), version,
                Outcome.INTERRUPTED, " ", today, tunis)));
        assertEquals(Map.of("outcomeReason", "internship.error.outcomeReason"), noReason.fieldKeys());
        FieldRefused underWay = assertThrows(FieldRefused.class, () -> jpa.tx(() -> placements.end(p.getId(), version,
                Outcome.BACK_HOME_EMPLOYED, null, today, tunis)));
        assertEquals(Map.of("outcome", "internship.error.notCompleted"), underWay.fieldKeys(),
                "completed on its journey first, by its documents");
        int completed = completeJourney(p);
        InvalidInput future = assertThrows(InvalidInput.class, () -> jpa.tx(() -> placements.end(p.getId(), completed,
                Outcome.BACK_HOME_EMPLOYED, null, today.plusDays(1), tunis)));
        assertEquals(Map.of("endedOn", "internship.error.endedOn"), future.fieldKeys());
        Placement ended = jpa.tx(() -> placements.end(p.getId(), completed, Outcome.BACK_HOME_EMPLOYED, null, today, tunis));
        assertEquals(Outcome.BACK_HOME_EMPLOYED, ended.getOutcome());
        List<FollowUp> followUps = jpa.tx(() -> jpa.em().createQuery("select f from FollowUp f where f.enrolmentId = :e"
                + " order by f.dueDate", FollowUp.class).setParameter("e", p.getEnrolment().getId()).getResultList());
        assertEquals(List.of(today.plusMonths(3), today.plusMonths(6)), followUps.stream().map(FollowUp::getDueDate).toList());
        assertTrue(followUps.get(0).getTitle().startsWith("3 months after the internship at Officine Meccaniche Rossi"),
                followUps.get(0).getTitle());
        assertThrows(FieldRefused.class, () -> jpa.tx(() -> placements.end(p.getId(), ended.getVersion(), Outcome.COMPLETED,
                null, today, tunis)), "an ended placement does not end again");
        assertTrue(CHANGES.fired().stream().anyMatch(c -> c instanceof PlacementChanged pc
                && pc.placementId() == p.getId() && pc.change() == PlacementChanged.Change.ENDED));
        assertFalse(jpa.tx(() -> placements.ofEnrolment(p.getEnrolment().getId(), kebili)).isPresent());
    }
}
