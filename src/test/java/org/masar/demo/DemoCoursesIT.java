package org.masar.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * The demo's courses, as the {@code trainer} account finds them: courses of TRAIT D'union (master
 * classes in fashion, design and web marketing, a training of trainers), CROLET (vocational
 * training in Kebili and Sidi Bouzid) and Savoir Faire (financial literacy in Tuscany), each taught
 * by the trainer within its programme's period, sessions never after today, participants who met
 * the rule and others who did not, and certificates; the programme's completion criteria bound to
 * the records, which completed CROLET's journeys.
 */
class DemoCoursesIT {

    private static final String PW = "masar-demo";
    private final MasarServer server = MasarServer.get();

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** Certificates of each course, and the enrolments of their holders, from the database. */
    private Map<Long, List<Long>> certified(List<Long> courses) throws Exception {
        Map<Long, List<Long>> holders = new HashMap<>();
        try (Connection c = server.database().dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT p.course_id, p.enrolment_id FROM course_certificate x JOIN course_participant p ON p.id = x.participant_id")) {
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    if (courses.contains(r.getLong(1))) {
                        holders.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
                    }
                }
            }
        }
        return holders;
    }

    /**
     * The demo's courses: their participants were all added before the first session, as the
     * loader dates them; a test's course is made today, for sessions in the past.
     */
    private Set<Long> demoCourses() throws Exception {
        Set<Long> ids = new java.util.HashSet<>();
        try (Connection c = server.database().dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT p.course_id FROM course_participant p JOIN course c ON c.id = p.course_id GROUP BY p.course_id"
                        + " HAVING MAX(p.added_at) < MIN(c.start_date)"); ResultSet r = q.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    @ParameterizedTest
    @CsvSource({"TDU, FASHION DESIGN WEB_MARKETING SOCIAL_ENTERPRISE MICRO_CREDIT, TUN-M SFX-M SFX MAH-M, 2020-12-14, 2023-12-13",
        "CROLET, VOCATIONAL, KEB-M DOUZ SBZ-M, 2020-07-01, ",
        "SAVOIR-FAIRE, FINANCIAL_LITERACY, FLR, 2018-10-01, 2019-09-30"})
    void theTrainerTeachesCoursesOfTheProgrammeWithCertificates(String programme, String topics, String sites, LocalDate start,
                                                                LocalDate end) throws Exception {
        HttpResponse<String> list = Http.get(server, "/api/v1/courses?size=200&programme=" + programme, "trainer", PW);
        assertEquals(200, list.statusCode(), list.body());
        Set<Long> demo = demoCourses();
        List<JsonObject> courses = json(list).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> demo.contains(c.getJsonNumber("id").longValue())).toList();
        assertTrue(courses.size() >= 2, programme + ": " + list.body());
        LocalDate today = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        for (JsonObject c : courses) {
            assertEquals(programme, c.getString("programme"));
            assertTrue(c.getJsonArray("trainers").stream().anyMatch(t -> t.toString().equals("\"trainer\"")), c.toString());
            assertTrue(Set.of(topics.split(" ")).contains(c.getString("topic")), c.toString());
            assertTrue(Set.of(sites.split(" ")).contains(c.getString("site")), c.toString());
            assertFalse(LocalDate.parse(c.getString("startDate")).isBefore(start), c.toString());
            assertFalse(end != null && LocalDate.parse(c.getString("endDate")).isAfter(end), c.toString());
            JsonArray sessions = array(Http.get(server, "/api/v1/courses/" + c.getJsonNumber("id") + "/sessions", "trainer", PW));
            assertTrue(sessions.size() >= 5, "weekly sessions: " + c);
            assertTrue(sessions.stream().map(s -> LocalDate.parse(s.asJsonObject().getString("date"))).noneMatch(today::isBefore),
                    "no session after today: " + c);
            assertTrue(sessions.stream().anyMatch(s -> s.asJsonObject().getBoolean("held")), c.toString());
        }
        assertTrue(courses.stream().anyMatch(c -> c.getBoolean("assessed") && c.getInt("passMark") > 0),
                programme + " assesses a course: " + list.body());
        if (programme.equals("TDU")) {
            assertTrue(courses.stream().map(c -> c.getString("topic")).collect(Collectors.toSet())
                    .containsAll(Set.of("FASHION", "DESIGN", "WEB_MARKETING")), "master classes: " + list.body());
            assertTrue(courses.stream().anyMatch(c -> c.getBoolean("trainingOfTrainers")), "a training of trainers: " + list.body());
        }

        // Participants who met the rule and others who did not, scores in the assessed courses.
        List<JsonObject> participants = new ArrayList<>();
        for (JsonObject c : courses) {
            JsonArray rows = array(Http.get(server, "/api/v1/courses/" + c.getJsonNumber("id") + "/participants", "trainer", PW));
            assertTrue(rows.size() >= 4, c.toString());
            rows.stream().map(JsonValue::asJsonObject).forEach(participants::add);
            if (c.getBoolean("assessed") && array(Http.get(server, "/api/v1/courses/" + c.getJsonNumber("id") + "/sessions",
                    "trainer", PW)).stream().allMatch(s -> s.asJsonObject().getBoolean("held"))) {
                assertTrue(rows.stream().map(JsonValue::asJsonObject).allMatch(p -> p.containsKey("score") && !p.isNull("score")), "scored: " + c);
            }
        }
        assertTrue(participants.stream().anyMatch(p -> p.getBoolean("met")), programme);
        assertTrue(participants.stream().anyMatch(p -> !p.getBoolean("met")), programme);
        if (!programme.equals("SAVOIR-FAIRE")) {
            assertTrue(participants.stream().anyMatch(p -> p.getBoolean("atRisk")), programme + ": someone at risk");
        }

        // The completion criteria are bound to the records; the met participants of the ended courses hold certificates.
        JsonObject training = array(Http.get(server, "/api/v1/pipelines?programme=" + programme, "manager", PW)).stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("type").equals("TRAINING")).findFirst().orElseThrow();
        JsonObject certifiedStage = training.getJsonArray("stages").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("code").equals("certified")).findFirst().orElseThrow();
        assertEquals(Set.of("training-attendance", "training-assessment"), certifiedStage.getJsonArray("criteria").stream()
                .map(JsonValue::asJsonObject).map(c -> c.getString("evidenceSource", null)).collect(Collectors.toSet()));
        Map<Long, List<Long>> holders = certified(courses.stream().map(c -> c.getJsonNumber("id").longValue()).toList());
        assertFalse(holders.isEmpty(), programme + " has certificates");
        Set<Long> metEnrolments = participants.stream().filter(p -> p.getBoolean("met"))
                .map(p -> p.getJsonNumber("enrolmentId").longValue()).collect(Collectors.toSet());
        assertTrue(holders.values().stream().flatMap(List::stream).allMatch(metEnrolments::contains),
                "certificates only for those who met the rule");
        if (programme.equals("CROLET")) {
            // CROLET runs: journeys still in training were completed by their records.
            boolean byRecords = false;
            for (long enrolment : holders.values().stream().flatMap(List::stream).toList()) {
                JsonObject e = json(Http.get(server, "/api/v1/enrolments/" + enrolment, "manager", PW));
                byRecords |= e.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                        .filter(h -> h.getJsonObject("to") != null && h.getJsonObject("to").getString("code").equals("certified"))
                        .anyMatch(h -> h.getJsonArray("criteria").stream()
                                .allMatch(c -> c.asJsonObject().getString("how").equals("EVIDENCE")));
            }
            assertTrue(byRecords, "a CROLET journey completed by its records");
        }
    }
}
