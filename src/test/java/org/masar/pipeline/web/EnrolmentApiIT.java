package org.masar.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/** The pipeline and enrolment API: 201 on a move, 409 when stale, 422 when refused, 404 outside scope. */
class EnrolmentApiIT {

    private static final String PW = "masar-demo";
    private final MasarServer server = MasarServer.get();

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private JsonObject pipeline(String programme, String type, String language) {
        return pipeline(programme, type, language, "sfax");
    }

    private JsonObject pipeline(String programme, String type, String language, String user) {
        JsonArray all = Json.createReader(new StringReader(Http.send(server, "GET", "/api/v1/pipelines?programme=" + programme,
                user, PW, null, language).body())).readArray();
        return all.stream().map(v -> v.asJsonObject()).filter(p -> p.getString("type").equals(type)).findFirst().orElseThrow();
    }

    private static long stageId(JsonObject pipeline, String code) {
        return pipeline.getJsonArray("stages").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private String newPerson(String first) {
        return newPerson(first, "SFX-M", "sfax");
    }

    private String newPerson(String first, String site, String registrar) {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", registrar, PW, """
                {"firstName":"%s","lastName":"Apienrol","sex":"M","birthDate":"2001-09-09","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"%s","documentType":"NONE","educationLevel":"HIGHER",
                 "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-02-01","purposes":["PARTICIPATION"]}}"""
                .formatted(first, site));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getString("code");
    }

    @Test
    void pipelinesComeWithOrderedStagesInTheCallersLanguage() {
        JsonObject training = pipeline("TDU", "TRAINING", "fr");
        JsonArray stages = training.getJsonArray("stages");
        assertEquals("registered", stages.getJsonObject(0).getString("code"));
        assertEquals("Inscrit", stages.getJsonObject(0).getString("name"));
        assertEquals("مسجّل", stages.getJsonObject(0).getJsonObject("names").getString("ar"));
        JsonObject certified = stages.stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("code").equals("certified")).findFirst().orElseThrow();
        assertTrue(certified.getBoolean("finalStage"));
        assertEquals(2, certified.getJsonArray("criteria").size());
        JsonArray all = Json.createReader(new StringReader(Http.get(server, "/api/v1/pipelines", "kebili", PW).body())).readArray();
        assertTrue(all.stream().allMatch(p -> p.asJsonObject().getString("programme").equals("CROLET")),
                "Kebili sees the pipelines of the programmes at its sites: " + all);
        assertEquals(403, Http.get(server, "/api/v1/pipelines", "donor", PW).statusCode());
    }

    /** In Kebili, into CROLET's training: a programme that runs (open-ended), so the test does not age. */
    @Test
    void enrolMoveStaleRefusedAndOutOfScope() {
        JsonObject training = pipeline("CROLET", "TRAINING", "en", "kebili");
        long id = training.getJsonNumber("id").longValue();
        String code = newPerson("Fares", "KEB-M", "kebili");
        HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", "kebili", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d,\"cohort\":\"Kebili training 2026-API\",\"caseWorker\":\"kebili\"}"
                        .formatted(code, id));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        JsonObject enrolment = json(enrolled);
        long enrolmentId = enrolment.getJsonNumber("id").longValue();
        assertTrue(enrolled.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/enrolments/" + enrolmentId));
        assertEquals("registered", enrolment.getJsonObject("stage").getString("code"));
        assertEquals(1, enrolment.getJsonArray("history").size());
        int version = enrolment.getInt("version");
        String path = "/api/v1/enrolments/" + enrolmentId + "/moves";

        long selected = stageId(training, "selected");
        long interview = training.getJsonArray("stages").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("code").equals("selected")).findFirst().orElseThrow()
                .getJsonArray("criteria").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> unmet = Http.send(server, "POST", path, "kebili", PW,
                "{\"action\":\"ADVANCE\",\"toStage\":%d,\"version\":%d}".formatted(selected, version));
        assertEquals(422, unmet.statusCode(), unmet.body());
        assertTrue(json(unmet).getString("error").contains("Eligibility interview held"), unmet.body());

        HttpResponse<String> skip = Http.send(server, "POST", path, "kebili", PW,
                "{\"action\":\"ADVANCE\",\"toStage\":%d,\"version\":%d}".formatted(stageId(training, "certified"), version));
        assertEquals(422, skip.statusCode(), skip.body());
        assertTrue(json(skip).getString("error").contains("from \"Registered\" to \"Completed (certified)\""), skip.body());

        HttpResponse<String> moved = Http.send(server, "POST", path, "kebili", PW,
                "{\"action\":\"ADVANCE\",\"toStage\":%d,\"criteria\":[%d],\"note\":\"interviewed on Monday\",\"version\":%d}"
                        .formatted(selected, interview, version));
        assertEquals(201, moved.statusCode(), moved.body());
        JsonObject after = json(moved);
        assertEquals("selected", after.getJsonObject("stage").getString("code"));
        assertEquals(2, after.getJsonArray("history").size());
        assertEquals("interviewed on Monday", after.getJsonArray("history").getJsonObject(1).getString("note"));

        HttpResponse<String> stale = Http.send(server, "POST", path, "kebili", PW,
                "{\"action\":\"DROP\",\"reasonCode\":\"NO_SHOW\",\"version\":%d}".formatted(version));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("selected", json(stale).getJsonObject("current").getJsonObject("stage").getString("code"),
                "a stale move is answered with the enrolment as it now stands");

        HttpResponse<String> noReason = Http.send(server, "POST", path, "kebili", PW,
                "{\"action\":\"DROP\",\"version\":%d}".formatted(after.getInt("version")));
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals("Choose why the person leaves.", json(noReason).getJsonObject("fields").getString("reasonCode"));

        HttpResponse<String> badAction = Http.send(server, "POST", path, "kebili", PW,
                "{\"action\":\"JUMP\",\"version\":%d}".formatted(after.getInt("version")));
        assertEquals(400, badAction.statusCode(), badAction.body());

        HttpResponse<String> dropped = Http.send(server, "POST", path, "kebili", PW,
                "{\"action\":\"DROP\",\"reasonCode\":\"found_work\",\"version\":%d}".formatted(after.getInt("version")));
        assertEquals(201, dropped.statusCode(), dropped.body());
        assertEquals("DROPPED", json(dropped).getString("status"));
        assertEquals("FOUND_WORK", json(dropped).getString("dropReason"));

        HttpResponse<String> otherSite = Http.get(server, "/api/v1/enrolments/" + enrolmentId, "sfax", PW);
        HttpResponse<String> unknown = Http.get(server, "/api/v1/enrolments/987654321", "sfax", PW);
        assertEquals(404, otherSite.statusCode());
        assertEquals(unknown.body(), otherSite.body(), "out of scope answers exactly like unknown");
        assertEquals(404, Http.send(server, "POST", path, "sfax", PW,
                "{\"action\":\"REOPEN\",\"note\":\"not my person at all\",\"version\":1}").statusCode());
        assertEquals(403, Http.get(server, "/api/v1/enrolments/" + enrolmentId, "donor", PW).statusCode());
        HttpResponse<String> reopen = Http.send(server, "POST", path, "manager", PW,
                "{\"action\":\"REOPEN\",\"note\":\"the job offer fell through\",\"version\":%d}"
                        .formatted(json(dropped).getInt("version")));
        assertEquals(201, reopen.statusCode(), reopen.body());
        assertEquals("ACTIVE", json(reopen).getString("status"));
    }

    @Test
    void enrollingChecksEligibilityAndTheBody() {
        JsonObject internship = pipeline("MENTOR2", "INTERNSHIP", "en");
        HttpResponse<String> old = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW, """
                {"firstName":"Hedi","lastName":"Apiold","sex":"M","birthDate":"1970-01-01","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"SFX-M","documentType":"NONE","educationLevel":"HIGHER",
                 "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-02-01","purposes":["PARTICIPATION"]}}""");
        String code = json(old).getString("code");
        HttpResponse<String> refused = Http.send(server, "POST", "/api/v1/enrolments", "sfax", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d}".formatted(code, internship.getJsonNumber("id").longValue()));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(json(refused).getString("error").contains("aged 18 to 35"), refused.body());
        HttpResponse<String> noPipeline = Http.send(server, "POST", "/api/v1/enrolments", "sfax", PW,
                "{\"beneficiaryCode\":\"%s\"}".formatted(code));
        assertEquals(400, noPipeline.statusCode());
        assertTrue(json(noPipeline).getJsonObject("fields").containsKey("pipelineId"));
    }

    /**
     * TRAIT D'union ended on 13 December 2023: enrolling into it answers 422 naming the pipeline
     * field, in the caller's language; a case worker's override is refused on its own field; a
     * manager's reason enrols, is kept in the history and reaches the audit trail.
     */
    @Test
    void enrollingIntoAnEndedProgrammeTakesAManagersReason() {
        long tdu = pipeline("TDU", "TRAINING", "en").getJsonNumber("id").longValue();
        String code = newPerson("Lina");
        String plain = "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d}".formatted(code, tdu);
        HttpResponse<String> refused = Http.send(server, "POST", "/api/v1/enrolments", "sfax", PW, plain);
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("TDU ended on December 13, 2023: enrolling in it now takes a manager’s written reason.",
                json(refused).getJsonObject("fields").getString("pipelineId"));
        HttpResponse<String> french = Http.send(server, "POST", "/api/v1/enrolments", "sfax", PW, plain, "fr");
        assertEquals(422, french.statusCode(), french.body());
        assertTrue(json(french).getJsonObject("fields").getString("pipelineId").startsWith("TDU a pris fin le 13 décembre 2023"),
                french.body());
        String withReason = "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d,\"overrideReason\":\"%s\"}";
        String reason = "Steering committee of 20 Nov: late certificates for the 2023 cohort";
        HttpResponse<String> caseWorker = Http.send(server, "POST", "/api/v1/enrolments", "sfax", PW,
                withReason.formatted(code, tdu, reason));
        assertEquals(422, caseWorker.statusCode(), caseWorker.body());
        assertEquals("Only a programme manager or an administrator may enrol outside the programme’s period.",
                json(caseWorker).getJsonObject("fields").getString("overrideReason"));
        assertEquals(422, Http.send(server, "POST", "/api/v1/enrolments", "manager", PW, plain).statusCode(),
                "a manager too needs a reason");
        HttpResponse<String> tooShort = Http.send(server, "POST", "/api/v1/enrolments", "manager", PW,
                withReason.formatted(code, tdu, "late"));
        assertEquals(400, tooShort.statusCode(), tooShort.body());
        assertTrue(json(tooShort).getJsonObject("fields").containsKey("overrideReason"), tooShort.body());
        assertEquals(0, json(Http.get(server, "/api/v1/audit?size=50&action=ENROL&person=" + code, "manager", PW))
                .getJsonArray("items").size(), "nothing refused was written");

        HttpResponse<String> overridden = Http.send(server, "POST", "/api/v1/enrolments", "manager", PW,
                withReason.formatted(code, tdu, reason));
        assertEquals(201, overridden.statusCode(), overridden.body());
        JsonObject line = json(overridden).getJsonArray("history").getJsonObject(0);
        assertEquals("ENROL", line.getString("action"));
        assertEquals("manager", line.getString("by"));
        assertEquals(reason, line.getString("overrideReason"));
        JsonArray audit = json(Http.get(server, "/api/v1/audit?size=50&action=ENROL&person=" + code, "manager", PW))
                .getJsonArray("items");
        assertEquals(1, audit.size(), audit.toString());
        assertEquals("manager", audit.getJsonObject(0).getString("username"));
        assertTrue(audit.getJsonObject(0).getString("detail").endsWith(" · override"), audit.toString());
        assertEquals(reason, audit.getJsonObject(0).getString("changes"));
    }

    @Test
    void enrolAndMoveBodiesNameTheFieldThatDoesNotRead() {
        HttpResponse<String> badDate = Http.send(server, "POST", "/api/v1/enrolments", "sfax", PW,
                "{\"beneficiaryCode\":\"TN-SFX-000001\",\"pipelineId\":1,\"startDate\":\"2026-02-30\"}");
        assertEquals(400, badDate.statusCode(), badDate.body());
        assertTrue(json(badDate).getJsonObject("fields").getString("startDate").contains("YYYY-MM-DD"), badDate.body());
        HttpResponse<String> badNumber = Http.send(server, "POST", "/api/v1/enrolments", "sfax", PW,
                "{\"beneficiaryCode\":\"TN-SFX-000001\",\"pipelineId\":\"abc\"}");
        assertEquals(400, badNumber.statusCode(), badNumber.body());
        assertTrue(json(badNumber).getJsonObject("fields").containsKey("pipelineId"), badNumber.body());
        HttpResponse<String> badMove = Http.send(server, "POST", "/api/v1/enrolments/1/moves", "sfax", PW,
                "{\"action\":\"fly\",\"reasonCode\":\"bored\",\"version\":0}");
        assertEquals(400, badMove.statusCode(), badMove.body());
        JsonObject fields = json(badMove).getJsonObject("fields");
        assertTrue(fields.getString("action").contains("ADVANCE, BACK, COMPLETE, DROP, REOPEN"), fields.toString());
        assertTrue(fields.getString("reasonCode").contains("NO_SHOW"), fields.toString());
    }

    /**
     * Client A moves forward; client B, watching, moves back the moment A's move is kept. Each of
     * A's answers must be the enrolment as A's move left it — its version, its stage, A's move last
     * in its history — even when B's move landed before A's answer was written.
     */
    @Test
    void aMoveAnswersWithWhatItWroteWhileAnotherClientMovesStraightAfter() throws Exception {
        JsonObject training = pipeline("CROLET", "TRAINING", "en", "kebili");
        long registered = stageId(training, "registered");
        long selected = stageId(training, "selected");
        long interview = training.getJsonArray("stages").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("code").equals("selected")).findFirst().orElseThrow()
                .getJsonArray("criteria").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", "kebili", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d,\"caseWorker\":\"kebili\"}"
                        .formatted(newPerson("Racer", "KEB-M", "kebili"), training.getJsonNumber("id").longValue()));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        long id = json(enrolled).getJsonNumber("id").longValue();
        String path = "/api/v1/enrolments/" + id + "/moves";
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ExecutorService watcher = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<Integer> backs = watcher.submit(() -> {
            int moved = 0;
            while (!done.get()) {
                JsonObject now = json(Http.get(server, "/api/v1/enrolments/" + id, "manager", PW));
                if (now.getJsonObject("stage").getString("code").equals("selected")) {
                    HttpResponse<String> back = Http.send(server, "POST", path, "manager", PW,
                            "{\"action\":\"BACK\",\"toStage\":%d,\"note\":\"another client, straight after\",\"version\":%d}"
                                    .formatted(registered, now.getInt("version")));
                    moved += back.statusCode() == 201 ? 1 : 0;
                }
            }
            return moved;
        });
        try {
            for (int round = 0; round < 25; round++) {
                JsonObject before = awaitStage(id, "registered");
                int quoted = before.getInt("version");
                HttpResponse<String> forward = Http.send(server, "POST", path, "kebili", PW,
                        "{\"action\":\"ADVANCE\",\"toStage\":%d,\"criteria\":[%d],\"version\":%d}"
                                .formatted(selected, interview, quoted));
                assertEquals(201, forward.statusCode(), forward.body());
                JsonObject answer = json(forward);
                assertEquals("selected", answer.getJsonObject("stage").getString("code"), "round " + round + ": " + answer);
                assertEquals(quoted + 1, answer.getInt("version"), "round " + round + ": the version this move produced");
                JsonArray history = answer.getJsonArray("history");
                String moveId = forward.headers().firstValue("Location").orElseThrow().replaceFirst(".*#move-", "");
                assertEquals(Long.parseLong(moveId), history.getJsonObject(history.size() - 1).getJsonNumber("id").longValue(),
                        "round " + round + ": this move is the last of the answer's history");
            }
        } finally {
            done.set(true);
            watcher.shutdown();
        }
        assertTrue(backs.get(60, java.util.concurrent.TimeUnit.SECONDS) > 0, "the other client did move in between");
    }

    private JsonObject awaitStage(long id, String code) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonObject now = json(Http.get(server, "/api/v1/enrolments/" + id, "kebili", PW));
            if (now.getJsonObject("stage").getString("code").equals(code)) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the enrolment never came back to " + code);
    }
}
