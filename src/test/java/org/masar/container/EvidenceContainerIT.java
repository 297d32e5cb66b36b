package org.masar.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masar.testing.Browser;

/**
 * Entry criteria bound to evidence, through the whole of Masar as it runs: the WAR of this build
 * plus an evidence source of the tests' ({@link AttendanceProbe}), as a module adds its own. The
 * administrator binds the certificate's attendance criterion to it in the stage editor; over REST a
 * move the records do not back answers 422 with their reason, and one they back is kept with the
 * evidence; the move screen shows the criterion met or not, not a box to tick, and bulk advance moves
 * those the records back and lists the others with their reason. Looked at in
 * English, French and Arabic (target/screenshots/evidence-*).
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceContainerIT {

    private static final String PW = "masar-demo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("masar.war", "target/masar.war")))
                .addClasses(AttendanceProbe.class);
    }

    @ArquillianResource
    URL base;

    static {
        ContainerDatabase.dropAtExit();
    }

    // Not testable, the deployment runs its tests on the client's side (marked @RunAsClient as well, this ran twice).
    @Test
    void aMoveTheRecordsDoNotBackIsRefusedWithTheirReasonAndOneTheyBackIsKeptWithTheEvidence() throws Exception {
        JsonObject training = Json.createReader(new StringReader(call("GET", "/api/v1/pipelines?programme=CROLET", "kebili",
                        null, "en").body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("type").equals("TRAINING")).findFirst().orElseThrow();
        JsonObject certified = stage(training, "certified");
        long attendance = certified.getJsonArray("criteria").getJsonObject(0).getJsonNumber("id").longValue();

        try (Browser browser = new Browser(base.toString())) {
            browser.signIn("admin", PW);
            browser.clickAndWait("#languages a[data-lang='en']");
            browser.open("/admin/stage.xhtml?id=" + certified.getJsonNumber("id"));
            browser.find("#criteria\\:list\\:0\\:edit").click(); // the form turns into the criterion's, in place
            browser.find("#criteria\\:list\\:0\\:renamedSource");
            browser.choose("criteria:list:0:renamedSource", AttendanceProbe.KEY);
            browser.screenshot("evidence-stage-editing-en");
            browser.clickAndWait("#criteria\\:list\\:0\\:saveCriterion");
            assertTrue(browser.find("#criteria").getText().contains("probe.attendance.name"), browser.find("#criteria").getText());
            // The demo binds CROLET's assessment to the courses' records: ticked by hand again, for the one box below.
            browser.find("#criteria\\:list\\:1\\:edit").click();
            browser.find("#criteria\\:list\\:1\\:renamedSource");
            browser.choose("criteria:list:1:renamedSource", "");
            browser.clickAndWait("#criteria\\:list\\:1\\:saveCriterion");
            browser.screenshot("evidence-stage-en");
            browser.clickAndWait("#languages a[data-lang='fr']");
            browser.screenshot("evidence-stage-fr");
            browser.clickAndWait("#languages a[data-lang='en']");
        }
        assertEquals(AttendanceProbe.KEY, criterion(stage(pipeline(training), "certified"), attendance).getString("evidenceSource"));
        long assessment = certified.getJsonArray("criteria").getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals("", criterion(stage(pipeline(training), "certified"), assessment).getString("evidenceSource", ""),
                "the assessment is ticked by hand");

        JsonObject absent = inTraining("Absent", 6, training);
        JsonObject next = absent.getJsonArray("next").getJsonObject(0);
        assertEquals("certified", next.getString("code"));
        JsonObject evidence = criterion(next, attendance).getJsonObject("evidence");
        assertFalse(evidence.getBoolean("met"), evidence.toString());
        assertEquals("probe.attendance.short", evidence.getString("summary"), "a key of no bundle reads as itself");

        HttpResponse<String> refused = complete(absent, certified, "fr");
        assertEquals(422, refused.statusCode(), refused.body());
        String reason = Json.createReader(new StringReader(refused.body())).readObject().getJsonObject("fields").getString("evidence");
        assertTrue(reason.startsWith("Les dossiers ne remplissent pas") && reason.contains("probe.attendance.short"), reason);

        JsonObject present = inTraining("Present", 7, training);
        HttpResponse<String> kept = complete(present, certified, "en");
        assertEquals(201, kept.statusCode(), kept.body());
        var history = Json.createReader(new StringReader(kept.body())).readObject().getJsonArray("history");
        JsonObject met = history.getJsonObject(history.size() - 1).getJsonArray("criteria").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == attendance).findFirst().orElseThrow();
        assertEquals("EVIDENCE", met.getString("how"));
        assertEquals("probe.course", met.getJsonObject("evidence").getString("recordKind"));
        assertEquals(7, met.getJsonObject("evidence").getInt("recordId"));

        try (Browser browser = new Browser(base.toString())) {
            browser.signIn("kebili", PW);
            browser.clickAndWait("#languages a[data-lang='en']");
            browser.open("/enrolment/view.xhtml?id=" + absent.getJsonNumber("id"));
            String form = browser.find("#advance").getText();
            assertTrue(form.contains("Not met") && form.contains("probe.attendance.short"), form);
            assertFalse(browser.present("label[for='advance:criteria:1']"), "one box only: the assessment; attendance is not ticked");
            browser.find("label[for='advance:criteria:0']").click();
            browser.clickAndWait("#advance\\:advanceButton");
            String message = browser.find("#advance\\:evidence-message").getText();
            assertTrue(message.contains("The records do not meet") && message.contains("probe.attendance.short"), message);
            browser.screenshot("evidence-refused-en");
            for (String language : List.of("fr", "ar")) {
                browser.clickAndWait("#languages a[data-lang='" + language + "']");
                browser.screenshot("evidence-move-" + language);
            }
            browser.clickAndWait("#languages a[data-lang='en']");
            browser.open("/enrolment/view.xhtml?id=" + present.getJsonNumber("id"));
            assertTrue(browser.find("#history").getText().contains("Met by the records: "), browser.find("#history").getText());
            browser.screenshot("evidence-history-en");
            browser.clickAndWait("#languages a[data-lang='ar']");
            browser.screenshot("evidence-history-ar");
            browser.clickAndWait("#languages a[data-lang='en']");
        }

        // In bulk, each enrolment by its own records: one moves, the other is listed with their reason.
        inTraining("PresentBulk", 11, training);
        inTraining("AbsentBulk", 12, training);
        try (Browser browser = new Browser(base.toString())) {
            browser.signIn("kebili", PW);
            browser.clickAndWait("#languages a[data-lang='en']");
            browser.open("/enrolment/list.xhtml?pipeline=" + training.getJsonNumber("id"));
            browser.choose("filters:cohort", "Evidence bulk");
            browser.clickAndWait("#filters\\:search");
            browser.find("#list\\:table_head .ui-chkbox-box").click();
            browser.choose("list:targetStage", certified.getJsonNumber("id").toString());
            assertTrue(browser.find("#bulkEvidence").getText().contains("Attendance"), browser.find("#bulkEvidence").getText());
            browser.find("label[for='list:criteria:0']").click();
            browser.clickAndWait("#list\\:bulkButton");
            assertTrue(browser.find("#messages").getText().contains("1 moved, 1 not moved"), browser.find("#messages").getText());
            String results = browser.find("#bulkResults").getText();
            assertTrue(results.contains("probe.attendance.met") && results.contains("probe.attendance.short"), results);
            browser.screenshot("evidence-bulk-en");
            browser.clickAndWait("#languages a[data-lang='fr']");
            browser.screenshot("evidence-bulk-fr");
            browser.clickAndWait("#languages a[data-lang='en']");
        }
    }

    /** A new person at Kebili, enrolled in CROLET's training and moved on to in training: the enrolment as it stands. */
    private JsonObject inTraining(String firstName, int day, JsonObject training) {
        HttpResponse<String> created = call("POST", "/api/v1/beneficiaries", "kebili", """
                {"firstName":"%s","lastName":"Evidence-Seam","sex":"F","birthDate":"2003-04-%02d","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"KEB-M","documentType":"NONE","educationLevel":"SECONDARY",
                 "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-01-10","purposes":["PARTICIPATION"]}}"""
                .formatted(firstName, day), "en");
        assertEquals(201, created.statusCode(), created.body());
        String code = Json.createReader(new StringReader(created.body())).readObject().getString("code");
        HttpResponse<String> enrolled = call("POST", "/api/v1/enrolments", "kebili",
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%s,\"cohort\":\"Evidence %s\"}".formatted(code,
                        training.getJsonNumber("id"), day < 10 ? "seam" : "bulk"), "en");
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        JsonObject e = Json.createReader(new StringReader(enrolled.body())).readObject();
        for (String stage : List.of("selected", "in_training")) {
            JsonObject to = stage(training, stage);
            HttpResponse<String> moved = call("POST", "/api/v1/enrolments/" + e.getJsonNumber("id") + "/moves", "kebili",
                    "{\"action\":\"ADVANCE\",\"toStage\":%s,\"criteria\":[%s],\"version\":%d}".formatted(to.getJsonNumber("id"),
                            ids(to), e.getInt("version")), "en");
            assertEquals(201, moved.statusCode(), moved.body());
            e = Json.createReader(new StringReader(moved.body())).readObject();
        }
        return e;
    }

    /** Completes into the certificate with every criterion ticked, attendance too: a tick does not meet it. */
    private HttpResponse<String> complete(JsonObject e, JsonObject certified, String language) {
        return call("POST", "/api/v1/enrolments/" + e.getJsonNumber("id") + "/moves", "kebili",
                "{\"action\":\"COMPLETE\",\"criteria\":[%s],\"version\":%d}".formatted(ids(certified), e.getInt("version")),
                language);
    }

    private JsonObject pipeline(JsonObject training) {
        return Json.createReader(new StringReader(call("GET", "/api/v1/pipelines/" + training.getJsonNumber("id"), "kebili",
                null, "en").body())).readObject();
    }

    private static JsonObject stage(JsonObject pipeline, String code) {
        return pipeline.getJsonArray("stages").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static JsonObject criterion(JsonObject stage, long id) {
        return stage.getJsonArray("criteria").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static String ids(JsonObject stage) {
        return stage.getJsonArray("criteria").stream().map(JsonValue::asJsonObject)
                .filter(c -> !c.containsKey("retired") || !c.getBoolean("retired"))
                .map(c -> c.getJsonNumber("id").toString()).collect(Collectors.joining(","));
    }

    private HttpResponse<String> call(String method, String path, String user, String json, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", language).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PW)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
