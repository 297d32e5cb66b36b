package org.masar.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * What the training HTTP tests make for themselves through the API, as the staff would: people
 * registered and enrolled in a programme's training by the manager, moved on to the stage before
 * completion, a course with its participants, sessions and attendance.
 */
final class TrainingFixture {

    static final String PW = "masar-demo";
    private static final AtomicLong DOCUMENTS = new AtomicLong(System.nanoTime() % 50_000_000L);

    private final MasarServer server;

    TrainingFixture(MasarServer server) {
        this.server = server;
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** A person registered at {@code site} by the manager; returns their code. */
    String person(String first, String last, String site) {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", "manager", PW, """
                {"firstName":"%s","lastName":"%s","sex":"F","birthDate":"1999-04-12","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"%s","documentType":"CIN","documentNumber":"%d",
                 "educationLevel":"SECONDARY","employmentStatus":"UNEMPLOYED",
                 "consent":{"date":"2022-12-01","purposes":["PARTICIPATION"]},
                 "duplicateOverride":{"reason":"training test people, all different"}}"""
                .formatted(first, last, site, 40_000_000 + DOCUMENTS.incrementAndGet() % 49_000_000));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getString("code");
    }

    /** The programme's TRAINING pipeline, as the API lists it. */
    JsonObject pipeline(String programme) {
        return array(Http.get(server, "/api/v1/pipelines?programme=" + programme, "manager", PW)).stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("type").equals("TRAINING")).findFirst().orElseThrow();
    }

    static JsonObject stage(JsonObject pipeline, String code) {
        return pipeline.getJsonArray("stages").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow();
    }

    /** Enrolled by the manager (with a reason, for a programme that has ended); returns the enrolment's id. */
    long enrol(String code, JsonObject pipeline) {
        HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", "manager", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d,\"overrideReason\":\"Training test: a journey of its own\"}"
                        .formatted(code, pipeline.getJsonNumber("id").longValue()));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        return json(enrolled).getJsonNumber("id").longValue();
    }

    /** Moved by the manager through selected to in training, ticking what each stage asks. */
    void intoTraining(long enrolment, JsonObject pipeline) {
        for (String code : List.of("selected", "in_training")) {
            JsonObject to = stage(pipeline, code);
            String ticks = to.getJsonArray("criteria").stream().map(JsonValue::asJsonObject)
                    .map(c -> String.valueOf(c.getJsonNumber("id").longValue())).collect(Collectors.joining(","));
            int version = enrolment(enrolment).getInt("version");
            HttpResponse<String> moved = Http.send(server, "POST", "/api/v1/enrolments/" + enrolment + "/moves", "manager", PW,
                    "{\"action\":\"ADVANCE\",\"toStage\":%d,\"version\":%d,\"criteria\":[%s]}"
                            .formatted(to.getJsonNumber("id").longValue(), version, ticks));
            assertEquals(201, moved.statusCode(), moved.body());
        }
    }

    JsonObject enrolment(long id) {
        HttpResponse<String> read = Http.get(server, "/api/v1/enrolments/" + id, "manager", PW);
        assertEquals(200, read.statusCode(), read.body());
        return json(read);
    }

    /** A course planned by the manager at {@code site}, taught by {@code trainers} (user names, quoted); returns its id. */
    long course(String programme, String site, String title, int minAttendance, String trainers) {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/courses", "manager", PW, """
                {"programme":"%s","site":"%s","title":"%s","topic":"social_enterprise","language":"fr","plannedHours":12,
                 "startDate":"2023-01-09","endDate":"2023-01-30","capacity":10,"minAttendance":%d,"trainers":[%s]}"""
                .formatted(programme, site, title, minAttendance, trainers));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    /** The enrolments added by the trainer; returns the participants' ids in the order given. */
    List<Long> participants(long course, List<Long> enrolments) {
        HttpResponse<String> added = Http.send(server, "POST", "/api/v1/courses/" + course + "/participants", "trainer", PW,
                "{\"enrolmentIds\":" + enrolments + "}");
        assertEquals(200, added.statusCode(), added.body());
        JsonArray rows = json(added).getJsonArray("added");
        assertEquals(enrolments.size(), rows.size(), added.body());
        return enrolments.stream().map(e -> rows.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("enrolmentId").longValue() == e).findFirst().orElseThrow()
                .getJsonNumber("id").longValue()).toList();
    }

    /** A session on {@code date}, 9:00 to 12:00; returns its id. */
    long session(long course, String date) {
        HttpResponse<String> made = Http.send(server, "POST", "/api/v1/courses/" + course + "/sessions", "trainer", PW,
                "{\"date\":\"%s\",\"start\":\"09:00\",\"end\":\"12:00\",\"place\":\"Salle 1\",\"trainer\":\"trainer\"}"
                        .formatted(date));
        assertEquals(201, made.statusCode(), made.body());
        return json(made).getJsonNumber("id").longValue();
    }

    /** The trainer saves the session's grid: {@code marks[i]} for {@code participants[i]}. */
    void attendance(long session, List<Long> participants, String... marks) {
        String path = "/api/v1/sessions/" + session + "/attendance";
        int version = json(Http.get(server, path, "trainer", PW)).getInt("version");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < marks.length; i++) {
            lines.append(i == 0 ? "" : ",").append("{\"participantId\":%d,\"mark\":\"%s\"}".formatted(participants.get(i), marks[i]));
        }
        HttpResponse<String> saved = Http.send(server, "PUT", path, "trainer", PW,
                "{\"version\":%d,\"marks\":[%s]}".formatted(version, lines));
        assertEquals(200, saved.statusCode(), saved.body());
    }
}
