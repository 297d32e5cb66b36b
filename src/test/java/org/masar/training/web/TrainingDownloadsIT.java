package org.masar.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.masar.training.web.TrainingFixture.PW;
import static org.masar.training.web.TrainingFixture.array;
import static org.masar.training.web.TrainingFixture.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.shared.excel.Column;
import org.masar.testing.Accounts;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.masar.training.service.AttendanceRegisterExport;
import org.masar.training.service.CourseListExport;

/**
 * Training's two downloads, read back with POI, on a TRAIT D'union course of Sfax made for the test
 * (three participants, three sessions held and one still to take): the attendance register holds
 * each participant's marks session by session, their tally, rate, rule met and at risk exactly as
 * the API says, and each session's attendance; the course list holds the courses the caller sees,
 * as the API lists them, with the counts. The trainer has only their courses, a case worker their
 * sites'; a donor neither (403); a course out of reach is not there (404, as an unknown one).
 */
class TrainingDownloadsIT extends BrowserTest {

    private final MasarServer server = MasarServer.get();
    private final TrainingFixture fixture = new TrainingFixture(server);

    /** Signs in in English and returns the session cookie, signed in until {@link #signOut}. */
    private String session(String user) {
        browser.signIn(user, PW);
        browser.clickAndWait("#languages a[data-lang='en']");
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    private void signOut() {
        browser.signOut();
    }

    private HttpResponse<byte[]> download(String path, String session) {
        return Http.download(server.url(path), session);
    }

    /** An error page as a reader sees it: without what changes on every request (the script nonce, the view state). */
    private static String page(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("nonce=\"[^\"]*\"", "").replaceAll("csp\\.init\\('[^']*'\\)", "")
                .replaceAll("ViewState:(\\d+)\" value=\"[^\"]*\"", "ViewState:$1\"");
    }

    private static XSSFWorkbook workbook(HttpResponse<byte[]> file) throws IOException {
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"masar-"));
        return new XSSFWorkbook(new ByteArrayInputStream(file.body()));
    }

    private static int column(List<? extends Column<?>> columns, String key) {
        int at = columns.stream().map(Column::key).toList().indexOf(key);
        assertTrue(at >= 0, key);
        return at;
    }

    private static Integer number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : (int) cell.getNumericCellValue();
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    /** The titles in the first column, below the header. */
    private static List<String> titles(Sheet sheet) {
        List<String> titles = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            titles.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        return titles;
    }

    /** The titles of the courses the API lists for the user, in its order (by start date). */
    private List<String> listed(String user) {
        HttpResponse<String> list = Http.get(server, "/api/v1/courses?size=200", user, PW);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(json(list).getInt("total") < 200, "one page holds them all");
        return json(list).getJsonArray("items").stream().map(v -> v.asJsonObject().getString("title")).toList();
    }

    @Test
    void theRegisterAndTheCourseListHoldWhatTheApiSaysForThoseWhoMaySeeThem() throws IOException {
        String colleague = Accounts.create(server, "downloads-sfax-trainer", Role.TRAINER, "SFX");
        JsonObject pipeline = fixture.pipeline("TDU");
        List<Long> enrolments = List.of(
                fixture.enrol(fixture.person("Aicha", "Registera", "SFX-M"), pipeline),
                fixture.enrol(fixture.person("Bochra", "Registerb", "SFX-M"), pipeline),
                fixture.enrol(fixture.person("Cyrine", "Registerc", "SFX-M"), pipeline));
        String title = "Registre téléchargé (API)";
        long course = fixture.course("TDU", "SFX-M", title, 75, "\"trainer\"");
        List<Long> participants = fixture.participants(course, enrolments);
        String[][] marks = {{"PRESENT", "ABSENT", "PRESENT"}, {"LATE", "EXCUSED", "ABSENT"}, {"PRESENT", "PRESENT", "ABSENT"}};
        String[] days = {"2023-01-09", "2023-01-16", "2023-01-23"};
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            sessions.add(fixture.session(course, days[i]));
            fixture.attendance(sessions.get(i), participants, marks[i]);
        }
        fixture.session(course, "2023-01-30"); // still to take: it counts for at risk, not in the rates

        // What the API says: the rows of the register, and each held session's marks.
        Map<String, JsonObject> byCode = new HashMap<>();
        Map<Long, String> codeOf = new HashMap<>();
        array(Http.get(server, "/api/v1/courses/" + course + "/participants", "trainer", PW)).stream().map(JsonValue::asJsonObject)
                .forEach(p -> {
                    byCode.put(p.getString("code"), p);
                    codeOf.put(p.getJsonNumber("id").longValue(), p.getString("code"));
                });
        assertEquals(3, byCode.size());
        List<Map<String, String>> grids = new ArrayList<>();
        for (long s : sessions) {
            Map<String, String> grid = new HashMap<>();
            json(Http.get(server, "/api/v1/sessions/" + s + "/attendance", "trainer", PW)).getJsonArray("lines").stream()
                    .map(JsonValue::asJsonObject).forEach(l -> grid.put(codeOf.get(l.getJsonNumber("participantId").longValue()),
                            !l.containsKey("mark") || l.isNull("mark") ? null : l.getString("mark")));
            grids.add(grid);
        }
        Map<String, String> words = Map.of("PRESENT", "Present", "LATE", "Late", "EXCUSED", "Excused", "ABSENT", "Absent");

        String trainer = session("trainer");
        String path = "/download/attendance-register.xlsx?course=" + course;
        var columns = AttendanceRegisterExport.COLUMNS.columns();
        int fixed = columns.size();
        try (XSSFWorkbook book = workbook(download(path, trainer))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Registre téléchargé (API)", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals("Code", header.getCell(0).getStringCellValue());
            assertEquals(fixed + 4, header.getLastCellNum(), "a column for each of the four sessions");
            assertTrue(header.getCell(fixed).getStringCellValue().endsWith("09:00"), header.getCell(fixed).getStringCellValue());
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                Row row = sheet.getRow(r);
                JsonObject p = byCode.get(text(row, 0));
                assertTrue(p != null, "a participant of the API on row " + r + ": " + text(row, 0));
                names.add(text(row, column(columns, "lastName")));
                assertEquals(p.getString("firstName"), text(row, column(columns, "firstName")));
                for (String count : List.of("present", "late", "excused", "absent")) {
                    assertEquals(p.getInt(count), number(row, column(columns, count)), count + " of " + p);
                }
                assertEquals(p.containsKey("rate") && !p.isNull("rate") ? p.getInt("rate") : null, number(row, column(columns, "rate")), p.toString());
                assertEquals(p.getBoolean("met"), row.getCell(column(columns, "met")).getBooleanCellValue(), p.toString());
                assertEquals(p.getBoolean("atRisk"), row.getCell(column(columns, "atRisk")).getBooleanCellValue(), p.toString());
                for (int i = 0; i < 3; i++) {
                    assertEquals(words.get(grids.get(i).get(p.getString("code"))), text(row, fixed + i),
                            "session " + (i + 1) + " of " + p.getString("code"));
                }
                assertEquals(null, text(row, fixed + 3), "the session still to take has no mark");
            }
            assertEquals(List.of("Registera", "Registerb", "Registerc"), names, "in name order");
            // The figures themselves, as the marks give them: 3 of 3 meets the rule; 1 of 2 (one excused) and 1 of 3
            // do not, and cannot reach 75 % even present at the session still to take.
            List<Integer> rates = new ArrayList<>();
            List<String> flags = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                rates.add(number(sheet.getRow(r), column(columns, "rate")));
                flags.add(sheet.getRow(r).getCell(column(columns, "met")).getBooleanCellValue() + "/"
                        + sheet.getRow(r).getCell(column(columns, "atRisk")).getBooleanCellValue());
            }
            assertEquals(List.of(100, 50, 33), rates);
            assertEquals(List.of("true/false", "false/true", "false/true"), flags, "met / at risk");
            Row total = sheet.getRow(4);
            assertEquals("Attended (present or late)", text(total, 0));
            assertEquals(List.of(2, 1, 2, 0), List.of(number(total, fixed), number(total, fixed + 1), number(total, fixed + 2),
                    number(total, fixed + 3)), "each session's attendance, present or late");
        }

        var courseColumns = CourseListExport.COLUMNS.columns();
        try (XSSFWorkbook book = workbook(download("/download/courses.xlsx", trainer))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(listed("trainer"), titles(sheet), "the trainer's courses, as the API lists them");
            Row row = sheet.getRow(titles(sheet).indexOf(title) + 1);
            assertEquals("TDU", text(row, column(courseColumns, "programme")));
            assertEquals(75, number(row, column(courseColumns, "minAttendance")));
            assertEquals(3, number(row, column(courseColumns, "participants")));
            assertEquals(3, number(row, column(courseColumns, "held")));
            assertEquals(4, number(row, column(courseColumns, "planned")));
            assertEquals("trainer", text(row, column(courseColumns, "trainers")));
        }
        assertEquals(400, download("/download/attendance-register.xlsx?course=abc", trainer).statusCode());
        assertEquals(400, download("/download/attendance-register.xlsx", trainer).statusCode());
        HttpResponse<byte[]> unknown = download("/download/attendance-register.xlsx?course=987654321", trainer);
        assertEquals(404, unknown.statusCode());
        signOut();

        // A case worker of Sfax: the courses of their sites, the register of one of them, read-only data alike.
        String sfax = session("sfax");
        try (XSSFWorkbook book = workbook(download("/download/courses.xlsx", sfax))) {
            List<String> titles = titles(book.getSheetAt(0));
            assertEquals(listed("sfax"), titles);
            assertTrue(titles.contains(title), titles.toString());
        }
        try (XSSFWorkbook book = workbook(download(path, sfax))) {
            assertEquals(3, (int) book.getSheetAt(0).getRow(1).getCell(column(columns, "present")).getNumericCellValue()
                    + (int) book.getSheetAt(0).getRow(1).getCell(column(columns, "late")).getNumericCellValue(),
                    "the same register as the trainer's");
        }
        signOut();

        // Out of reach: another site's case worker, and a trainer of the site who does not teach it.
        for (String other : List.of("kebili", colleague)) {
            String cookie = session(other);
            HttpResponse<byte[]> notThere = download(path, cookie);
            HttpResponse<byte[]> nothing = download("/download/attendance-register.xlsx?course=987654321", cookie);
            assertEquals(404, notThere.statusCode(), other);
            assertEquals(404, nothing.statusCode(), other);
            assertTrue(page(notThere).contains("id=\"error-404\""), other);
            assertEquals(page(nothing), page(notThere), other + ": as unknown");
            try (XSSFWorkbook book = workbook(download("/download/courses.xlsx", cookie))) {
                List<String> titles = titles(book.getSheetAt(0));
                assertFalse(titles.contains(title), other + ": " + titles);
                assertEquals(listed(other), titles, other);
            }
            signOut();
        }
        assertEquals(List.of(), listed(colleague), "a trainer who teaches nothing has no course");

        String donor = session("donor");
        assertEquals(403, download(path, donor).statusCode(), "donors have no register");
        assertEquals(403, download("/download/courses.xlsx", donor).statusCode(), "nor the course list");
        signOut();
    }
}
