package org.masar.pipeline.web;

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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The profile's enrol form and a programme that ended (TRAIT D'union, 13 December 2023): the Sfax
 * case worker is refused next to the pipeline, in English and French, and offered no override; the
 * manager is refused too, then offered the box and the reason, and enrols with a reason that the
 * enrolment's history shows. Screenshots in en, fr, ar and it.
 */
class EnrolPeriodBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private static final String REASON = "Comité de pilotage du 20 novembre : certificats tardifs de la cohorte 2023";

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static long tduTraining() {
        return Json.createReader(new StringReader(Http.get(MasarServer.get(), "/api/v1/pipelines?programme=TDU", "sfax", PW)
                        .body())).readArray().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("type").equals("TRAINING")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private void language(String language) {
        browser.clickAndWait("#languages a[data-lang='" + language + "']");
    }

    /** Opens the profile and tries to enrol into TDU's training; answers the message next to the pipeline. */
    private String tryToEnrol(String code, long pipeline) {
        browser.open("/beneficiary/view.xhtml?code=" + code);
        assertFalse(browser.present("#enrol\\:periodOverride"), "no override offered before it is needed");
        browser.choose("enrol:pipelineId", String.valueOf(pipeline));
        browser.clickAndWait("#enrol\\:enrolButton");
        assertTrue(browser.driver().getCurrentUrl().contains("/beneficiary/view.xhtml"), "still on the profile");
        return browser.find("#enrol\\:pipelineId-message").getText();
    }

    @Test
    void aCaseWorkerIsRefusedAndAManagerEnrolsWithAReason() {
        MasarServer server = MasarServer.get();
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW, """
                {"firstName":"Salma","lastName":"Periodtest","sex":"F","birthDate":"2002-10-11","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"SFX-M","documentType":"NONE","educationLevel":"SECONDARY",
                 "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-01-10","purposes":["PARTICIPATION"]}}""");
        assertEquals(201, created.statusCode(), created.body());
        String code = json(created.body()).getString("code");
        long tdu = tduTraining();

        browser.signIn("sfax", PW);
        language("en");
        String english = tryToEnrol(code, tdu);
        assertEquals("TDU ended on December 13, 2023: enrolling in it now takes a manager’s written reason.", english);
        assertFalse(browser.present("#enrol\\:periodOverride"), "no override for a case worker");
        assertFalse(browser.present("#enrol\\:overrideReason"));
        browser.screenshot("enrol-period-refused-en");
        language("fr");
        String french = tryToEnrol(code, tdu);
        assertTrue(french.startsWith("TDU a pris fin le 13 décembre 2023"), french);
        assertFalse(browser.present("#enrol\\:periodOverride"));
        browser.screenshot("enrol-period-refused-fr");
        language("en");
        browser.signOut();

        browser.signIn("manager", PW);
        for (String language : new String[] {"ar", "it", "fr"}) {
            language(language);
            String refused = tryToEnrol(code, tdu);
            assertTrue(refused.contains("TDU") && refused.contains("2023"), refused);
            assertTrue(browser.present("#enrol\\:periodOverride"), "the manager is offered the override once refused");
            assertTrue(browser.present("#enrol\\:overrideReason"));
            assertEquals(language.equals("ar") ? "rtl" : "ltr", browser.dir());
            browser.screenshot("enrol-period-override-" + language);
        }
        // Ticked, but the reason is too short: said next to the reason, nothing enrolled.
        browser.find("#enrol\\:periodOverride .ui-chkbox-box").click();
        browser.type("#enrol\\:overrideReason", "tard");
        browser.clickAndWait("#enrol\\:enrolButton");
        assertTrue(browser.find("#enrol\\:overrideReason-message").getText().contains("10"),
                browser.find("#enrol\\:overrideReason-message").getText());
        browser.screenshot("enrol-period-reason-short-fr");
        // The box stays ticked across the refused attempt; a real reason enrols.
        browser.type("#enrol\\:overrideReason", REASON);
        browser.clickAndWait("#enrol\\:enrolButton");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/enrolment/view.xhtml"));
        String history = browser.find("#history").getText();
        assertTrue(history.contains("Hors de la période du programme") && history.contains(REASON), history);
        browser.screenshot("enrol-period-overridden-fr");
        language("ar");
        assertEquals("rtl", browser.dir());
        assertTrue(browser.find("#history").getText().contains("خارج فترة البرنامج"), browser.find("#history").getText());
        browser.screenshot("enrol-period-overridden-ar");
        language("it");
        assertTrue(browser.find("#history").getText().contains("Fuori dal periodo del programma"));
        browser.screenshot("enrol-period-overridden-it");
        language("en");
    }
}
