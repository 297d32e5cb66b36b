package org.masar.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.testing.Accounts;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * The audit trail as a manager uses it: a case worker opens a profile, fetches it over the API,
 * exports it and edits it; the manager then finds each of those in the person's access history,
 * on the page, over the API and in the exported workbook, with who, when, from where, through
 * which door and, for the edit, the values before and after. Managers of another region and case
 * workers see nothing of it; reading unusually many profiles alerts administrators.
 */
class AuditTrailIT extends BrowserTest {

    private static final String PASSWORD = "masar-demo";

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static JsonArray audit(String user, String query) {
        HttpResponse<String> answer = Http.get(MasarServer.get(), "/api/v1/audit?size=200&" + query, user, PASSWORD);
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer.body()).getJsonArray("items");
    }

    private static List<JsonObject> matching(JsonArray items, String action, String channel, String username) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            if (item.getString("action").equals(action) && item.getString("channel").equals(channel)
                    && item.getString("username").equals(username)) {
                found.add(item);
            }
        }
        return found;
    }

    @Test
    void aManagerFindsEveryReadAndChangeOfAPerson() throws IOException {
        MasarServer server = MasarServer.get();
        String code = json(Http.get(server, "/api/v1/beneficiaries?size=1&site=SFX-M&name=a", "sfax", PASSWORD).body())
                .getJsonArray("items").getJsonObject(0).getString("code");

        // The case worker's day: open the profile, fetch it, export it, edit it.
        browser.signIn("sfax", PASSWORD);
        browser.open("/beneficiary/view.xhtml?code=" + code);
        assertEquals(code, browser.find("#profile-code").getText());
        HttpResponse<String> fetched = Http.get(server, "/api/v1/beneficiaries/" + code, "sfax", PASSWORD);
        assertEquals(200, fetched.statusCode());
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> export = Http.download(server.url("/download/beneficiaries.xlsx?q=" + code), session);
        assertEquals(200, export.statusCode());
        String before = json(fetched.body()).getString("phone", null);
        String phone = "+2162" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
        JsonObject edited = Json.createObjectBuilder(json(fetched.body())).add("phone", phone).build();
        HttpResponse<String> saved = Http.send(server, "PUT", "/api/v1/beneficiaries/" + code, "sfax", PASSWORD,
                edited.toString());
        assertEquals(200, saved.statusCode(), saved.body());

        // The manager reads the person's access history.
        JsonArray history = audit("manager", "person=" + code);
        List<JsonObject> pageReads = matching(history, "READ", "PAGE", "sfax");
        assertFalse(pageReads.isEmpty(), "the profile opened on its page: " + history);
        assertEquals("PROFILE", pageReads.get(0).getString("detail"));
        assertFalse(matching(history, "READ", "REST", "sfax").isEmpty(), "the profile fetched over the API");
        List<JsonObject> edits = matching(history, "EDIT", "REST", "sfax");
        assertEquals(1, edits.size(), history.toString());
        JsonObject edit = edits.get(0);
        assertEquals("phone", edit.getString("detail"));
        assertEquals("phone: " + (before == null ? "—" : before) + " → " + phone, edit.getString("changes"));
        assertEquals(code, edit.getString("person"));
        assertNotNull(edit.getString("address", null), "the address the edit came from");
        for (JsonObject entry : history.getValuesAs(JsonObject.class)) {
            assertFalse(entry.toString().contains(phone) && !entry.getString("action").equals("EDIT"),
                    "personal values only in an edit's sealed changes: " + entry);
        }
        // …and the account's exports: which file, which filter, how many rows.
        List<JsonObject> exports = matching(audit("manager", "user=sfax&action=EXPORT"), "EXPORT", "DOWNLOAD", "sfax");
        assertTrue(exports.stream().anyMatch(e -> e.getString("detail").equals("beneficiaries · q=" + code + " · 1")),
                exports.toString());

        // On the page, in four languages, and exported.
        browser.signOut();
        browser.signIn("manager", PASSWORD);
        browser.open("/beneficiary/view.xhtml?code=" + code);
        String section = browser.find("#access-history").getText();
        assertTrue(section.contains("Sami Trabelsi") && !section.contains("sfax"), "people by name: " + section);
        browser.screenshot("audit-profile-section-en");
        browser.clickAndWait("#access-history-all");
        String table = browser.find("#list\\:table").getText();
        assertTrue(table.contains("Edited") && table.contains("Opened the record") && table.contains("sfax"), table);
        assertTrue(table.contains(phone), "the manager sees the values of the edit");
        browser.screenshot("audit-history-en");
        String href = browser.find("#export").getAttribute("href");
        HttpResponse<byte[]> workbook = Http.download(href,
                browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
        assertEquals(200, workbook.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Access history", sheet.getSheetName());
            assertEquals("Account", sheet.getRow(0).getCell(1).getStringCellValue());
            boolean editRow = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(4).getStringCellValue().equals("Edited")) {
                    editRow = "sfax".equals(row.getCell(1).getStringCellValue())
                            && row.getCell(7).getStringCellValue().endsWith(phone);
                }
            }
            assertTrue(editRow, "the edit, with its values, in the workbook");
            assertTrue(sheet.getLastRowNum() >= 3, "the reads too");
        }
        for (String language : new String[] {"fr", "ar", "it"}) {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.open("/audit/entries.xhtml?person=" + code);
            browser.screenshot("audit-history-" + language);
        }
        browser.clickAndWait("#languages a[data-lang='en']");

        // A manager of another region and a case worker see nothing of it.
        String kebManager = Accounts.create(server, "audit.manager.keb", Role.MANAGER, "KEB");
        assertEquals(0, audit(kebManager, "person=" + code).size());
        assertEquals(0, audit(kebManager, "user=sfax").size(), "nor what a Sfax account did");
        assertEquals(403, Http.get(server, "/api/v1/audit?person=" + code, "sfax", PASSWORD).statusCode());
        assertEquals(403, Http.get(server, "/api/v1/audit", "donor", PASSWORD).statusCode());
        assertEquals(403, status(server, "/audit/entries.xhtml?person=" + code, "sfax"), "nor the page");
    }

    @Test
    void theDatabaseKeepsEveryEntryAndRefusesChanges() throws Exception {
        MasarServer server = MasarServer.get();
        try (var c = server.database().dataSource().getConnection(); var s = c.createStatement()) {
            var failed = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> s.executeUpdate("DELETE FROM audit_entry"));
            assertTrue(failed.getMessage().contains("append-only"), failed.getMessage());
        }
    }

    @Test
    void readingUnusuallyManyProfilesAlertsAdministrators() {
        MasarServer server = MasarServer.get();
        String reader = Accounts.create(server, "audit.reader", Role.CASE_WORKER, "SFX");
        JsonArray people = json(Http.get(server, "/api/v1/beneficiaries?size=" + (MasarServer.UNUSUAL_READS + 1)
                + "&site=SFX", reader, PASSWORD).body()).getJsonArray("items");
        assertEquals(MasarServer.UNUSUAL_READS + 1, people.size(), "enough people in Sfax to read");
        for (JsonObject person : people.getValuesAs(JsonObject.class)) {
            assertEquals(200, Http.get(server, "/api/v1/beneficiaries/" + person.getString("code"), reader, PASSWORD)
                    .statusCode());
        }
        browser.signIn("admin", PASSWORD);
        assertTrue(browser.find("#menu-audit").getText().matches("(?s).*\\d+.*"), "the menu counts the alerts");
        browser.open("/audit/alerts.xhtml");
        String alerts = browser.find("#alerts\\:table").getText();
        assertTrue(alerts.contains(reader) && alerts.contains(String.valueOf(MasarServer.UNUSUAL_READS + 1)), alerts);
        browser.screenshot("audit-alerts-en");
        // Not a manager's business, nor a second alert for the same hour.
        assertEquals(403, status(server, "/audit/alerts.xhtml", "manager"));
        assertEquals(200, Http.get(server, "/api/v1/beneficiaries/" + people.getJsonObject(0).getString("code"), reader,
                PASSWORD).statusCode());
        browser.open("/audit/alerts.xhtml");
        String again = browser.find("#alerts\\:table").getText();
        assertEquals(1, again.split(reader, -1).length - 1, again);
        browser.clickAndWait("#alerts\\:table\\:0\\:seen");
        assertFalse(browser.find("#alerts\\:table").getText().contains(reader), "seen, it leaves the list");
    }

    private static int status(MasarServer server, String page, String user) {
        try (var other = new org.masar.testing.Browser(server)) {
            other.signIn(user, PASSWORD);
            other.open(page);
            return other.present("#error-403") ? 403 : 200;
        }
    }
}
