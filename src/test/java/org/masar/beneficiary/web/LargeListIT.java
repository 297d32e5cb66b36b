package org.masar.beneficiary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.NameMatcher;
import org.masar.testing.BrowserTest;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A list of more than a thousand: the manager searches a name 1,100 people in Milan share. The
 * report says "of more than 1,000"; the paginator goes past the thousandth row page by page
 * (each asked for by cursor), and the last page says exactly how many there are.
 */
class LargeListIT extends BrowserTest {

    private static final String NAME = "Benkirane";
    private static final int PEOPLE = 1100;

    @BeforeAll
    static void planted() throws SQLException {
        MasarServer server = MasarServer.get();
        try (Connection c = server.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            // The name may find some people already (the demo's, other tests'): planted so that it finds exactly
            // PEOPLE, counted as the manager's search counts them.
            var found = org.masar.testing.Http.get(server, "/api/v1/beneficiaries?name=" + NAME + "&size=1", "manager",
                    "masar-demo");
            int already = jakarta.json.Json.createReader(new java.io.StringReader(found.body())).readObject().getInt("total");
            s.execute("INSERT INTO beneficiary (code, first_name, last_name, sex, birth_date, nationality, residence_country,"
                    + " site_id, document_type, education_level, employment_status, disability, created_at, created_by,"
                    + " updated_at, version, taking_part)"
                    + " SELECT CONCAT('BK-', LPAD(seq, 6, '0')), ELT(1 + seq MOD 4, 'Amal', 'Hicham', 'Souad', 'Yassine'), '" + NAME
                    + "', IF(seq MOD 2 = 0, 'F', 'M'), DATE_SUB('2000-01-01', INTERVAL seq DAY), 'MA', 'IT',"
                    + " (SELECT id FROM site WHERE code = 'MIL'), 'NONE', 'SECONDARY', 'UNEMPLOYED', FALSE, NOW(), 'test', NOW(), 0, TRUE"
                    + " FROM seq_1_to_" + (PEOPLE - already));
            s.execute("INSERT INTO consent (beneficiary_id, purpose, given_on, recorded_by) SELECT id, 'PARTICIPATION',"
                    + " '2025-01-01', 'test' FROM beneficiary WHERE code LIKE 'BK-%'");
            Set<String> tokens = new HashSet<>(NameMatcher.searchTokens("", NAME, null));
            for (String first : List.of("Amal", "Hicham", "Souad", "Yassine")) {
                for (String token : NameMatcher.searchTokens(first, "", null)) {
                    s.execute("INSERT IGNORE INTO beneficiary_name_token (beneficiary_id, token, site_id, taking_part, last_name, first_name) SELECT id, '" + token
                            + "', site_id, taking_part, last_name, first_name FROM beneficiary WHERE code LIKE 'BK-%' AND first_name = '" + first + "'");
                }
            }
            for (String token : tokens) {
                s.execute("INSERT IGNORE INTO beneficiary_name_token (beneficiary_id, token, site_id, taking_part, last_name, first_name) SELECT id, '" + token
                        + "', site_id, taking_part, last_name, first_name FROM beneficiary WHERE code LIKE 'BK-%'");
            }
        }
    }

    @Test
    void aThousandPlusListSaysSoAndPagesPastTheThousandthRow() {
        browser.signIn("manager", "masar-demo");
        browser.clickAndWait("#menu-beneficiaries");
        browser.type("#filters\\:name", NAME);
        browser.clickAndWait("#filters\\:search");
        assertEquals("1–25 of more than 1,000", report());
        browser.screenshot("large-list-capped-en");

        turn("last");
        assertEquals("1001–1025 of more than 1,000", report(), "the last page offered is past the cap");
        List<String> page41 = codes();
        assertEquals(25, page41.size());
        turn("next");
        assertEquals("1026–1050 of more than 1,000", report(), "a full page offers one more");
        turn("next");
        turn("next");
        assertEquals("1076–1100 of 1100", report(), "the last page says exactly where the list ends");
        assertTrue(browser.driver().findElements(By.cssSelector("#list\\:table .ui-paginator-next.ui-state-disabled")).size() == 1);
        // (the page 1076–1100 is the last: nothing follows it, and the report now says so)
        browser.screenshot("large-list-end-en");

        turn("prev");
        turn("prev");
        turn("prev");
        assertEquals(page41, codes(), "going back shows the same rows as going forward");
    }

    @Test
    void theCappedCountReadsInEachLanguage() {
        browser.signIn("manager", "masar-demo");
        browser.clickAndWait("#menu-beneficiaries");
        browser.type("#filters\\:name", NAME);
        browser.clickAndWait("#filters\\:search");
        for (String[] language : new String[][] {{"fr", "sur plus de"}, {"it", "di oltre"}, {"ar", "من أكثر من"}}) {
            browser.clickAndWait("#languages a[data-lang='" + language[0] + "']");
            browser.screenshot("large-list-capped-" + language[0]);
            String report = report();
            assertTrue(report.startsWith("1–25") || report.startsWith("\u20661–25"), report);
            assertTrue(report.contains(language[1]), "the report says 'more than' in " + language[0] + ": " + report);
        }
        browser.clickAndWait("#languages a[data-lang='en']");
    }

    /** Clicks a pager button ("last", "next", "prev") and waits for the table the answer draws. */
    private void turn(String button) {
        String before = report();
        browser.find("#list\\:table .ui-paginator-" + button).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !report().equals(before));
    }

    private String report() {
        return browser.find("#list\\:table .ui-paginator-current").getText().trim();
    }

    private List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("#list\\:table tbody td:first-child a"))) {
            codes.add(link.getText());
        }
        return codes;
    }
}
