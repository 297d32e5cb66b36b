package org.masar.beneficiary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A manager merges two records of one person, both active in TRAINING: a bad code is refused
 * beside the field, the preview shows what moves and the conflict, confirming without a choice
 * asks for one, and the merge lands on the survivor's profile, which a reload shows again
 * without posting anything. In English, then French, Arabic and Italian.
 */
class MergeBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private static int people;

    private record Pair(String keep, String duplicate, long keptEnrolment, long theirEnrolment) {
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static String person(String first, String birth, String purposes, String phone) {
        HttpResponse<String> created = Http.send(MasarServer.get(), "POST", "/api/v1/beneficiaries", "kebili", PW, """
                {"firstName":"%s","lastName":"Mergebrowser%d","sex":"F","birthDate":"%s","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"KEB-M","documentType":"NONE","educationLevel":"HIGHER",
                 "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-02-01","purposes":[%s]},%s
                 "duplicateOverride":{"reason":"registered twice for the merge test"}}"""
                .formatted(first, ++people, birth, purposes, phone == null ? "" : "\"phone\":\"" + phone + "\","));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getString("code");
    }

    private static long enrol(String code, long pipelineId) {
        HttpResponse<String> enrolled = Http.send(MasarServer.get(), "POST", "/api/v1/enrolments", "kebili", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d}".formatted(code, pipelineId));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        return json(enrolled).getJsonNumber("id").longValue();
    }

    private static long training() {
        return Json.createReader(new StringReader(Http.get(MasarServer.get(), "/api/v1/pipelines?programme=CROLET", "kebili", PW)
                        .body())).readArray().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("type").equals("TRAINING")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Two records of one person, both enrolled in CROLET's training; the duplicate also consented to photos, and has a phone. */
    private static Pair pair() {
        long training = training();
        String keep = person("Amira", "2000-05-06", "\"PARTICIPATION\"", null);
        String duplicate = person("Amirah", "2000-06-05", "\"PARTICIPATION\",\"PHOTOS\"", "98 765 4%02d".formatted(people));
        return new Pair(keep, duplicate, enrol(keep, training), enrol(duplicate, training));
    }

    private void waitFor(String css, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> browser.find(css).getText().contains(text));
    }

    private void preview(String code) {
        browser.type("#merge\\:duplicateCode", code);
        browser.find("#merge\\:mergeButton").click();
    }

    /** Chooses the duplicate's enrolment to stay, confirms, and waits for the survivor's profile. */
    private void chooseTheirsAndConfirm(Pair p) {
        browser.find("label[for='merge:conflicts:0:choice:1']").click();
        String before = browser.driver().getCurrentUrl();
        browser.find("#merge\\:confirmMerge").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("#messages .ui-messages-info")).isEmpty());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/beneficiary/view.xhtml?code=" + p.keep()),
                before + " → " + browser.driver().getCurrentUrl());
    }

    @Test
    void aManagerPreviewsChoosesConfirmsAndLandsOnTheSurvivor() {
        Pair p = pair();
        browser.signIn("manager", PW);
        browser.open("/beneficiary/view.xhtml?code=" + p.keep());

        preview("TN-SFX-999999");
        waitFor("#merge\\:duplicateCode-message", "No record TN-SFX-999999 that you can merge.");
        preview(p.keep());
        waitFor("#merge\\:duplicateCode-message", "That is this record’s own code");
        browser.screenshot("merge-bad-code-en");

        preview(p.duplicate().toLowerCase(java.util.Locale.ROOT));
        waitFor("#merge-preview", "Merge " + p.duplicate() + " into " + p.keep());
        String preview = browser.find("#merge-preview").getText();
        assertTrue(preview.contains("Consent to Photos and communication, given on 2026-02-01"), preview);
        assertTrue(preview.contains("Consent to Programme participation: already given on this record, not copied"), preview);
        assertTrue(preview.contains("Phone, missing here"), preview);
        assertTrue(preview.contains("Both records are active in the same pipeline"), preview);
        assertTrue(preview.contains("Enrolment in CROLET · Training"), preview);
        assertTrue(preview.contains("Keep the enrolment of " + p.duplicate()), preview);
        assertTrue(preview.contains("A merge cannot be undone"), preview);
        browser.screenshot("merge-preview-en");

        browser.find("#merge\\:confirmMerge").click();
        waitFor("#merge\\:conflicts\\:0\\:choice-message", "Choose one.");
        assertTrue(Http.get(MasarServer.get(), "/api/v1/beneficiaries/" + p.duplicate(), "kebili", PW).statusCode() == 200,
                "nothing merged without a choice");

        chooseTheirsAndConfirm(p);
        assertTrue(browser.find("#messages").getText().contains(p.duplicate() + " merged into " + p.keep()));
        assertFalse(browser.present("#merge-preview"), "a fresh profile, no preview left");
        String enrolments = browser.find("#enrolments").getText();
        assertTrue(enrolments.contains("Dropped · Merged") && enrolments.contains("Active"), enrolments);
        browser.screenshot("merge-done-en");

        browser.driver().navigate().refresh();
        assertEquals(p.keep(), browser.find("#profile-code").getText(), "a reload shows the profile again, posting nothing");
        assertFalse(browser.find("body").getText().contains(p.duplicate() + " merged into " + p.keep()),
                "the message was for the merge's answer only");

        JsonObject closed = json(Http.get(MasarServer.get(), "/api/v1/enrolments/" + p.keptEnrolment(), "kebili", PW));
        assertEquals("DROPPED", closed.getString("status"));
        assertEquals("MERGED", closed.getString("dropReason"));
        assertEquals("DROP", closed.getJsonArray("history").getJsonObject(1).getString("action"));
        JsonObject stays = json(Http.get(MasarServer.get(), "/api/v1/enrolments/" + p.theirEnrolment(), "kebili", PW));
        assertEquals(p.keep(), stays.getString("beneficiaryCode"), "the chosen enrolment moved to the survivor");
        assertEquals("ACTIVE", stays.getString("status"));
        JsonObject gone = json(Http.get(MasarServer.get(), "/api/v1/beneficiaries/" + p.duplicate(), "manager", PW));
        assertEquals(p.keep(), gone.getString("mergedInto"));

        browser.open("/beneficiary/view.xhtml?code=" + p.duplicate());
        assertTrue(browser.find("#merged-note").getText().contains(p.keep()));
        assertFalse(browser.present("#merge\\:duplicateCode"), "a merged record takes no merge");
    }

    @Test
    void theMergeInFrenchArabicAndItalian() {
        browser.signIn("manager", PW);
        for (String language : new String[] {"fr", "ar", "it"}) {
            Pair p = pair();
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.open("/beneficiary/view.xhtml?code=" + p.keep());
            assertEquals("ar".equals(language) ? "rtl" : "ltr", browser.dir());
            preview(p.duplicate());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.present("#merge-conflicts"));
            browser.screenshot("merge-preview-" + language);
            chooseTheirsAndConfirm(p);
            browser.screenshot("merge-done-" + language);
        }
    }
}
