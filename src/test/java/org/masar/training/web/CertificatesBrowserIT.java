package org.masar.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PrintOptions;

/**
 * Certificates on the demo data: the first workshop's participants who met its rule were completed
 * by their records and certified. The trainer prints the course's certificates (A4, one a page, in
 * each holder's language: French, and Arabic laid out right to left), saved as PDF by Chromium's
 * print; anyone checks one without signing in by code and birth year — course, hours and date, no
 * name — and a wrong year or a made-up code confirms nothing.
 */
class CertificatesBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";

    /** Certificate code, holder's birth year, course id and participant id of the demo's certificates, oldest first. */
    private static List<String[]> certificates() throws Exception {
        try (Connection c = MasarServer.get().database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT x.code, YEAR(b.birth_date), p.course_id, p.id, b.code FROM course_certificate x"
                     + " JOIN course_participant p ON p.id = x.participant_id JOIN enrolment e ON e.id = p.enrolment_id"
                     + " JOIN beneficiary b ON b.id = e.beneficiary_id ORDER BY x.id")) {
            List<String[]> found = new java.util.ArrayList<>();
            while (r.next()) {
                found.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
            }
            return found;
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = MasarServer.get().database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void theTrainerPrintsTheCertificatesEachInItsHoldersLanguage() throws Exception {
        List<String[]> issued = certificates();
        assertTrue(issued.size() >= 2, "the demo's first workshop certified those who met its rule: " + issued.size());
        // One holder reads Arabic: their certificate is in Arabic, right to left.
        sql("UPDATE beneficiary SET language = 'fr' WHERE code = '" + issued.get(0)[4] + "'");
        sql("UPDATE beneficiary SET language = 'ar' WHERE code = '" + issued.get(1)[4] + "'");
        boolean third = issued.size() >= 3 && issued.get(2)[2].equals(issued.get(0)[2]);
        if (third) {
            sql("UPDATE beneficiary SET language = 'it' WHERE code = '" + issued.get(2)[4] + "'");
        }
        browser.signIn("trainer", PW);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.clickAndWait("#languages a[data-lang='fr']");
        browser.open("/training/certificates.xhtml?course=" + issued.get(0)[2]);
        List<org.openqa.selenium.WebElement> pages = browser.driver().findElements(By.cssSelector("article.certificate"));
        assertEquals(issued.stream().filter(x -> x[2].equals(issued.get(0)[2])).count(), pages.size(), "one page per certificate");
        // Pages come in the participants' order: each found by the code printed on it.
        var french = pages.stream().filter(p -> p.getText().contains(issued.get(0)[0])).findFirst().orElseThrow();
        var arabic = pages.stream().filter(p -> p.getText().contains(issued.get(1)[0])).findFirst().orElseThrow();
        assertEquals("fr", french.getAttribute("lang"));
        assertTrue(french.getText().contains("Attestation de participation"), french.getText());
        assertEquals("rtl", arabic.getAttribute("dir"));
        assertTrue(arabic.getText().contains("شهادة مشاركة"), arabic.getText());
        browser.screenshot("training-certificates-fr-ar-1280");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", arabic);
        browser.screenshot("training-certificate-ar-1280");
        if (third) {
            var italian = pages.stream().filter(p -> p.getText().contains(issued.get(2)[0])).findFirst().orElseThrow();
            assertEquals("it", italian.getAttribute("lang"));
            assertTrue(italian.getText().contains("Attestato di partecipazione"), italian.getText());
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", italian);
            browser.screenshot("training-certificate-it-1280");
        }

        String pdf = ((PrintsPage) browser.driver()).print(new PrintOptions()).getContent();
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve("training-certificates.pdf");
        Files.write(file, Base64.getDecoder().decode(pdf));
        assertTrue(Files.size(file) > 10_000, "a printed PDF");

        browser.open("/training/certificates.xhtml?course=" + issued.get(0)[2] + "&participant=" + issued.get(0)[3]);
        assertEquals(1, browser.driver().findElements(By.cssSelector("article.certificate")).size(), "one participant's alone");

        browser.open("/training/courses.xhtml"); // the print page has no menu to sign out from
        browser.signOut();
        browser.signIn("sfax", PW);
        browser.open("/training/certificates.xhtml?course=" + issued.get(0)[2]);
        assertTrue(browser.driver().findElements(By.cssSelector("article.certificate")).isEmpty(),
                "a case worker reads the course but prints no certificate");
    }

    @Test
    void anyoneChecksACertificateByCodeAndBirthYearAndLearnsNothingElse() throws Exception {
        String[] one = certificates().get(0);
        String[] languages = {"en", "fr", "ar", "it"};
        for (int i = 0; i < languages.length; i++) {
            browser.open("/verify.xhtml");
            browser.clickAndWait("#languages a[data-lang='" + languages[i] + "']");
            browser.find("#verify\\:code").sendKeys(i == 1 ? one[0].toLowerCase().replace("-", " ") : one[0]);
            browser.find("#verify\\:birthYear").sendKeys(one[1]);
            browser.find("#verify\\:check").click();
            String result = browser.find("#result.verified").getText();
            assertTrue(result.contains("Gestion d'une entreprise sociale"), result);
            browser.screenshot("training-verify-" + languages[i]);
        }
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.open("/verify.xhtml");
        browser.find("#verify\\:code").sendKeys(one[0]);
        browser.find("#verify\\:birthYear").sendKeys(String.valueOf(Integer.parseInt(one[1]) + 1));
        browser.find("#verify\\:check").click();
        String wrong = browser.find("#result.not-verified").getText();
        assertEquals("No certificate matches this code and year of birth.", wrong);
        browser.open("/verify.xhtml");
        browser.find("#verify\\:code").sendKeys(one[0]);
        browser.find("#verify\\:birthYear").sendKeys("19x8");
        browser.find("#verify\\:check").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class).until(d -> browser.find("#verify\\:birthYear-message").getText().contains("four digits")); // said next to the field
        assertFalse(browser.present("#result"));
        browser.screenshot("training-verify-invalid-en");
    }
}
