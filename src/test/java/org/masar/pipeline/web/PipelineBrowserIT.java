package org.masar.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Kebili case worker enrols a person in CROLET's training (open-ended, so the test does not age), advances twice (the
 * first only once the interview is ticked), is refused the certificate without its criteria,
 * drops the person with a reason, and finds it all on the timeline and the board.
 */
class PipelineBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void enrolAdvanceRefusedDropThenTimelineAndBoard() {
        MasarServer server = MasarServer.get();
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", "kebili", PW, """
                {"firstName":"Rim","lastName":"Boardtest","sex":"F","birthDate":"2003-04-05","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"KEB-M","documentType":"NONE","educationLevel":"SECONDARY",
                 "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-01-10","purposes":["PARTICIPATION"]}}""");
        assertEquals(201, created.statusCode(), created.body());
        String code = json(created.body()).getString("code");
        JsonArray pipelines = Json.createReader(new StringReader(
                Http.get(server, "/api/v1/pipelines?programme=CROLET", "kebili", PW).body())).readArray();
        long training = pipelines.stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("type").equals("TRAINING")).findFirst().orElseThrow().getJsonNumber("id").longValue();

        browser.signIn("kebili", PW);
        browser.clickAndWait("#languages a[data-lang='en']"); // the language is remembered per user
        browser.open("/beneficiary/view.xhtml?code=" + code);
        browser.choose("enrol:pipelineId", String.valueOf(training));
        browser.type("#enrol\\:cohort", "Sfax training 2026-B");
        browser.clickAndWait("#enrol\\:enrolButton");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/enrolment/view.xhtml"));
        assertEquals("Registered", browser.find("#stage").getText());
        browser.screenshot("enrolment-enrolled-en");

        // Into "selected": its criterion must be ticked first.
        browser.clickAndWait("#advance\\:advanceButton");
        assertTrue(browser.find("#messages").getText().contains("Eligibility interview held"), browser.find("#messages").getText());
        assertEquals("Registered", browser.find("#stage").getText(), "nothing moved");
        browser.find("label[for='advance:criteria:0']").click();
        browser.clickAndWait("#advance\\:advanceButton");
        assertEquals("Selected", browser.find("#stage").getText());
        browser.clickAndWait("#advance\\:advanceButton");
        assertEquals("In training", browser.find("#stage").getText());

        // The certificate needs attendance and the final assessment, met by the records (the demo binds
        // CROLET's criteria to courses): refused without them, said on the records' list.
        browser.clickAndWait("#advance\\:advanceButton");
        String refusal = browser.find("#advance\\:evidence-message").getText();
        assertTrue(refusal.contains("The records do not meet") && refusal.contains("Attendance at least 80%")
                && refusal.contains("Final assessment passed"), refusal);
        assertEquals("In training", browser.find("#stage").getText());
        assertFalse(browser.present("#advance\\:overrideReason"), "case workers cannot override criteria");
        browser.screenshot("enrolment-refused-en");

        // Drop: the reason code is required.
        browser.clickAndWait("#drop\\:dropButton");
        assertTrue(browser.find("#drop\\:reasonCode-message").getText().contains("Choose why"));
        browser.choose("drop:reasonCode", "FOUND_WORK");
        browser.type("#drop\\:note", "Hired by a call centre in Sfax");
        browser.clickAndWait("#drop\\:dropButton");
        assertTrue(browser.find("#status").getText().contains("Dropped"));
        String history = browser.find("#history").getText();
        assertTrue(history.contains("Found work") && history.contains("Hired by a call centre"), history);
        browser.screenshot("enrolment-dropped-en");

        browser.clickAndWait("#person");
        String timeline = browser.find("#timeline").getText();
        for (String expected : new String[] {"Enrolled", "Registered → Selected", "Selected → In training", "Dropped",
                "Found work — Hired by a call centre in Sfax", "CROLET · Training"}) {
            assertTrue(timeline.contains(expected), expected + " in " + timeline);
        }
        assertTrue(browser.find("#enrolments").getText().contains("Dropped"));
        browser.screenshot("enrolment-profile-timeline-en");

        browser.open("/enrolment/board.xhtml?pipeline=" + training);
        browser.choose("filters:cohort", "Sfax training 2026-B");
        browser.clickAndWait("#filters\\:show");
        String dropped = browser.find(".board-column.dropped").getText();
        assertTrue(dropped.contains("Rim Boardtest") && dropped.contains("Found work"), dropped);
        assertEquals("0", browser.find(".board-column[data-stage='in_training'] .count").getText());
        browser.screenshot("enrolment-board-cohort-en");
    }

    @Test
    void aMoveMadeElsewhereFirstIsReportedAndTheNewStateShown() {
        MasarServer server = MasarServer.get();
        JsonObject training = Json.createReader(new StringReader(
                Http.get(server, "/api/v1/pipelines?programme=CROLET", "kebili", PW).body())).readArray().stream()
                .map(v -> v.asJsonObject()).filter(p -> p.getString("type").equals("TRAINING")).findFirst().orElseThrow();
        HttpResponse<String> person = Http.send(server, "POST", "/api/v1/beneficiaries", "kebili", PW, """
                {"firstName":"Nour","lastName":"Racetest","sex":"F","birthDate":"2002-06-07","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"KEB-M","documentType":"NONE","educationLevel":"SECONDARY",
                 "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-01-10","purposes":["PARTICIPATION"]}}""");
        JsonObject enrolled = json(Http.send(server, "POST", "/api/v1/enrolments", "kebili", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d}".formatted(json(person.body()).getString("code"),
                        training.getJsonNumber("id").longValue())).body());
        long id = enrolled.getJsonNumber("id").longValue();

        browser.signIn("kebili", PW);
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.open("/enrolment/view.xhtml?id=" + id);
        assertEquals("Registered", browser.find("#stage").getText());
        // Meanwhile a colleague drops the person from another device.
        assertEquals(201, Http.send(server, "POST", "/api/v1/enrolments/" + id + "/moves", "manager", PW,
                "{\"action\":\"DROP\",\"reasonCode\":\"MIGRATED\",\"version\":%d}".formatted(enrolled.getInt("version")))
                .statusCode());
        browser.find("label[for='advance:criteria:0']").click();
        browser.clickAndWait("#advance\\:advanceButton");
        assertTrue(browser.find("#messages").getText().contains("Someone else"), browser.find("#messages").getText());
        assertTrue(browser.find("#status").getText().contains("Dropped"), "the page now shows what happened");
        assertFalse(browser.present("#advance\\:advanceButton"), "no move is offered on a dropped enrolment");
        assertTrue(browser.present("#closed"));
        JsonObject after = json(Http.get(server, "/api/v1/enrolments/" + id, "kebili", PW).body());
        assertEquals(2, after.getJsonArray("history").size(), "enrolled, dropped — and nothing else");
        browser.screenshot("enrolment-stale-en");
    }

    @Test
    void bulkAdvanceMovesThoseThatCanAndListsTheOthers() {
        MasarServer server = MasarServer.get();
        JsonArray pipelines = Json.createReader(new StringReader(
                Http.get(server, "/api/v1/pipelines?programme=CROLET", "kebili", PW).body())).readArray();
        JsonObject training = pipelines.stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("type").equals("TRAINING")).findFirst().orElseThrow();
        long trainingId = training.getJsonNumber("id").longValue();
        JsonObject selected = training.getJsonArray("stages").getJsonObject(1);
        long[] enrolments = new long[3];
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> person = Http.send(server, "POST", "/api/v1/beneficiaries", "kebili", PW, """
                    {"firstName":"Bulk%d","lastName":"Cohort","sex":"F","birthDate":"2004-01-0%d","nationality":"TN",
                     "residenceCountry":"TN","siteCode":"KEB-M","documentType":"NONE","educationLevel":"SECONDARY",
                     "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-01-10","purposes":["PARTICIPATION"]}}"""
                    .formatted(i, i + 1));
            HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", "kebili", PW,
                    "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d,\"cohort\":\"Sfax bulk 2026\"}"
                            .formatted(json(person.body()).getString("code"), trainingId));
            assertEquals(201, enrolled.statusCode(), enrolled.body());
            enrolments[i] = json(enrolled.body()).getJsonNumber("id").longValue();
        }
        // The third is already dropped: it cannot move.
        assertEquals(201, Http.send(server, "POST", "/api/v1/enrolments/" + enrolments[2] + "/moves", "kebili", PW,
                "{\"action\":\"DROP\",\"reasonCode\":\"NO_SHOW\",\"version\":1}").statusCode());

        browser.signIn("kebili", PW);
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.open("/enrolment/list.xhtml?pipeline=" + trainingId);
        browser.choose("filters:cohort", "Sfax bulk 2026");
        browser.choose("filters:status", "");
        browser.clickAndWait("#filters\\:search");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#list\\:table_data tr")).size());
        browser.find("#list\\:table_head .ui-chkbox-box").click(); // the header box selects the page
        browser.choose("list:targetStage", String.valueOf(selected.getJsonNumber("id").longValue()));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.present("label[for='list:criteria:0']"));
        browser.find("label[for='list:criteria:0']").click();
        browser.clickAndWait("#list\\:bulkButton");
        String results = browser.find("#bulkResults").getText();
        assertTrue(browser.find("#messages").getText().contains("2 moved, 1 not moved"), browser.find("#messages").getText());
        assertTrue(results.contains("This enrolment is no longer active."), results);
        browser.screenshot("enrolment-bulk-en");
        JsonObject first = json(Http.get(server, "/api/v1/enrolments/" + enrolments[0], "kebili", PW).body());
        assertEquals("selected", first.getJsonObject("stage").getString("code"));

        // The export carries the same filters: the three of the cohort, then every move on a second sheet.
        String href = browser.find("#export").getAttribute("href");
        assertTrue(href.contains("cohort=Sfax+bulk+2026"), href);
        HttpResponse<byte[]> download = Http.download(href, browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
        assertEquals(200, download.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet list = workbook.getSheetAt(0);
            assertEquals("Enrolments", list.getSheetName());
            assertEquals(3, list.getLastRowNum(), "a header and the three of the cohort");
            assertEquals("Current stage", list.getRow(0).getCell(10).getStringCellValue());
            Map<String, Row> byCode = new HashMap<>();
            for (int r = 1; r <= 3; r++) {
                byCode.put(list.getRow(r).getCell(1).getStringCellValue(), list.getRow(r));
            }
            Row dropped = byCode.values().stream().filter(r -> r.getCell(11).getStringCellValue().equals("Dropped"))
                    .findFirst().orElseThrow();
            assertEquals("No-show", dropped.getCell(12).getStringCellValue());
            assertEquals("Registered", dropped.getCell(10).getStringCellValue());
            assertEquals(CellType.NUMERIC, dropped.getCell(13).getCellType(), "start date is a date cell");
            assertEquals(2, byCode.values().stream().filter(r -> r.getCell(10).getStringCellValue().equals("Selected")).count());
            XSSFSheet moves = workbook.getSheetAt(1);
            assertEquals("Moves", moves.getSheetName());
            assertEquals(6, moves.getLastRowNum(), "three enrolled, two moved forward, one dropped");
            long advanced = 0;
            for (int r = 1; r <= 6; r++) {
                if (moves.getRow(r).getCell(3).getStringCellValue().equals("Moved forward")) {
                    advanced++;
                    assertEquals("Eligibility interview held", moves.getRow(r).getCell(10).getStringCellValue());
                }
            }
            assertEquals(2, advanced);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void caseloadBoardFunnelEnrolmentAndProfileInFrenchItalianAndArabic() {
        browser.signIn("sfax", PW);
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.clickAndWait("#menu-caseload");
        assertTrue(browser.driver().findElements(By.cssSelector("#followUps li")).size() > 0, "demo follow-ups for sfax");
        assertTrue(browser.present("#followUps li.overdue"), "some overdue");
        assertTrue(browser.driver().findElements(By.cssSelector(".stuck-list li")).size() > 0, "some stuck");
        browser.screenshot("caseload-en");
        for (String language : new String[] {"fr", "it", "ar"}) {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.open("/enrolment/caseload.xhtml");
            browser.screenshot("caseload-" + language);
            browser.open("/enrolment/board.xhtml");
            assertTrue(browser.driver().findElements(By.cssSelector(".board-column")).size() >= 5);
            browser.screenshot("board-" + language);
            browser.open("/report/funnel.xhtml");
            assertTrue(browser.driver().findElements(By.cssSelector("#funnel tbody tr")).size() >= 4);
            browser.screenshot("funnel-" + language);
            browser.open("/enrolment/list.xhtml");
            browser.screenshot("enrolments-" + language);
            browser.clickAndWait("#list\\:table_data tr:first-child a");
            assertTrue(browser.present("#history"));
            browser.screenshot("enrolment-view-" + language);
            assertTrue(browser.present("#enrolment-case-work"), "case work's section of the enrolment page");
            browser.clickAndWait("#person");
            assertTrue(browser.present("#timeline"));
            for (String section : new String[] {"#enrolments", "#follow-ups", "#notes-section"}) {
                assertTrue(browser.present(section), "the profile shows the section " + section + " its module adds");
            }
            browser.screenshot("profile-casework-" + language);
        }
        assertEquals("rtl", browser.dir());
        browser.clickAndWait("#languages a[data-lang='en']");
    }
}
