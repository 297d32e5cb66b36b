package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.testing.Accounts;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sites by their name in the reader's language, people by their full name: a case worker of Sfax
 * reads a profile and an enrolment in Arabic, French and Italian. The worker is an account of this
 * test (its remembered language disturbs no other test), with a name that is not its user name.
 */
class NamesIT extends BrowserTest {

    private static final String PW = Accounts.PASSWORD;
    private static final String WORKER = "names-worker";
    private static final String FULL_NAME = "Hela Ben Youssef";
    /** The Sfax governorate, whose English name "Sfax (governorate)" no other language shows. */
    private static final Map<String, String> SFAX = Map.of("en", "Sfax (governorate)", "ar", "ولاية صفاقس",
            "fr", "Sfax (gouvernorat)", "it", "Sfax (governatorato)");
    private static final Map<String, String> INTERNSHIP = Map.of("en", "Internship", "ar", "تربص", "fr", "Stage",
            "it", "Tirocinio");

    private static String code;
    private static long enrolment;

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @BeforeAll
    static void aWorkerAPersonAndAnEnrolment() throws SQLException {
        MasarServer server = MasarServer.get();
        Accounts.create(server, WORKER, Role.CASE_WORKER, "SFX");
        try (Connection c = server.database().dataSource().getConnection();
             PreparedStatement named = c.prepareStatement("UPDATE app_user SET full_name = ? WHERE username = ?")) {
            named.setString(1, FULL_NAME);
            named.setString(2, WORKER);
            assertEquals(1, named.executeUpdate());
        }
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", WORKER, PW, """
                {"firstName":"Noura","lastName":"Namestest","sex":"F","birthDate":"2001-06-07","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"SFX","documentType":"NONE","educationLevel":"SECONDARY",
                 "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-01-10","purposes":["PARTICIPATION"]}}""");
        assertEquals(201, created.statusCode(), created.body());
        code = json(created.body()).getString("code");
        long internships = Json.createReader(new StringReader(
                        Http.get(server, "/api/v1/pipelines?programme=MENTOR2", WORKER, PW).body())).readArray().stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getString("type").equals("INTERNSHIP")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", WORKER, PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d,\"cohort\":\"Names 2026\"}".formatted(code, internships));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        enrolment = json(enrolled.body()).getJsonNumber("id").longValue();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void aCaseWorkerReadsSiteNamesInTheirLanguageAndPeopleByName() {
        browser.signIn(WORKER, PW);
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.open("/beneficiary/view.xhtml?code=" + code);
        browser.type("#note\\:noteText", "Called about the internship in Milan.");
        browser.choose("note:enrolmentId", String.valueOf(enrolment));
        browser.clickAndWait("#note\\:noteButton");
        assertEquals(List.of(FULL_NAME), texts("#notes-section .author"), "the note's author by name");

        for (String language : List.of("ar", "fr", "it")) {
            browser.open("/beneficiary/view.xhtml?code=" + code);
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            assertEquals(language.equals("ar") ? "rtl" : "ltr", browser.dir());
            // The profile: the site in the reader's language, the timeline's people by name, its words in the page's language.
            assertEquals(SFAX.get(language), browser.find("#profile-site").getText(), language);
            assertEquals(List.of(SFAX.get(language)), texts("#timeline .event-REGISTERED .detail"), "registered at, by name");
            String timeline = browser.find("#timeline").getText();
            assertTrue(timeline.contains("MENTOR2 · " + INTERNSHIP.get(language)),
                    "the pipeline type in " + language + " after switching on the page: " + timeline);
            assertFalse(timeline.contains(INTERNSHIP.get("en")), timeline);
            List<String> who = texts("#timeline .who");
            assertFalse(who.isEmpty());
            assertTrue(who.stream().allMatch(FULL_NAME::equals), "every line by the worker, by name: " + who);
            assertEquals(List.of(FULL_NAME), texts("#notes-section .author"));
            browser.screenshot("names-profile-" + language);

            // The enrolment page: the history's "by" cell and the note's author.
            browser.open("/enrolment/view.xhtml?id=" + enrolment);
            assertEquals(List.of(FULL_NAME), texts("#history td.by"), language);
            assertEquals(List.of(FULL_NAME), texts("#enrolment-case-work .author"), language);
            browser.screenshot("names-enrolment-" + language);

            // A site pick-list: the registry's filter names the sites in the reader's language.
            browser.open("/beneficiary/list.xhtml");
            List<String> sites = browser.driver().findElements(By.cssSelector("#filters\\:site_input option")).stream()
                    .map(o -> o.getAttribute("textContent")).toList();
            assertTrue(sites.contains(SFAX.get(language)) && !sites.contains(SFAX.get("en")), language + ": " + sites);
        }
        browser.clickAndWait("#languages a[data-lang='en']");
    }

    @Test
    void aManagerSeesWhoReadTheRecordByName() {
        MasarServer server = MasarServer.get();
        assertEquals(200, Http.get(server, "/api/v1/beneficiaries/" + code, WORKER, PW).statusCode());
        browser.signIn("manager", PW);
        browser.open("/beneficiary/view.xhtml?code=" + code);
        List<String> who = texts("#access-history .who");
        assertTrue(who.contains(FULL_NAME) && !who.contains(WORKER), who.toString());
        browser.clickAndWait("#access-history-all");
        String table = browser.find("#list\\:table").getText();
        assertTrue(table.contains(FULL_NAME) && table.contains(WORKER), "the audit log names the person and the account: " + table);
    }

    @Test
    void theApiKeepsTheEnglishNameAndAddsTheFourNames() {
        JsonObject sfax = Json.createReader(new StringReader(Http.get(MasarServer.get(), "/api/v1/sites", WORKER, PW).body()))
                .readArray().stream().map(v -> v.asJsonObject()).filter(s -> s.getString("code").equals("SFX"))
                .findFirst().orElseThrow();
        assertEquals("Sfax (governorate)", sfax.getString("name"));
        for (String language : List.of("en", "ar", "fr", "it")) {
            assertEquals(SFAX.get(language), sfax.getJsonObject("names").getString(language), language);
        }
    }
}
