package org.masar.internship.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.event.PersonErased;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.beneficiary.service.TimelineEntry;
import org.masar.internship.domain.AgreementChange;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.internship.domain.LanguageLevel;
import org.masar.internship.domain.Outcome;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.internship.domain.Scan;
import org.masar.internship.event.PlacementChanged;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.testing.Jpa;
import org.masar.testing.SyncEvents;
import org.masar.testing.Wiring;

/**
 * What placements add to a person's records, against MariaDB: their timeline (the match, the
 * agreement signed, each document received and verified, the outcome) for whom sees the placement
 * and nobody else; their workbook (placements, changes, documents, a scan named and never
 * included); and their erasure (scans deleted, texts and numbers gone, who, when and state kept).
 */
class PlacementRecordsIT {

    private static PlacementWorld world;
    private static Jpa jpa;
    private static PlacementService placements;
    private static HostService hosts;
    private static EnrolmentService enrolments;
    private static BeneficiaryService registry;
    private static SyncEvents<PlacementChanged> CHANGES;
    private static Pipeline internship;
    private static Caller tunisWorker;
    private static Caller tunis;
    private static Caller milan;
    private static Caller piedmont;
    private static Caller admin;
    private static long hostId;
    private static int people;

    @BeforeAll
    static void start() {
        world = new PlacementWorld("placement_records");
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
        admin = world.admin;
        CHANGES = world.changes;
        hostId = jpa.tx(() -> hosts.create(new Host.Details("Officine Meccaniche Rossi S.r.l.", "IT", "Milano",
                HostSector.MECHANICS, HostSize.UNDER_250, null, null, null, null, null, null, true,
                List.of(new Host.TutorLine("Luca Verdi", null, null, List.of("it", "fr"))), 10), "test hosts", milan)).getId();
    }

    @AfterAll
    static void stop() {
        world.close();
    }


    /**
     * A Tunis intern's placement in Milan, worked as far as an interruption: the agreement signed
     * and changed, the agreement and visa verified (the visa with a scan), the insurance received.
     */
    private static Placement interrupted() {
        people++;
        var form = org.masar.testing.People.form("Amal" + people, "Recordsintern", Sex.F, LocalDate.now().minusYears(23), "TUN-M");
        form.setResidenceCountry("TN");
        form.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
        String code = jpa.tx(() -> registry.register(form, tunisWorker, "test data, all different people").getCode());
        Enrolment e = jpa.tx(() -> enrolments.enrol(new EnrolForm(code, internship.getId(), null, null, null), tunisWorker));
        long lombardy = jpa.tx(() -> Wiring.sites(jpa).byCodes(List.of("LOM")).get(0).getId());
        LocalDate today = LocalDate.now();
        LocalDate start = today.plusMonths(1);
        LocalDate end = start.plusMonths(6);
        Placement p = jpa.tx(() -> placements.match(e.getId(), hostId, new Placement.Plan("Luca Verdi", start, end, "Milano"),
                lombardy, tunis));
        int v1 = jpa.tx(() -> placements.agreeBefore(p.getId(), p.getVersion(), new Placement.Before("Assembly line work",
                "Reads drawings; runs a CNC lathe", "A call every month", "Tutor's grid", LanguageLevel.B1, today, today,
                today), tunis)).getVersion();
        int v2 = jpa.tx(() -> placements.mark(p.getId(), v1, DocumentKind.AGREEMENT, DocumentState.VERIFIED, null, tunis))
                .getVersion();
        int v3 = jpa.tx(() -> placements.addChange(p.getId(), v2, today, "Two weeks in the paint shop",
                "Intern, host and sending organisation", tunis)).getVersion();
        byte[] pdf = "%PDF-1.4\n% a visa\n".getBytes(StandardCharsets.US_ASCII);
        int v4 = jpa.tx(() -> placements.upload(p.getId(), v3, DocumentKind.VISA, pdf, "visa amal.pdf", tunis)).getVersion();
        int v5 = jpa.tx(() -> placements.mark(p.getId(), v4, DocumentKind.VISA, DocumentState.VERIFIED,
                new PlacementDocument.Details("ITA123456", "D - study/training", start.minusDays(5), end.plusDays(5)), milan))
                .getVersion();
        int v6 = jpa.tx(() -> placements.mark(p.getId(), v5, DocumentKind.INSURANCE, DocumentState.RECEIVED,
                new PlacementDocument.Details("POL-77", null, start, end), tunis)).getVersion();
        return jpa.tx(() -> placements.end(p.getId(), v6, Outcome.INTERRUPTED, "Visa withdrawn after a family emergency",
                today, tunis));
    }

