package org.masar.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trainer's screens on a 1024 × 768 tablet, on the demo courses: the list, a course with its
 * at-risk participants, the attendance grid marked by taps, "All present" and the keyboard, saved
 * by ajax and read back; a save after another trainer's is refused and shows theirs; a case worker
 * reads the course and the grid without changing them. Screenshots in four languages.
 */
class TrainingBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private static final String[] LANGUAGES = {"en", "fr", "ar", "it"};

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> condition.getAsBoolean());
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("tr.grid-row"));
    }

    /** The mark checked in each row of the grid, "" where none. */
    @SuppressWarnings("unchecked")
    private List<String> marks() {
        return (List<String>) js("return [...document.querySelectorAll('tr.grid-row')].map(r => {"
                + " const c = r.querySelector('input[type=radio]:checked'); return c ? c.value : ''; });");
    }

    private void tap(int row, String mark) {
        rows().get(row).findElement(By.cssSelector("input[value='" + mark + "'] + label")).click();
    }

    private boolean scrollsSideways() {
        return (Boolean) js("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
    }

    private void openCourse(String titleStart) {
        browser.clickAndWait("#menu-training");
        browser.find("#list\\:table_data");
        String href = (String) js("const a = [...document.querySelectorAll('#list\\\\:table_data a')]"
                + ".find(a => a.textContent.startsWith(arguments[0])); return a ? a.getAttribute('href') : null;", titleStart);
        assertTrue(href != null, "the list shows the course " + titleStart);
        go(href);
        browser.find("#participantsPanel");
    }

    /** Opens a link of the page the way its address reads, whatever the context path. */
    private void go(String href) {
        browser.open(href.substring(href.indexOf("/training/")));
    }

    /** Types keys where the focus is, as a person at a keyboard does. */
    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private void shoot(String name) {
        for (String language : LANGUAGES) {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.find("h1");
            assertFalse(scrollsSideways(), name + " in " + language + " scrolls sideways at 1024 px");
            if (language.equals("ar")) {
                assertEquals("rtl", browser.dir());
            }
            browser.screenshot("training-" + name + "-" + language + "-1024");
        }
        browser.clickAndWait("#languages a[data-lang='en']");
    }

    @Test
    void theTrainerTakesAttendanceByTapsAllPresentAndTheKeyboard() {
        browser.signIn("trainer", PW);
        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.clickAndWait("#languages a[data-lang='en']");
        assertEquals("My courses", browser.find("#menu-training").getText());
        browser.clickAndWait("#menu-training");
        assertFalse(browser.present("#newCourse"), "a trainer does not plan courses");
        shoot("courses");
        openCourse("Micro");
        assertTrue(browser.present("tr.at-risk .at-risk-flag"), "the demo course has participants at risk, flagged in words");

        browser.find("#participants\\:code").sendKeys("NOPE-0001");
        browser.find("#participants\\:addOne").click();
        assertTrue(browser.find("#refusals").getText().contains("Not enrolled in this programme"),
                "a person who cannot join is listed with the reason");
        // Two more Thursdays, planned as a series from the keyboard-friendly fields.
        browser.find("#series\\:from_input").sendKeys("2022-12-01");
        browser.find("#series\\:to_input").sendKeys("2022-12-08");
        browser.find("label[for='series:days:3']").click();
        browser.find("#series\\:start").sendKeys("14:00");
        browser.find("#series\\:end").sendKeys("7pm");
        browser.find("#series\\:plan").click();
        waitFor(() -> browser.find("#series\\:end-message").getText().contains("HH:MM"));
        browser.type("#series\\:end", "17:00");
        browser.find("#series\\:plan").click();
        waitFor(() -> browser.find("#messages").getText().contains("2 sessions planned"));
        // One session edited on its own: the first of the series gets its place.
        List<WebElement> edits = browser.driver().findElements(By.cssSelector("#sessionList a.edit-session"));
        edits.get(edits.size() - 2).click();
        browser.find("#session\\:place").sendKeys("Salle 4");
        browser.find("#session\\:saveSession").click();
        waitFor(() -> browser.find("#messages").getText().contains("Session saved"));
        assertTrue(browser.find("#sessionList").getText().contains("Salle 4"));
        shoot("course");

        List<WebElement> open = browser.driver().findElements(By.cssSelector("#sessionList a.to-take"));
        assertFalse(open.isEmpty(), "the demo course has sessions still to take");
        go(open.get(open.size() - 1).getAttribute("href"));
        int people = rows().size();
        assertTrue(people >= 4, "a row per participant");
        assertTrue(marks().stream().allMatch(String::isEmpty), "nothing marked yet");

        browser.find("#grid\\:allPresent").click();
        waitFor(() -> marks().stream().allMatch("PRESENT"::equals));
        tap(0, "ABSENT");
        // By keyboard: on the second person's marks, 2 gives "late" and moves on to the third, 3 gives
        // "excused" and moves on to the fourth, whose arrow key moves from "present" to "late".
        js("arguments[0].focus();", rows().get(1).findElement(By.cssSelector("input:checked")));
        keys("2");
        waitFor(() -> marks().get(1).equals("LATE"));
        keys("3");
        waitFor(() -> marks().get(2).equals("EXCUSED"));
        keys(Keys.ARROW_RIGHT);
        waitFor(() -> marks().get(3).equals("LATE"));
        assertEquals(String.valueOf(people - 4), browser.find("[data-count='PRESENT']").getText(), "the counts follow the marks");
        assertFalse(scrollsSideways(), "the grid fits a 1024 px tablet");

        String url = browser.driver().getCurrentUrl();
        browser.find("#grid\\:save").click();
        waitFor(() -> browser.find("#messages").getText().contains("Attendance saved"));
        assertEquals(url, browser.driver().getCurrentUrl(), "saved without leaving the page");
        go(url);
        List<String> saved = marks();
        assertEquals("ABSENT", saved.get(0));
        assertEquals("LATE", saved.get(1));
        assertEquals("EXCUSED", saved.get(2));
        assertEquals("LATE", saved.get(3));
        assertTrue(saved.subList(4, people).stream().allMatch("PRESENT"::equals), saved.toString());
        shoot("grid");
    }

    @Test
    void aSaveAfterAnotherTrainersShowsTheirMarksAndLosesNothingSilently() {
        browser.signIn("trainer", PW);
        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.clickAndWait("#languages a[data-lang='en']");
        openCourse("Micro");
        String grid = browser.find("#sessionList a.held").getAttribute("href");
        go(grid);
        String id = grid.substring(grid.indexOf("id=") + 3);
        tap(0, "LATE");

        // Meanwhile the manager saves the same grid, the first person absent.
        MasarServer server = MasarServer.get();
        String path = "/api/v1/sessions/" + id + "/attendance";
        JsonObject current = Json.createReader(new StringReader(Http.get(server, path, "manager", PW).body())).readObject();
        long first = current.getJsonArray("lines").getJsonObject(0).getJsonNumber("participantId").longValue();
        var other = Http.send(server, "PUT", path, "manager", PW, "{\"version\":%d,\"marks\":[{\"participantId\":%d,\"mark\":\"ABSENT\"}]}"
                .formatted(current.getInt("version"), first));
        assertEquals(200, other.statusCode(), other.body());

        browser.find("#grid\\:save").click();
        waitFor(() -> browser.find("#messages").getText().contains("Someone else saved this attendance"));
        waitFor(() -> marks().get(0).equals("ABSENT"));
        browser.screenshot("training-grid-stale-en-1024");
        tap(0, "LATE");
        browser.find("#grid\\:save").click();
        waitFor(() -> browser.find("#messages").getText().contains("Attendance saved"));
    }

    @Test
    void aCaseWorkerReadsTheCourseAndTheGridWithoutChangingThem() {
        browser.signIn("sfax", PW);
        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.clickAndWait("#languages a[data-lang='en']");
        assertEquals("Training", browser.find("#menu-training").getText());
        openCourse("Gestion");
        assertTrue(browser.present("#readOnly"), "the page says the course is read-only");
        assertFalse(browser.present("#participants\\:code"), "no adding");
        assertFalse(browser.present("#series\\:plan"), "no planning");
        assertTrue(browser.present("tr.at-risk .at-risk-flag"), "the case worker sees who is at risk");
        browser.screenshot("training-course-caseworker-en-1024");
        go(browser.find("#sessionList a.held").getAttribute("href"));
        assertFalse(browser.present("#grid\\:save"));
        assertFalse(browser.present("#grid\\:allPresent"));
        assertTrue(browser.driver().findElements(By.cssSelector("tr.grid-row input[type=radio]")).stream()
                .noneMatch(WebElement::isEnabled), "marks are shown, not editable");
        assertTrue(marks().stream().noneMatch(String::isEmpty), "the held session's marks are shown");

        JsonObject tunis = Json.createReader(new StringReader(Http.get(MasarServer.get(), "/api/v1/courses?size=200", "trainer", PW).body()))
                .readObject().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("title").startsWith("Micro")).findFirst().orElseThrow();
        browser.open("/training/course.xhtml?id=" + tunis.getJsonNumber("id"));
        assertTrue(browser.present("#error-404"), "a course of another site is unknown here");
        browser.open("/training/session.xhtml?id=987654321");
        assertTrue(browser.present("#error-404"));
    }

    /** An assessed course at Tunis with three people of its own, made over the API. */
    private long assessedCourse() {
        MasarServer server = MasarServer.get();
        TrainingFixture make = new TrainingFixture(server);
        JsonObject training = make.pipeline("TDU");
        List<Long> enrolments = new java.util.ArrayList<>();
        for (String first : List.of("Sabrine", "Samar", "Souad")) {
            enrolments.add(make.enrol(make.person(first, "Notes", "TUN-M"), training));
        }
        var created = Http.send(server, "POST", "/api/v1/courses", "manager", PW, "{\"programme\":\"TDU\",\"site\":\"TUN-M\","
                + "\"title\":\"Évaluation des acquis\",\"topic\":\"GOVERNANCE\",\"language\":\"fr\",\"plannedHours\":12,"
                + "\"startDate\":\"2023-01-09\",\"endDate\":\"2023-02-27\",\"capacity\":10,\"minAttendance\":75,"
                + "\"assessed\":true,\"passMark\":60,\"trainers\":[\"trainer\"]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
        make.participants(id, enrolments);
        return id;
    }

    @Test
    void theTrainerEntersScoresAndABadOneIsRefusedNextToItsBox() {
        long id = assessedCourse();
        browser.signIn("trainer", PW);
        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.open("/training/course.xhtml?id=" + id);
        assertTrue(browser.find("#rule").getText().contains("a score of at least 60"), browser.find("#rule").getText());
        WebElement first = browser.find("#scores\\:lines\\:0\\:score_input");
        first.sendKeys("150");
        browser.find("#scores\\:lines\\:1\\:score_input").sendKeys("48");
        browser.find("#scores\\:saveScores").click();
        waitFor(() -> browser.present("#scoreList .ui-message-error"));
        WebElement refusedRow = browser.driver().findElements(By.cssSelector("#scoreList tbody tr")).get(0);
        assertTrue(refusedRow.getText().contains("Give a percentage from 0 to 100."), refusedRow.getText());
        assertEquals(0, browser.driver().findElements(By.cssSelector("#participantList td.score bdi")).stream()
                .filter(b -> !b.getText().equals("–")).count(), "nothing saved");
        browser.screenshot("training-scores-refused-en-1024");
        WebElement again = browser.find("#scores\\:lines\\:0\\:score_input");
        again.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "75");
        browser.find("#scores\\:saveScores").click();
        waitFor(() -> browser.driver().findElements(By.cssSelector("#participantList td.score bdi")).stream()
                .anyMatch(b -> b.getText().equals("75")));
        assertTrue(browser.driver().findElements(By.cssSelector("#participantList td.score bdi")).stream()
                .anyMatch(b -> b.getText().equals("48")));
        assertFalse(browser.present("#scoreList .ui-message-error"));
        shoot("course-scores");
    }
}
