package org.masar.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.testing.MasarServer;

/**
 * MENTOR 2's demo placements, as the loader left them in the test server's database: forty interns
 * of Beni Mellal, Tangier, Tunis and Sfax with hosts of Milan and Turin, at every phase of the
 * journey, one interrupted with its reason, no host over its capacity, visas and policies in
 * every state, and the coordinator's alerts (a visa or a policy ending before the internship, an
 * end within 30 days). Demo placements are told from a test's by their date: the loader dates them
 * in the past, a test makes its own today.
 */
class DemoInternsIT {

    private final MasarServer server = MasarServer.get();

    /** One demo placement with what the checks read. */
    private record Row(long id, long hostId, String region, String stage, String status, String outcome, String reason,
                       LocalDate start, LocalDate end, String sending, String receiving) {
    }

    private final List<Row> rows = new ArrayList<>();
    private LocalDate today;

    @BeforeEach
    void read() throws Exception {
        today = LocalDate.now(ZoneOffset.UTC);
        try (Connection c = server.database().dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT p.id, p.host_id, bs.path, st.code, e.status, p.outcome, p.outcome_reason, p.planned_start,"
                        + " p.planned_end, ss.path, rs.code FROM placement p JOIN enrolment e ON e.id = p.enrolment_id"
                        + " JOIN beneficiary b ON b.id = e.beneficiary_id JOIN site bs ON bs.id = b.site_id"
                        + " JOIN stage st ON st.id = e.current_stage_id JOIN site ss ON ss.id = p.sending_site_id"
                        + " JOIN site rs ON rs.id = p.receiving_site_id JOIN pipeline pl ON pl.id = e.pipeline_id"
                        + " JOIN programme pr ON pr.id = pl.programme_id"
                        + " WHERE pr.code = 'MENTOR2' AND p.created_by = 'interns' AND p.created_at < ? ORDER BY p.id")) {
            q.setDate(1, Date.valueOf(today.minusDays(1)));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3).split("/")[2], r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getDate(8).toLocalDate(), r.getDate(9).toLocalDate(),
                            r.getString(10), r.getString(11)));
                }
            }
        }
    }

    @Test
    void fortyInternsOfTheFourSendingRegionsWithHostsInMilanAndTurin() {
        assertEquals(DemoInterns.COUNT, rows.size(), rows.toString());
        for (Row r : rows) {
            assertTrue(DemoInterns.REGIONS.contains(r.region()), r.toString());
            assertTrue(r.sending().contains("/" + r.region() + "/"), "sent from the intern's site: " + r);
            assertTrue(Set.of("MIL", "TRN").contains(r.receiving()), r.toString());
            assertTrue(r.end().isAfter(r.start().plusDays(58)), "at least 60 days: " + r);
        }
        Set<String> regions = new HashSet<>();
        rows.forEach(r -> regions.add(r.region()));
        assertEquals(Set.copyOf(DemoInterns.REGIONS), regions, "every sending region");
    }

    @Test
    void everyPhaseOfTheJourneyAndOneInterruption() {
        Map<String, Integer> stages = new HashMap<>();
        rows.forEach(r -> stages.merge(r.stage(), 1, Integer::sum));
        for (String stage : List.of("matched", "paperwork", "placed", "completed", "back_home", "employed")) {
            assertTrue(stages.getOrDefault(stage, 0) >= 1, stage + ": " + stages);
        }
        assertFalse(stages.containsKey("candidate"), "a placement moves its candidate on: " + stages);
        List<Row> interrupted = rows.stream().filter(r -> "INTERRUPTED".equals(r.outcome())).toList();
        assertEquals(1, interrupted.size(), rows.toString());
        assertFalse(interrupted.get(0).reason() == null || interrupted.get(0).reason().isBlank(), "with its reason");
        assertEquals("DROPPED", interrupted.get(0).status(), "the journey closed with it");
        Set<String> outcomes = new HashSet<>();
        rows.stream().filter(r -> r.outcome() != null).forEach(r -> outcomes.add(r.outcome()));
        assertTrue(outcomes.containsAll(Set.of("COMPLETED", "HIRED", "BACK_HOME_EMPLOYED", "BACK_HOME_STUDYING")), outcomes.toString());
        for (Row r : rows) {
            if (r.outcome() != null && !r.outcome().equals("INTERRUPTED")) {
                assertEquals("COMPLETED", r.status(), "an outcome other than an interruption follows the journey's completion: " + r);
            }
            if (Set.of("matched", "paperwork", "placed").contains(r.stage()) && r.outcome() == null) {
                assertEquals("ACTIVE", r.status(), r.toString());
            }
        }
    }

    @Test
    void everyStageWasEnteredOnTheDocumentsAndInOrder() throws Exception {
        try (Connection c = server.database().dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT t.enrolment_id, t.at, st.code FROM stage_transition t JOIN stage st ON st.id = t.to_stage_id"
                        + " WHERE t.enrolment_id = (SELECT enrolment_id FROM placement WHERE id = ?) ORDER BY t.id")) {
            for (Row r : rows) {
                q.setLong(1, r.id());
                List<java.time.LocalDateTime> ats = new ArrayList<>();
                List<String> codes = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ats.add(rs.getTimestamp(2).toLocalDateTime());
                        codes.add(rs.getString(3));
                    }
                }
                for (int i = 0; i < ats.size(); i++) {
                    assertTrue(i == 0 || !ats.get(i).isBefore(ats.get(i - 1)), "history in order: " + r + " " + codes + " " + ats);
                    assertTrue(ats.get(i).toLocalDate().isBefore(today.plusDays(1)), "nothing after today: " + r + " " + ats);
                }
                assertEquals("candidate", codes.get(0), r.toString());
                if (!r.stage().equals("candidate")) {
                    assertEquals("matched", codes.get(1), r + " " + codes);
                }
            }
        }
    }

    @Test
    void noHostTakesMoreThanItsCapacity() throws Exception {
        try (Connection c = server.database().dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT h.id, h.capacity, COUNT(p.id) FROM host_organisation h JOIN placement p ON p.host_id = h.id"
                        + " JOIN enrolment e ON e.id = p.enrolment_id WHERE p.outcome IS NULL AND e.status = 'ACTIVE'"
                        + " GROUP BY h.id, h.capacity"); ResultSet r = q.executeQuery()) {
            int hosts = 0;
            while (r.next()) {
                assertTrue(r.getInt(3) <= r.getInt(2), "host " + r.getLong(1) + ": " + r.getInt(3) + " of " + r.getInt(2));
                hosts++;
            }
            assertTrue(hosts >= 10, "running placements over many hosts: " + hosts);
        }
    }

    @Test
    void documentsInEveryStateAndTheCoordinatorsAlerts() throws Exception {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        Map<String, Integer> states = new HashMap<>();
        int visaExpires = 0;
        int insuranceExpires = 0;
        int scans = 0;
        Map<Long, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        try (Connection c = server.database().dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT d.placement_id, d.kind, d.state, d.valid_to, d.scan_id, p.planned_end, p.outcome"
                        + " FROM placement_document d JOIN placement p ON p.id = d.placement_id"); ResultSet r = q.executeQuery()) {
            while (r.next()) {
                if (!ids.contains(r.getLong(1))) {
                    continue;
                }
                String kind = r.getString(2);
                String state = r.getString(3);
                states.merge(kind + " " + state, 1, Integer::sum);
                Date validTo = r.getDate(4);
                boolean running = r.getString(7) == null && byId.get(r.getLong(1)).status().equals("ACTIVE");
                if (running && !state.equals("MISSING") && validTo != null && validTo.toLocalDate().isBefore(r.getDate(6).toLocalDate())) {
                    if (kind.equals("VISA")) {
                        visaExpires++;
                    } else if (kind.equals("INSURANCE")) {
                        insuranceExpires++;
                    }
                }
                r.getLong(5);
                scans += r.wasNull() ? 0 : 1;
            }
        }
        for (String kind : List.of("AGREEMENT", "VISA", "INSURANCE", "ARRIVAL", "EVALUATION", "CERTIFICATE")) {
            assertTrue(states.getOrDefault(kind + " VERIFIED", 0) >= 1, kind + ": " + states);
            assertTrue(states.getOrDefault(kind + " MISSING", 0) >= 1, kind + ": " + states);
        }
        assertTrue(states.getOrDefault("VISA RECEIVED", 0) >= 1, "a visa waiting to be verified: " + states);
        assertTrue(states.getOrDefault("INSURANCE RECEIVED", 0) >= 1, states.toString());
        assertTrue(visaExpires >= 2, "visas ending before the internship: " + visaExpires);
        assertTrue(insuranceExpires >= 2, "policies ending before the internship: " + insuranceExpires);
        assertTrue(scans >= 5, "a few scans: " + scans);
        long ending = rows.stream().filter(r -> r.outcome() == null && r.status().equals("ACTIVE"))
                .filter(r -> !r.end().isBefore(today) && !r.end().isAfter(today.plusDays(30))).count();
        assertTrue(ending >= 2, "placements ending within 30 days: " + ending);
    }

    @Test
    void endedPlacementsHaveTheirReturnFollowUps() throws Exception {
        try (Connection c = server.database().dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM follow_up f JOIN placement p ON p.enrolment_id = f.enrolment_id"
                        + " WHERE p.outcome IS NOT NULL AND p.created_by = 'interns' AND p.created_at < ?")) {
            q.setDate(1, Date.valueOf(today.minusDays(1)));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                assertTrue(r.getInt(1) >= 2, "follow-ups after the return: " + r.getInt(1));
            }
        }
    }
}