    private static Beneficiary personOf(Placement p) {
        return jpa.tx(() -> {
            Beneficiary b = jpa.em().createQuery("select e.beneficiary from Placement p join p.enrolment e where p.id = :id",
                    Beneficiary.class).setParameter("id", p.getId()).getSingleResult();
            b.getSite().getPath();
            return b;
        });
    }

    @Test
    void theTimelineTellsTheMatchTheSignaturesTheDocumentsAndTheOutcomeToWhomSeesThePlacement() {
        Placement p = interrupted();
        Beneficiary person = personOf(p);
        PlacementTimeline timeline = Wiring.set(new PlacementTimeline(), "em", jpa.em());
        List<TimelineEntry> entries = jpa.tx(() -> timeline.entries(person, tunis));
        List<String> kinds = entries.stream().map(TimelineEntry::getKind).toList();
        assertEquals(List.of("internship.timeline.matched", "internship.timeline.signed", "internship.timeline.received",
                "internship.timeline.verified", "internship.timeline.received", "internship.timeline.verified",
                "internship.timeline.received", "internship.timeline.ended"), kinds, "the documents in checklist order");
        TimelineEntry matched = entries.get(0);
        assertEquals("Officine Meccaniche Rossi S.r.l.", matched.title(Locale.ENGLISH));
        assertTrue(matched.detail(Locale.FRENCH).contains("Milano"), matched.detail(Locale.FRENCH));
        assertEquals("tunis-interns", matched.getWho());
        assertEquals(p.getEnrolment().getId(), matched.getEnrolmentId());
        assertEquals("Visa", entries.get(4).title(Locale.ENGLISH));
        assertEquals("milan-interns", entries.get(5).getWho(), "who verified the visa");
        TimelineEntry ended = entries.get(entries.size() - 1);
        assertTrue(ended.title(Locale.ENGLISH).startsWith("Interrupted"), ended.title(Locale.ENGLISH));
        assertEquals("Visa withdrawn after a family emergency", ended.detail(Locale.ENGLISH));
        assertEquals(kinds, jpa.tx(() -> timeline.entries(person, milan)).stream().map(TimelineEntry::getKind).toList(),
                "the receiving side");
        assertEquals(kinds.size(), jpa.tx(() -> timeline.entries(person, tunisWorker)).size(), "the intern's case worker");
        assertEquals(List.of(), jpa.tx(() -> timeline.entries(person, piedmont)), "nobody else");
        // The profile reads every source in one transaction: the moves, met on the documents, then the placement.
        org.masar.pipeline.service.MovesTimeline moves = Wiring.set(new org.masar.pipeline.service.MovesTimeline(), "em", jpa.em());
        List<TimelineEntry> both = jpa.tx(() -> {
            List<TimelineEntry> all = new java.util.ArrayList<>(moves.entries(person, tunis));
            all.forEach(e -> e.detail(Locale.ENGLISH)); // as the page renders them, before the next source's query
            all.addAll(timeline.entries(person, tunis));
            all.addAll(moves.entries(person, tunis));
            return all;
        });
        assertTrue(both.stream().anyMatch(e -> e.getKind().startsWith("move.")), both.toString());
        both.forEach(e -> e.detail(Locale.ENGLISH));
        Caller donor = new Caller(9, "donor", "Donor", Set.of(Role.DONOR_VIEWER), tunis.scope(), "en");
        assertEquals(List.of(), jpa.tx(() -> timeline.entries(person, donor)));
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static XSSFWorkbook workbook(Beneficiary person, Locale locale) throws Exception {
        PlacementPersonData data = Wiring.set(new PlacementPersonData(), "em", jpa.em());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamedWorkbook book = new StreamedWorkbook()) {
            int written = jpa.tx(() -> data.write(person, book, new Column.Context(locale, Wiring.CLOCK)));
            assertEquals(1 + 1 + DocumentKind.values().length, written, "one placement, one change, its checklist");
            book.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theWorkbookHoldsThePlacementItsChangesAndItsDocumentsAndNamesTheScanWithoutIt() throws Exception {
        Placement p = interrupted();
        Beneficiary person = personOf(p);
        try (XSSFWorkbook book = workbook(person, Locale.ENGLISH)) {
            List<List<String>> placement = rows(book.getSheet("Placements"));
            assertEquals(2, placement.size());
            assertEquals("Host", placement.get(0).get(2));
            String line = String.join("|", placement.get(1));
            for (String held : List.of("Officine Meccaniche Rossi S.r.l.", "Milano", "Luca Verdi", "Assembly line work",
                    "Reads drawings; runs a CNC lathe", "B1", "Interrupted", "Visa withdrawn after a family emergency",
                    "tunis-interns", "TUN-M", "LOM")) {
                assertTrue(line.contains(held), held + " in " + line);
            }
            List<List<String>> changes = rows(book.getSheet("Agreement changes"));
            assertEquals(2, changes.size());
            assertTrue(changes.get(1).containsAll(List.of("Two weeks in the paint shop", "Intern, host and sending organisation",
                    "tunis-interns")), changes.toString());
            List<List<String>> documents = rows(book.getSheet("Placement documents"));
            assertEquals(1 + DocumentKind.values().length, documents.size());
            List<String> visa = documents.stream().filter(r -> r.get(1).equals("Visa")).findFirst().orElseThrow();
            assertEquals("verified", visa.get(2));
            assertEquals("ITA123456", visa.get(3));
            assertEquals("milan-interns", visa.get(10));
            assertEquals("TRUE", visa.get(11), "a scan is kept");
            assertTrue(visa.get(12).startsWith("visa_amal.pdf (application/pdf, "), visa.toString());
            assertFalse(String.join("|", visa).contains("%PDF"), "its bytes are not in the workbook");
            List<String> arrival = documents.stream().filter(r -> r.get(1).equals("Letter of arrival")).findFirst().orElseThrow();
            assertEquals("missing", arrival.get(2));
            assertEquals("FALSE", arrival.get(11));
        }
        try (XSSFWorkbook book = workbook(person, Locale.FRENCH)) {
            assertNotNull(book.getSheet("Stages"), "in the person's language");
        }
    }

    @Test
    void anErasureDeletesTheScansAndTheTextsAndKeepsWhoWhenAndState() {
        Placement p = interrupted();
        Beneficiary person = personOf(p);
        Placement other = interrupted();
        Long scanId = jpa.tx(() -> placements.find(p.getId(), tunis).document(DocumentKind.VISA).getScanId());
        Long otherScan = jpa.tx(() -> placements.find(other.getId(), tunis).document(DocumentKind.VISA).getScanId());
        assertNotNull(scanId);
        PlacementErasure erasure = Wiring.set(new PlacementErasure(), "em", jpa.em());
        jpa.run(() -> erasure.erased(new PersonErased(person.getId(), person.getCode(), List.of(person.getId()), "tunis-worker",
                "admin", LocalDateTime.now())));
        jpa.em().clear();
        assertNull(jpa.tx(() -> jpa.em().find(Scan.class, scanId)), "the scan is deleted");
        assertNotNull(jpa.tx(() -> jpa.em().find(Scan.class, otherScan)), "another intern's stays");
        Placement erased = jpa.tx(() -> {
            Placement x = jpa.em().find(Placement.class, p.getId());
            x.getChanges().size();
            x.getDocuments().size();
            return x;
        });
        assertEquals(Beneficiary.ERASED, erased.before().programme());
        assertEquals(Beneficiary.ERASED, erased.before().learningOutcomes());
        assertEquals(Beneficiary.ERASED, erased.before().monitoringPlan());
        assertEquals(Beneficiary.ERASED, erased.getOutcomeReason());
        assertNull(erased.after().hostEvaluation(), "nothing was written there: nothing to mark");
        assertTrue(erased.before().signed(), "the signatures' dates stay");
        assertEquals(Outcome.INTERRUPTED, erased.getOutcome());
        AgreementChange change = erased.getChanges().get(0);
        assertEquals(Beneficiary.ERASED, change.getDescription());
        assertEquals(Beneficiary.ERASED, change.getAgreedBy());
        assertEquals("tunis-interns", change.getRecordedBy());
        PlacementDocument visa = erased.document(DocumentKind.VISA);
        assertNull(visa.getScanId());
        assertNull(visa.getNumber());
        assertNull(visa.getType());
        assertEquals(DocumentState.VERIFIED, visa.getState());
        assertEquals("milan-interns", visa.getVerifiedBy());
        assertNotNull(visa.getVerifiedAt());
        assertNotNull(visa.getValidTo(), "the dates stay");
        assertNull(erased.document(DocumentKind.INSURANCE).getNumber(), "the policy's number goes");
        Placement untouched = jpa.tx(() -> jpa.em().find(Placement.class, other.getId()));
        assertEquals("Assembly line work", untouched.before().programme(), "another intern's placement stays as it was");
        assertEquals("ITA123456", jpa.tx(() -> placements.find(other.getId(), tunis)).document(DocumentKind.VISA).getNumber());
    }
}
