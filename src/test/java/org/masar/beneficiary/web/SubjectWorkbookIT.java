package org.masar.beneficiary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * A data-subject request (GDPR arts. 15 and 20): a manager takes the workbook of everything Masar
 * holds about one person from their profile, in the person's language; it is read back here, and
 * the export is found in the person's access history. Nobody else gets it.
 */
class SubjectWorkbookIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private final MasarServer server = MasarServer.get();

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> column(Sheet sheet, int column) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(column) != null) {
                values.add(format.formatCellValue(row.getCell(column)));
            }
        }
        return values;
    }

    @Test
    void aManagerTakesEverythingHeldAboutAPersonInTheirLanguageAndTheTrailKeepsIt() throws IOException {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", "kebili", PW, """
                {"firstName":"Nour","lastName":"Subjectrequest","sex":"F","birthDate":"1998-08-18","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"KEB-M","phone":"23 456 789","documentType":"NONE",
                 "educationLevel":"HIGHER","employmentStatus":"UNEMPLOYED","language":"FR",
                 "consent":{"date":"2026-03-01","purposes":["PARTICIPATION","FOLLOW_UP"]}}""");
        assertEquals(201, created.statusCode(), created.body());
        String code = json(created).getString("code");
        assertEquals("fr", json(created).getString("language"), "read in any case, kept as Masar writes it");
        HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", "kebili", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d}".formatted(code, trainingPipeline()));
        assertEquals(201, enrolled.statusCode(), enrolled.body());

        browser.signIn("kebili", PW);
        browser.open("/beneficiary/view.xhtml?code=" + code);
        assertFalse(browser.present("#subject-export"), "a case worker does not take it");
        browser.type("#note\\:noteText", "Asked to see what Masar holds about her.");
        browser.clickAndWait("#note\\:noteButton");
        String sfaxSession = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertEquals(403, Http.download(server.url("/download/person.xlsx?code=" + code), sfaxSession).statusCode());
        browser.signOut();

        browser.signIn("manager", PW);
        browser.open("/beneficiary/view.xhtml?code=" + code);
        assertEquals("Français", browser.find("#profile-language").getText());
        String href = browser.find("#subject-export").getAttribute("href");
        assertTrue(href.endsWith("/download/person.xlsx?code=" + code), href);
        browser.screenshot("subject-export-profile-en");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> file = Http.download(href, session);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("masar-person-"));
        assertTrue(file.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals("Dossier", sheets.get(0), "in the person's language, French, not the manager's: " + sheets);
            assertTrue(sheets.containsAll(List.of("Consentements", "Historique du dossier", "Notes", "Suivis")), sheets.toString());
            Sheet record = workbook.getSheet("Dossier");
            assertEquals("Champ", record.getRow(0).getCell(0).getStringCellValue());
            List<String> values = column(record, 1);
            assertTrue(values.contains(code) && values.contains("Nour") && values.contains("+21623456789"), values.toString());
            assertTrue(column(workbook.getSheet("Consentements"), 0).contains("Participation au programme"),
                    column(workbook.getSheet("Consentements"), 0).toString());
            assertTrue(column(workbook.getSheet("Notes"), 3).contains("Asked to see what Masar holds about her."));
            assertTrue(sheets.size() >= 7, "the pipelines add enrolments and moves: " + sheets);
            Sheet enrolments = workbook.getSheetAt(3);
            assertEquals(1, enrolments.getLastRowNum(), "one enrolment");
            assertTrue(column(enrolments, 0).size() == 1 || column(enrolments, 1).contains(code));
            assertTrue(workbook.getSheetAt(4).getLastRowNum() >= 1, "and its history");
        }
        assertEquals(404, Http.download(server.url("/download/person.xlsx?code=TN-SFX-999999"), session).statusCode());
        assertEquals(400, Http.download(server.url("/download/person.xlsx"), session).statusCode());

        HttpResponse<String> trail = Http.get(server, "/api/v1/audit?size=200&person=" + code, "manager", PW);
        assertEquals(200, trail.statusCode(), trail.body());
        var items = json(trail).getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.stream().anyMatch(i -> i.getString("action").equals("READ")
                        && i.getString("detail").equals("SUBJECT_EXPORT") && i.getString("username").equals("manager")),
                "the export is in the person's access history: " + items);
        browser.clickAndWait("#languages a[data-lang='ar']");
        browser.screenshot("subject-export-profile-ar");
        browser.clickAndWait("#languages a[data-lang='en']");
    }

    /** The CROLET training pipeline's id, as the API lists it. */
    private long trainingPipeline() {
        var all = Json.createReader(new StringReader(Http.send(server, "GET", "/api/v1/pipelines?programme=CROLET", "kebili",
                PW, null).body())).readArray();
        return all.stream().map(v -> v.asJsonObject()).filter(p -> p.getString("type").equals("TRAINING"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
