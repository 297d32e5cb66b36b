package org.masar.beneficiary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * Erasure with two people (GDPR art. 17): a case worker asks for it on the person's profile, a
 * manager approves it; the names, contact, document and the text of notes are gone, sex, birth
 * year, site and the enrolment stay, and the audit keeps who and when while the values an edit
 * changed can no longer be read.
 */
class ErasureIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private final MasarServer server = MasarServer.get();

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private long trainingPipeline() {
        var all = Json.createReader(new StringReader(Http.send(server, "GET", "/api/v1/pipelines?programme=CROLET", "kebili",
                PW, null).body())).readArray();
        return all.stream().map(v -> v.asJsonObject()).filter(p -> p.getString("type").equals("TRAINING"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private List<JsonObject> trail(String code) {
        HttpResponse<String> trail = Http.get(server, "/api/v1/audit?size=200&person=" + code, "manager", PW);
        assertEquals(200, trail.statusCode(), trail.body());
        return json(trail).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void aCaseWorkerAsksAManagerApprovesAndThePersonIsGoneButTheCountsStay() {
        String cin = String.valueOf(40_000_000 + (System.nanoTime() % 9_999_999));
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", "kebili", PW, """
                {"firstName":"Rim","lastName":"Erasetest","arabicName":"ريم","sex":"F","birthDate":"1997-06-15",
                 "nationality":"TN","residenceCountry":"TN","siteCode":"KEB-M","phone":"24 680 135","documentType":"CIN",
                 "documentNumber":"%s","educationLevel":"HIGHER","employmentStatus":"UNEMPLOYED",
                 "consent":{"date":"2026-03-01","purposes":["PARTICIPATION","FOLLOW_UP"]}}""".formatted(cin));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject person = json(created);
        String code = person.getString("code");
        HttpResponse<String> edited = Http.send(server, "PUT", "/api/v1/beneficiaries/" + code, "kebili", PW,
                created.body().replace("+21624680135", "+21624680136"));
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(trail(code).stream().anyMatch(e -> e.getString("action").equals("EDIT")
                && e.containsKey("changes") && !e.isNull("changes") && e.getString("changes").contains("+21624680135")),
                "before: the edit's values are readable in the access history");
        HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", "kebili", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d}".formatted(code, trainingPipeline()));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        long enrolment = json(enrolled).getJsonNumber("id").longValue();

        browser.signIn("kebili", PW);
        browser.open("/beneficiary/view.xhtml?code=" + code);
        browser.type("#note\\:noteText", "Rim called from her new number about the course.");
        browser.clickAndWait("#note\\:noteButton");
        browser.clickAndWait("#erasureRequest\\:requestErasure");
        assertTrue(browser.find("#erasureRequest .ui-message-error").getText().contains("Tick the box"),
                "the irreversible path needs its box ticked, checked on the server, said next to the box");
        assertTrue(browser.present("#erasureRequest\\:requestErasure"), "nothing was asked yet");
        browser.find("#erasureRequest\\:erasureConfirmed .ui-chkbox-box").click();
        browser.clickAndWait("#erasureRequest\\:requestErasure");
        assertTrue(browser.find("#erasure-pending").getText().contains("Khadija Mansouri"), browser.find("#erasure-pending").getText());
        assertFalse(browser.present("#erasureDecision\\:approveErasure"), "the one who asked cannot approve");
        browser.screenshot("erasure-requested-en");
        browser.signOut();

        browser.signIn("manager", PW);
        browser.open("/beneficiary/view.xhtml?code=" + code);
        browser.screenshot("erasure-decision-en");
        browser.clickAndWait("#languages a[data-lang='fr']");
        browser.screenshot("erasure-decision-fr");
        browser.clickAndWait("#languages a[data-lang='ar']");
        browser.screenshot("erasure-decision-ar");
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.find("#erasureDecision\\:erasureConfirmed .ui-chkbox-box").click();
        browser.clickAndWait("#erasureDecision\\:approveErasure");
        assertTrue(browser.present("#erased-note"), "the profile says the record was erased");
        String page = browser.driver().getPageSource();
        for (String gone : List.of("Erasetest", "ريم", "+21624680136", cin, "new number about the course")) {
            assertFalse(page.contains(gone), gone + " is gone from the profile");
        }
        assertFalse(browser.present("#edit"), "an erased record is not edited");
        assertEquals("Erased record", browser.find("h1").getText());
        assertFalse(browser.present("#note\\:noteButton") || browser.present("#followUp\\:followUpButton")
                || browser.present("#enrol\\:enrolButton"), "nor written about, nor enrolled");
        browser.screenshot("erasure-done-en");
        browser.clickAndWait("#languages a[data-lang='it']");
        browser.screenshot("erasure-done-it");
        browser.clickAndWait("#languages a[data-lang='en']");

        JsonObject after = json(Http.get(server, "/api/v1/beneficiaries/" + code, "manager", PW));
        assertEquals("—", after.getString("firstName"));
        assertEquals("F", after.getString("sex"), "sex stays");
        assertEquals("KEB-M", after.getString("siteCode"), "site stays");
        assertTrue(after.getString("birthDate").startsWith("1997-"), "the birth year stays: " + after);
        assertFalse(after.containsKey("phone") && !after.isNull("phone"), after.toString());
        assertFalse(after.containsKey("documentNumber") && !after.isNull("documentNumber"), after.toString());
        JsonObject kept = json(Http.get(server, "/api/v1/enrolments/" + enrolment, "manager", PW));
        assertEquals("registered", kept.getJsonObject("stage").getString("code"), "the enrolment stays for the counts");
        assertEquals(0, json(Http.get(server, "/api/v1/beneficiaries?name=Erasetest", "manager", PW)).getInt("total"),
                "the name no longer finds anyone");

        List<JsonObject> entries = trail(code);
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("ERASURE_REQUEST")
                && e.getString("username").equals("kebili")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("ERASURE")
                && e.getString("username").equals("manager")), entries.toString());
        assertTrue(entries.stream().filter(e -> e.getString("action").equals("EDIT"))
                        .allMatch(e -> !e.containsKey("changes") || e.isNull("changes")),
                "after: what the edit changed can no longer be read: " + entries);
        assertFalse(entries.toString().contains("+21624680135"), "no value of the person is left in the trail");
    }
}
