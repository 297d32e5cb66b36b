package org.masar.internship.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.testing.Accounts;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The internship coordinator of Tunis matches a demo candidate from Tunis with a host in Milan, plans
 * the placement, signs the learning agreement, receives and verifies the visa with a scan she then
 * downloads, is refused the move to "placed" for want of the insurance, records it and moves on,
 * then completes the placement on its last documents and records its outcome; the coordinator of
 * Milan sees the same placement. (An internship recorded after the fact: its dates are past, so that
 * its outcome can be recorded today.) Screenshots of both pages in English, French, Arabic and Italian.
 */
class PlacementBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";

    private static String one(String query) throws Exception {
        try (Connection c = MasarServer.get().database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static String iso(LocalDate day) {
        return day.toString();
    }

    private void shots(String page, String waitFor) {
        for (String language : new String[] {"fr", "ar", "it", "en"}) {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.find(waitFor);
            if (language.equals("ar")) {
                assertEquals("rtl", browser.dir());
            }
            browser.screenshot("internship-" + page + "-" + language + "-1280");
        }
    }

    @Test
    void theCoordinatorMatchesPlansAndPlacesACandidateOnItsDocuments() throws Exception {
        try {
            matchPlanAndPlace();
        } catch (Throwable failed) {
            browser.screenshot("internship-placement-failure");
            throw failed;
        }
    }

    private void matchPlanAndPlace() throws Exception {
        String enrolment = one("SELECT e.id FROM enrolment e JOIN pipeline p ON p.id = e.pipeline_id"
                + " JOIN programme g ON g.id = p.programme_id JOIN stage st ON st.id = e.current_stage_id"
                + " JOIN beneficiary b ON b.id = e.beneficiary_id JOIN site s ON s.id = b.site_id"
                + " WHERE p.type = 'INTERNSHIP' AND g.code = 'MENTOR2' AND st.code = 'candidate' AND e.status = 'ACTIVE'"
                + " AND (s.code = 'TUN' OR s.path LIKE '%/TUN/%') AND NOT EXISTS (SELECT 1 FROM placement x WHERE x.enrolment_id = e.id) ORDER BY e.id");
        assertTrue(enrolment != null, "the demo has a candidate from Tunis waiting for a host");
        String milan = one("SELECT id FROM site WHERE code = 'MIL'");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Africa/Tunis"));
        LocalDate start = today.minusDays(80);
        LocalDate end = today.minusDays(5);
        String tunis = Accounts.create(MasarServer.get(), "tunis-interns", Role.INTERNSHIP_COORDINATOR, "TUN");
        String milanCoordinator = Accounts.create(MasarServer.get(), "milan-interns", Role.INTERNSHIP_COORDINATOR, "LOM");

        browser.signIn(tunis, PW);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.open("/internship/match.xhtml?enrolment=" + enrolment);
        assertTrue(browser.find("#stage").getText().toLowerCase().contains("candidate"));
        browser.type("#wish\\:city", "Milano");
        browser.type("#wish\\:languages", "it, fr");
        browser.find("#wish\\:suggest").click();
        waitFor(() -> browser.present("#suggestions\\:table"));
        String suggested = browser.find("#suggestions\\:table").getText();
        assertTrue(suggested.contains("Milano") && suggested.contains("same city"), suggested);
        shots("match", "#suggestions\\:table");

        browser.find("#suggestions\\:table tbody tr:first-child button").click();
        waitFor(() -> browser.present("#plan\\:match"));
        String host = browser.find("#chosenHost").getText();
        browser.type("#plan\\:plannedStart_input", iso(start));
        browser.type("#plan\\:plannedEnd_input", iso(start.plusDays(20)));
        browser.choose("plan:receivingSite", milan);
        browser.find("#plan\\:match").click();
        // Too short: refused next to the end date, nothing opened.
        waitFor(() -> browser.find("#plan\\:plannedEnd-message").getText().contains("60 days"));
        browser.type("#plan\\:plannedEnd_input", iso(end));
        browser.clickAndWait("#plan\\:match");
        assertTrue(browser.driver().getCurrentUrl().contains("/internship/placement.xhtml?id="), browser.driver().getCurrentUrl());
        String placement = browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        assertTrue(browser.find("h1").getText().contains(host));
        assertTrue(browser.find("#stage").getText().toLowerCase().contains("match"), browser.find("#stage").getText());

        // The learning agreement, signed by all three today.
        browser.type("#before\\:programme", "Assembly line work, then quality control of welded parts.");
        browser.type("#before\\:learningOutcomes", "Reads technical drawings; runs a MIG welder safely.");
        browser.type("#before\\:monitoringPlan", "A call with the tutor every two weeks.");
        browser.choose("before:languageLevel", "B1");
        browser.type("#before\\:signedByIntern_input", iso(today));
        browser.type("#before\\:signedByHost_input", iso(today));
        browser.type("#before\\:signedBySending_input", iso(today));
        browser.clickAndWait("#before\\:saveBefore");
        assertTrue(browser.find("#signatures").getText().contains(String.valueOf(today.getYear())));
        browser.choose("doc-AGREEMENT:state", "VERIFIED");
        browser.clickAndWait("#doc-AGREEMENT\\:mark");
        assertEquals("verified", browser.find("#state-AGREEMENT").getText());

        // The visa: received with its details (a bad one refused next to its field), then verified, with a scan.
        browser.choose("doc-VISA:state", "RECEIVED");
        browser.type("#doc-VISA\\:number", "ITA-2027-55871");
        browser.type("#doc-VISA\\:validFrom_input", iso(start.minusDays(5)));
        browser.clickAndWait("#doc-VISA\\:mark");
        assertTrue(browser.find("#doc-VISA\\:type-message").getText().contains("type of visa"));
        browser.type("#doc-VISA\\:type", "D – study and training");
        browser.type("#doc-VISA\\:validTo_input", iso(end.plusDays(30)));
        browser.clickAndWait("#doc-VISA\\:mark");
        assertEquals("received", browser.find("#state-VISA").getText());
        assertTrue(browser.find("#document-VISA").getText().contains("interns"));
        browser.choose("doc-VISA:state", "VERIFIED");
        browser.clickAndWait("#doc-VISA\\:mark");
        assertEquals("verified", browser.find("#state-VISA").getText());

        Path png = Path.of("target", "visa-scan.png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        Files.write(png, bytes.toByteArray());
        Path notAScan = Path.of("target", "visa-scan-fake.png");
        Files.writeString(notAScan, "not an image at all");
        browser.driver().findElement(By.cssSelector("#scan-VISA input[type=file]")).sendKeys(notAScan.toAbsolutePath().toString());
        browser.clickAndWait("#scan-VISA\\:upload");
        assertTrue(browser.find("#scan-VISA\\:scan-message").getText().contains("PDF, JPEG or PNG"),
                browser.find("#scan-VISA\\:scan-message").getText());
        browser.driver().findElement(By.cssSelector("#scan-VISA input[type=file]")).sendKeys(png.toAbsolutePath().toString());
        browser.clickAndWait("#scan-VISA\\:upload");
        String address = browser.find("#download-VISA").getAttribute("href");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var file = Http.download(address, session);
        assertEquals(200, file.statusCode());
        assertEquals("image/png", file.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("visa-scan.png"),
                file.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(bytes.toByteArray(), file.body());

        // The paperwork stage asks for nothing; placed needs the insurance too: refused, naming it.
        browser.find("#journeyForm .move-paperwork").click();
        waitFor(() -> browser.find("#stage").getText().toLowerCase().contains("paperwork"));
        browser.find("#journeyForm .move-placed").click();
        waitFor(() -> browser.find("#journeyForm\\:evidence-message").getText().contains("Insurance"));
        assertTrue(browser.find("#journeyForm\\:evidence-message").getText().contains("insurance: not received"),
                browser.find("#journeyForm\\:evidence-message").getText());
        assertTrue(browser.find("#stage").getText().toLowerCase().contains("paperwork"));
        browser.screenshot("internship-placement-refused-en-1280");
        browser.choose("doc-INSURANCE:state", "VERIFIED");
        browser.type("#doc-INSURANCE\\:number", "POL-778812");
        browser.type("#doc-INSURANCE\\:validFrom_input", iso(start.minusDays(1)));
        browser.type("#doc-INSURANCE\\:validTo_input", iso(end.plusDays(1)));
        browser.clickAndWait("#doc-INSURANCE\\:mark");
        assertEquals("verified", browser.find("#state-INSURANCE").getText());
        browser.find("#journeyForm .move-placed").click();
        waitFor(() -> browser.find("#stage").getText().toLowerCase().contains("placed"));
        shots("placement", "#documents");
        browser.clickAndWait("#languages a[data-lang='en']");

        // Back from Milan: arrival letter, the host's evaluation and the certificate open "completed"; then the outcome.
        for (String kind : new String[] {"ARRIVAL", "EVALUATION", "CERTIFICATE"}) {
            browser.choose("doc-" + kind + ":state", "VERIFIED");
            browser.clickAndWait("#doc-" + kind + "\\:mark");
            assertEquals("verified", browser.find("#state-" + kind).getText());
        }
        browser.find("#journeyForm .move-completed").click();
        waitFor(() -> browser.find("#stage").getText().toLowerCase().contains("completed"));
        browser.choose("outcomeForm:outcome", "BACK_HOME_EMPLOYED");
        browser.type("#outcomeForm\\:endedOn_input", iso(end));
        browser.clickAndWait("#outcomeForm\\:end");
        String outcome = browser.find("#outcomeShown").getText();
        assertFalse(outcome.isBlank(), "the outcome is shown");
        browser.screenshot("internship-placement-completed-en-1280");
        browser.signOut();

        // The coordinator of the receiving side, in Milan, sees the same placement and its outcome.
        browser.signIn(milanCoordinator, PW);
        browser.clickAndWait("#languages a[data-lang='it']");
        browser.open("/internship/placement.xhtml?id=" + placement);
        assertTrue(browser.find("h1").getText().contains(host), browser.find("h1").getText());
        assertFalse(browser.find("#outcomeShown").getText().isBlank());
        assertTrue(browser.present("#download-VISA"), "with the visa's scan to download");
        browser.screenshot("internship-placement-milan-it-1280");
        assertEquals(200, Http.download(address, browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .statusCode(), "and the visa's scan");
        browser.signOut();

        // Outside scope, the placement and its scan are not there.
        browser.signIn("kebili", PW);
        browser.open("/internship/placement.xhtml?id=" + placement);
        assertTrue(browser.present("#error-404"), "a case worker of Kebili does not see a Tunis placement");
        assertEquals(404, Http.download(address, browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .statusCode(), "nor its scan");
    }
}
