package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator's sites, partners and programmes pages: create, edit, refuse bad input in place. */
class AdminReferenceIT extends BrowserTest {


    @BeforeEach
    void signIn() {
        browser.signIn("admin", "masar-demo");
    }


    private void awaitUrlEnding(String end) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith(end));
        } catch (RuntimeException timeout) {
            browser.screenshot("failed-" + end.replace('/', '-'));
            throw timeout;
        }
    }

    @Test
    void aNewMunicipalityUnderSfaxEntersTheSfaxCaseWorkersScope() {
        browser.open("/admin/site.xhtml");
        browser.choose("form:parent", "SFX");
        browser.type("#form\\:code", "sfx_bad");
        browser.type("#form\\:nameFr", "Sakiet Ezzit");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.find("#form\\:code-message").getText().contains("capital letters"));
        assertTrue(browser.find("#form\\:nameEn-message").getText().contains("name in English"),
                "English is the name every site has: " + browser.find("#form\\:nameEn-message").getText());
        browser.screenshot("admin-site-invalid-en");

        browser.type("#form\\:code", "sfx-skr");
        browser.type("#form\\:nameEn", "Sakiet Ezzit");
        browser.type("#form\\:nameAr", "ساقية الزيت");
        browser.clickAndWait("#form\\:save");
        awaitUrlEnding("/admin/sites.xhtml");
        assertTrue(browser.find("#messages").getText().contains("Site SFX-SKR saved."));
        String sites = Http.get(MasarServer.get(), "/api/v1/sites", "sfax", "masar-demo").body();
        assertTrue(sites.contains("\"SFX-SKR\""), sites);
        jakarta.json.JsonObject names = jakarta.json.Json.createReader(new java.io.StringReader(sites)).readArray().stream()
                .map(v -> v.asJsonObject()).filter(v -> v.getString("code").equals("SFX-SKR")).findFirst().orElseThrow()
                .getJsonObject("names");
        assertEquals("ساقية الزيت", names.getString("ar"));
        assertEquals("Sakiet Ezzit", names.getString("fr"));
        assertTrue(!names.containsKey("it") || names.isNull("it"), "no Italian name: " + names);
        assertTrue(!Http.get(MasarServer.get(), "/api/v1/sites", "kebili", "masar-demo").body().contains("SFX-SKR"));
    }

    @Test
    void aPartnerIsCreatedAndItsNameMustBeUnique() {
        browser.open("/admin/partner.xhtml");
        browser.type("#form\\:name", "Tuscany Region");
        browser.choose("form:type", "NGO");
        browser.type("#form\\:countryCode", "tn");
        browser.clickAndWait("#form\\:save");
        assertEquals("Another partner already has this name.", browser.find("#form\\:name-message").getText());
        assertEquals("TN", browser.find("#form\\:countryCode").getAttribute("value"), "input kept, capitalised");

        browser.type("#form\\:name", "Association Mahdia Jeunesse");
        browser.clickAndWait("#form\\:save");
        awaitUrlEnding("/admin/partners.xhtml");
        assertTrue(browser.find("#messages").getText().contains("Association Mahdia Jeunesse"));
    }

    @Test
    void aProgrammeEndingBeforeItStartsIsRefusedNextToTheEndDate() {
        browser.open("/admin/programmes.xhtml");
        browser.clickAndWait("#list\\:table a[href*='programme.xhtml']");
        String code = browser.find("h1").getText();
        var end = browser.find("#form\\:endDate_input");
        end.clear();
        end.sendKeys("2001-01-01");
        browser.find("#form\\:name").click();
        browser.clickAndWait("#form\\:save");
        assertEquals("The end date cannot be before the start date.", browser.find("#form\\:endDate-message").getText());
        browser.screenshot("admin-programme-invalid-en");
        assertTrue(!Http.get(MasarServer.get(), "/api/v1/programmes", "manager", "masar-demo").body()
                .contains("2001-01-01"), code + " must be unchanged");
        assertTrue(browser.driver().findElements(By.cssSelector("#form\\:sites")).size() == 1);
    }
}
