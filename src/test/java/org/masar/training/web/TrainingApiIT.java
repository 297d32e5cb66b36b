package org.masar.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * The training API on the demo data: courses listed as each role may see them, created and updated
 * from a version (409 when stale), 400 per field, 404 out of scope exactly as unknown, 422 for a
 * person who cannot join, sessions and series, and the attendance grid saved whole (409 when stale).
 */
class TrainingApiIT {

    private static final String PW = "masar-demo";
    private final MasarServer server = MasarServer.get();

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private JsonObject demoCourse(String user, String titleStart) {
        HttpResponse<String> list = Http.get(server, "/api/v1/courses?size=200", user, PW);
        assertEquals(200, list.statusCode(), list.body());
        return json(list).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("title").startsWith(titleStart)).findFirst().orElseThrow(() -> new AssertionError(list.body()));
    }

    private static final String NEW_COURSE = """
            {"programme":"TDU","site":"TUN-M","title":"%s","topic":"governance","language":"fr","plannedHours":12,
             "startDate":"2023-01-09","endDate":"2023-02-27","capacity":%d,"minAttendance":75,"trainers":["trainer"]}""";

    @Test
    void coursesAreListedCreatedAndUpdatedAsEachRoleMay() {
        JsonObject sfaxCourse = demoCourse("trainer", "Gestion");
        demoCourse("trainer", "Micro");
        HttpResponse<String> caseWorker = Http.get(server, "/api/v1/courses?size=200", "sfax", PW);
        assertTrue(json(caseWorker).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .allMatch(c -> c.getString("site").startsWith("SFX")), "a case worker sees the courses of their sites: " + caseWorker.body());
        assertEquals(403, Http.get(server, "/api/v1/courses", "donor", PW).statusCode(), "donors see counts only");

        HttpResponse<String> bad = Http.send(server, "POST", "/api/v1/courses", "manager", PW,
                "{\"programme\":\"TDU\",\"site\":\"TUN-M\",\"title\":\" \",\"topic\":\"COOKING\",\"language\":\"french\","
                        + "\"plannedHours\":0,\"startDate\":\"2023-02-01\",\"endDate\":\"2023-01-01\",\"capacity\":5,\"minAttendance\":120}");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject fields = json(bad).getJsonObject("fields");
        assertTrue(fields.containsKey("topic"), bad.body());
        HttpResponse<String> bad2 = Http.send(server, "POST", "/api/v1/courses", "manager", PW,
                "{\"programme\":\"TDU\",\"site\":\"TUN-M\",\"title\":\" \",\"topic\":\"GOVERNANCE\",\"language\":\"french\","
                        + "\"plannedHours\":0,\"startDate\":\"2023-02-01\",\"endDate\":\"2023-01-01\",\"capacity\":5,\"minAttendance\":120}");
        assertEquals(400, bad2.statusCode(), bad2.body());
        JsonObject each = json(bad2).getJsonObject("fields");
        for (String field : new String[] {"title", "language", "plannedHours", "endDate", "minAttendance"}) {
            assertTrue(each.containsKey(field), field + " refused on its own: " + bad2.body());
        }
        assertEquals("Give the course a title.", each.getString("title"));

        assertEquals(403, Http.send(server, "POST", "/api/v1/courses", "trainer", PW, NEW_COURSE.formatted("Mine", 10)).statusCode(),
                "a trainer does not plan courses");
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/courses", "manager", PW,
                NEW_COURSE.formatted("Gouvernance locale (API)", 10));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject course = json(created);
        long id = course.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/courses/" + id));
        assertEquals("GOVERNANCE", course.getString("topic"));
        assertEquals(200, Http.get(server, "/api/v1/courses/" + id, "trainer", PW).statusCode(), "the trainer named sees it");

        int version = course.getInt("version");
        HttpResponse<String> updated = Http.send(server, "PUT", "/api/v1/courses/" + id, "trainer", PW,
                NEW_COURSE.formatted("Gouvernance locale (API, 2)", 12).replace("{", "{\"version\":" + version + ","));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(12, json(updated).getInt("capacity"));
        HttpResponse<String> stale = Http.send(server, "PUT", "/api/v1/courses/" + id, "manager", PW,
                NEW_COURSE.formatted("Too late", 12).replace("{", "{\"version\":" + version + ","));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("Gouvernance locale (API, 2)", json(stale).getJsonObject("current").getString("title"),
                "a stale change is answered with the course as it now stands");

        HttpResponse<String> outOfScope = Http.get(server, "/api/v1/courses/" + id, "sfax", PW);
        HttpResponse<String> unknown = Http.get(server, "/api/v1/courses/987654321", "sfax", PW);
        assertEquals(404, outOfScope.statusCode());
        assertEquals(unknown.body(), outOfScope.body(), "out of scope answers exactly like unknown");
        assertEquals(404, Http.get(server, "/api/v1/courses/" + id + "/sessions", "kebili", PW).statusCode());
        assertEquals(403, Http.send(server, "PUT", "/api/v1/courses/" + sfaxCourse.getJsonNumber("id") , "sfax", PW,
                NEW_COURSE.formatted("Case worker", 10).replace("{", "{\"version\":" + sfaxCourse.getInt("version") + ",")).statusCode(),
                "a case worker reads the courses of their sites, and changes none");
    }

    @Test
    void sessionsSeriesParticipantsAndTheGrid() {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/courses", "manager", PW,
                NEW_COURSE.formatted("Séries et présences (API)", 10));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        String sessions = "/api/v1/courses/" + id + "/sessions";

        HttpResponse<String> noDays = Http.send(server, "POST", sessions + "/series", "trainer", PW,
                "{\"from\":\"2023-01-09\",\"to\":\"2023-01-31\",\"days\":[],\"start\":\"9h\",\"end\":\"12:00\"}");
        assertEquals(400, noDays.statusCode(), noDays.body());
        assertTrue(json(noDays).getJsonObject("fields").containsKey("start"), noDays.body());
        HttpResponse<String> series = Http.send(server, "POST", sessions + "/series", "trainer", PW,
                "{\"from\":\"2023-01-09\",\"to\":\"2023-01-31\",\"days\":[\"monday\",\"THURSDAY\"],\"start\":\"09:00\","
                        + "\"end\":\"12:00\",\"place\":\"Salle 2\",\"trainer\":\"trainer\"}");
        assertEquals(201, series.statusCode(), series.body());
        JsonArray made = array(series);
        assertEquals(7, made.size(), "Mondays and Thursdays from 9 to 31 January 2023");
        JsonObject first = made.getJsonObject(0);
        long sessionId = first.getJsonNumber("id").longValue();
        HttpResponse<String> moved = Http.send(server, "PUT", "/api/v1/sessions/" + sessionId, "trainer", PW,
                "{\"date\":\"2023-01-10\",\"start\":\"14:00\",\"end\":\"17:00\",\"place\":\"Salle 3\",\"version\":%d}"
                        .formatted(first.getInt("version")));
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("2023-01-10", json(moved).getString("date"));
        HttpResponse<String> staleSession = Http.send(server, "PUT", "/api/v1/sessions/" + sessionId, "trainer", PW,
                "{\"date\":\"2023-01-11\",\"start\":\"14:00\",\"end\":\"17:00\",\"version\":%d}".formatted(first.getInt("version")));
        assertEquals(409, staleSession.statusCode(), staleSession.body());
        assertEquals(7, array(Http.get(server, sessions, "trainer", PW)).size());

        HttpResponse<String> nobody = Http.send(server, "POST", "/api/v1/courses/" + id + "/participants", "trainer", PW,
                "{\"enrolmentIds\":[987654321]}");
        assertEquals(422, nobody.statusCode(), nobody.body());
        assertTrue(json(nobody).getString("error").contains("Not enrolled in this programme"), nobody.body());
        HttpResponse<String> noCohort = Http.send(server, "POST", "/api/v1/courses/" + id + "/participants", "trainer", PW,
                "{\"cohort\":\"No such cohort 1999\"}");
        assertEquals(422, noCohort.statusCode(), noCohort.body());
        assertEquals(400, Http.send(server, "POST", "/api/v1/courses/" + id + "/participants", "trainer", PW, "{}").statusCode());
    }

    @Test
    void theGridIsSavedWholeFromItsVersion() {
        JsonObject course = demoCourse("trainer", "Micro");
        JsonArray sessions = array(Http.get(server, "/api/v1/courses/" + course.getJsonNumber("id") + "/sessions", "trainer", PW));
        JsonObject open = sessions.stream().map(JsonValue::asJsonObject).filter(s -> !s.getBoolean("held")).findFirst()
                .orElseThrow();
        String path = "/api/v1/sessions/" + open.getJsonNumber("id") + "/attendance";
        JsonObject grid = json(Http.get(server, path, "trainer", PW));
        JsonArray lines = grid.getJsonArray("lines");
        assertTrue(lines.size() >= 4, grid.toString());
        long one = lines.getJsonObject(0).getJsonNumber("participantId").longValue();
        long two = lines.getJsonObject(1).getJsonNumber("participantId").longValue();
        int version = grid.getInt("version");

        HttpResponse<String> badMark = Http.send(server, "PUT", path, "trainer", PW,
                "{\"version\":%d,\"marks\":[{\"participantId\":%d,\"mark\":\"ASLEEP\"}]}".formatted(version, one));
        assertEquals(400, badMark.statusCode(), badMark.body());
        HttpResponse<String> saved = Http.send(server, "PUT", path, "trainer", PW,
                "{\"version\":%d,\"marks\":[{\"participantId\":%d,\"mark\":\"present\"},{\"participantId\":%d,\"mark\":\"LATE\"}]}"
                        .formatted(version, one, two));
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject after = json(saved);
        assertTrue(after.getBoolean("held"));
        assertEquals("LATE", after.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("participantId").longValue() == two).findFirst().orElseThrow().getString("mark"));

        HttpResponse<String> stale = Http.send(server, "PUT", path, "manager", PW,
                "{\"version\":%d,\"marks\":[{\"participantId\":%d,\"mark\":\"ABSENT\"}]}".formatted(version, two));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("LATE", json(Http.get(server, path, "trainer", PW)).getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("participantId").longValue() == two).findFirst().orElseThrow().getString("mark"),
                "nothing of the stale save was applied");
        assertEquals(404, Http.get(server, path, "sfax", PW).statusCode(), "a Tunis session is unknown in Sfax");
        assertEquals(404, Http.get(server, "/api/v1/sessions/987654321/attendance", "trainer", PW).statusCode());
    }

    @Test
    void scoresAreSavedTogetherFromEachParticipantsVersion() {
        TrainingFixture make = new TrainingFixture(server);
        JsonObject training = make.pipeline("TDU");
        List<Long> enrolments = List.of(make.enrol(make.person("Salma", "Scores", "TUN-M"), training),
                make.enrol(make.person("Sirine", "Scores", "TUN-M"), training));
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/courses", "manager", PW, NEW_COURSE
                .formatted("Évaluation (API)", 10)
                .replace("\"minAttendance\":75", "\"minAttendance\":75,\"assessed\":true,\"passMark\":60"));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        make.participants(id, enrolments);
        JsonObject micro = demoCourse("trainer", "Micro");
        JsonArray theirs = array(Http.get(server, "/api/v1/courses/" + micro.getJsonNumber("id") + "/participants", "trainer", PW));
        String path = "/api/v1/courses/" + id + "/scores";
        JsonArray people = array(Http.get(server, "/api/v1/courses/" + id + "/participants", "trainer", PW));
        assertEquals(2, people.size(), people.toString());
        JsonObject one = people.getJsonObject(0);
        JsonObject two = people.getJsonObject(1);
        String line = "{\"participantId\":%d,\"version\":%d,\"score\":%s}";
        String both = "{\"scores\":[" + line + "," + line + "]}";

        HttpResponse<String> bad = Http.send(server, "PUT", path, "trainer", PW, both.formatted(
                one.getJsonNumber("id").longValue(), one.getInt("version"), "101", two.getJsonNumber("id").longValue(),
                two.getInt("version"), "55"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("Give a percentage from 0 to 100.", json(bad).getJsonObject("fields")
                .getString("score-" + one.getJsonNumber("id").longValue()), bad.body());
        assertTrue(array(Http.get(server, "/api/v1/courses/" + id + "/participants", "trainer", PW)).stream()
                .map(JsonValue::asJsonObject).allMatch(p -> !p.containsKey("score") || p.isNull("score")), "nothing saved");

        HttpResponse<String> saved = Http.send(server, "PUT", path, "trainer", PW, both.formatted(
                one.getJsonNumber("id").longValue(), one.getInt("version"), "72", two.getJsonNumber("id").longValue(),
                two.getInt("version"), "55"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(72, array(saved).getJsonObject(0).getInt("score"));

        HttpResponse<String> stale = Http.send(server, "PUT", path, "manager", PW, "{\"scores\":[" + line.formatted(
                two.getJsonNumber("id").longValue(), two.getInt("version"), "30") + "]}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(55, json(stale).getJsonArray("current").getJsonObject(1).getInt("score"),
                "a stale save answers with the scores as they stand, nothing of it applied");
        assertEquals(403, Http.send(server, "PUT", path, "donor", PW, "{\"scores\":[]}").statusCode());
        HttpResponse<String> outOfScope = Http.send(server, "PUT", path, "kebili", PW, "{\"scores\":[]}");
        assertEquals(404, outOfScope.statusCode(), outOfScope.body());
        HttpResponse<String> notAssessed = Http.send(server, "PUT", "/api/v1/courses/" + micro.getJsonNumber("id") + "/scores",
                "trainer", PW, "{\"scores\":[" + line.formatted(theirs.getJsonObject(0).getJsonNumber("id").longValue(),
                        theirs.getJsonObject(0).getInt("version"), "50") + "]}");
        assertEquals(422, notAssessed.statusCode(), notAssessed.body());
    }
}
