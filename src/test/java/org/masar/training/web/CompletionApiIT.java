package org.masar.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masar.training.web.TrainingFixture.PW;
import static org.masar.training.web.TrainingFixture.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.testing.Accounts;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * {@code POST /api/v1/courses/{id}/completion} on a TRAIT D'union course of Sfax made for the test
 * (the demo binds TDU's completion criteria to the records): the course's trainer completes those
 * who met the rule — their journeys end at the completion stage with the records' evidence in
 * their history, each with a certificate — and is told who could not complete and why; one under
 * the rule is left. A case worker of the site reads the course and completes nobody (403), a
 * trainer who does not teach it and one named on it but working elsewhere do not find it (404, as
 * an unknown course), a donor is refused (403). Called again, it completes nobody new.
 */
class CompletionApiIT {

    private final MasarServer server = MasarServer.get();
    private final TrainingFixture fixture = new TrainingFixture(server);

    private HttpResponse<String> complete(long course, String user) {
        return Http.send(server, "POST", "/api/v1/courses/" + course + "/completion", user, PW, null);
    }

    @Test
    void theTrainerCompletesThoseWhoMetTheRuleByTheirRecordsOnceAndOthersAreRefused() {
        String elsewhere = Accounts.create(server, "completion-kebili-trainer", Role.TRAINER, "KEB");
        String colleague = Accounts.create(server, "completion-sfax-trainer", Role.TRAINER, "SFX");
        JsonObject pipeline = fixture.pipeline("TDU");
        JsonObject certified = TrainingFixture.stage(pipeline, "certified");
        assertEquals(Set.of("training-attendance", "training-assessment"), certified.getJsonArray("criteria").stream()
                        .map(JsonValue::asJsonObject).map(c -> c.getString("evidenceSource", null)).collect(Collectors.toSet()),
                "the demo binds the certified stage's criteria to the records: " + certified);

        // A and C come to every session, B to half of them (under 75 %); D comes too, but her journey is still at its first stage.
        long a = fixture.enrol(fixture.person("Amel", "Completea", "SFX-M"), pipeline);
        long b = fixture.enrol(fixture.person("Basma", "Completeb", "SFX-M"), pipeline);
        long c = fixture.enrol(fixture.person("Chaima", "Completec", "SFX-M"), pipeline);
        long d = fixture.enrol(fixture.person("Dorra", "Completed", "SFX-M"), pipeline);
        for (long e : List.of(a, b, c)) {
            fixture.intoTraining(e, pipeline);
        }
        long course = fixture.course("TDU", "SFX-M", "Complétion par les registres (API)", 75, "\"trainer\",\"" + elsewhere + "\"");
        List<Long> participants = fixture.participants(course, List.of(a, b, c, d));
        String[][] marks = {{"PRESENT", "ABSENT", "PRESENT", "PRESENT"}, {"PRESENT", "PRESENT", "LATE", "PRESENT"},
            {"LATE", "ABSENT", "PRESENT", "PRESENT"}, {"PRESENT", "PRESENT", "PRESENT", "PRESENT"}};
        String[] days = {"2023-01-09", "2023-01-16", "2023-01-23", "2023-01-30"};
        for (int i = 0; i < days.length; i++) {
            fixture.attendance(fixture.session(course, days[i]), participants, marks[i]);
        }
        HttpResponse<String> register = Http.get(server, "/api/v1/courses/" + course + "/participants", "trainer", PW);
        assertEquals(200, register.statusCode(), register.body());
        assertEquals(Set.of(a, c, d), TrainingFixture.array(register).stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getBoolean("met")).map(p -> p.getJsonNumber("enrolmentId").longValue())
                .collect(Collectors.toSet()), "B, at 50 %, is under the rule: " + register.body());

        HttpResponse<String> unknown = complete(987_654_321L, "trainer");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(403, complete(course, "sfax").statusCode(), "a case worker of the site reads the course, completes nobody");
        assertEquals(403, complete(course, "donor").statusCode(), "donors see counts only");
        for (String other : List.of(colleague, elsewhere)) {
            HttpResponse<String> notThere = complete(course, other);
            assertEquals(404, notThere.statusCode(), other + ": " + notThere.body());
            assertEquals(unknown.body(), notThere.body(), other + ": out of reach answers exactly as unknown");
        }
        for (long e : List.of(a, b, c, d)) {
            assertEquals("ACTIVE", fixture.enrolment(e).getString("status"), "nobody was moved by a refused call");
        }

        HttpResponse<String> done = complete(course, "trainer");
        assertEquals(200, done.statusCode(), done.body());
        JsonArray moves = json(done).getJsonArray("moves");
        assertEquals(Set.of(a, c, d), moves.stream().map(JsonValue::asJsonObject).map(m -> m.getJsonNumber("enrolmentId")
                .longValue()).collect(Collectors.toSet()), "those who met the rule are tried, B is left: " + done.body());
        for (JsonValue v : moves) {
            JsonObject m = v.asJsonObject();
            long enrolment = m.getJsonNumber("enrolmentId").longValue();
            assertEquals(enrolment != d, m.getBoolean("moved"), done.body());
            assertEquals(enrolment == d, m.containsKey("reason") && !m.isNull("reason"), "a reason for the refusal alone: " + m);
        }
        JsonObject refused = moves.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("enrolmentId").longValue() == d).findFirst().orElseThrow();
        assertFalse(refused.getString("reason").isBlank());
        assertFalse(refused.getString("reason").contains("enrolment.error"), "the reason in words: " + refused);
        assertEquals(Set.of(participants.get(0), participants.get(2)), json(done).getJsonArray("certificates").stream()
                .map(JsonValue::asJsonObject).map(x -> x.getJsonNumber("participantId").longValue()).collect(Collectors.toSet()),
                "a certificate for each journey completed: " + done.body());
        json(done).getJsonArray("certificates").stream().map(JsonValue::asJsonObject).forEach(x -> {
            assertTrue(x.getString("code").matches("[A-Z2-9]{5}-[A-Z2-9]{5}"), x.toString());
            assertEquals(12.0, x.getJsonNumber("hours").doubleValue(), "four sessions of three hours attended: " + x);
        });

        for (long e : List.of(a, c)) {
            JsonObject enrolment = fixture.enrolment(e);
            assertEquals("COMPLETED", enrolment.getString("status"), enrolment.toString());
            assertEquals("certified", enrolment.getJsonObject("stage").getString("code"));
            JsonArray history = enrolment.getJsonArray("history");
            JsonObject last = history.stream().map(JsonValue::asJsonObject).filter(h -> h.getJsonObject("to") != null
                    && h.getJsonObject("to").getString("code").equals("certified")).findFirst().orElseThrow();
            assertEquals("trainer", last.getString("by"));
            JsonArray criteria = last.getJsonArray("criteria");
            assertEquals(2, criteria.size(), last.toString());
            for (JsonValue cv : criteria) {
                JsonObject criterion = cv.asJsonObject();
                assertEquals("EVIDENCE", criterion.getString("how"), "met by the records, not ticked: " + criterion);
                JsonObject evidence = criterion.getJsonObject("evidence");
                assertNotNull(evidence, criterion.toString());
                assertTrue(evidence.getBoolean("met"));
                assertEquals("course", evidence.getString("recordKind"));
                assertEquals(course, evidence.getJsonNumber("recordId").longValue());
                assertTrue(evidence.getString("summary").contains("Complétion par les registres (API)"), evidence.toString());
            }
        }
        assertEquals("ACTIVE", fixture.enrolment(b).getString("status"), "under the rule: left as it was");
        assertEquals("registered", fixture.enrolment(d).getJsonObject("stage").getString("code"), "refused: left as it was");

        HttpResponse<String> again = complete(course, "trainer");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(json(again).getJsonArray("moves").stream().map(JsonValue::asJsonObject).noneMatch(m -> m.getBoolean("moved")),
                "nobody new is completed: " + again.body());
        assertEquals(0, json(again).getJsonArray("certificates").size(), "no second certificate: " + again.body());
        for (long e : List.of(a, c)) {
            long lines = fixture.enrolment(e).getJsonArray("history").stream().map(JsonValue::asJsonObject)
                    .filter(h -> h.getJsonObject("to") != null && h.getJsonObject("to").getString("code").equals("certified"))
                    .count();
            assertEquals(1, lines, "one completion in the history");
        }
    }
}
