package org.masar.training.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Training in figures on the demo data, as a donor finds it from the menu: counts and "&lt; 5"
 * marks, no count from 1 to 4, no course, name or person code anywhere in the page; the same
 * figures a manager sees wherever the donor sees one; the API's answer to each role; the page in
 * English, French and Arabic at 1280 and 1024 px.
 */
class FiguresBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private static final String MARK = "< 5";
    private static final Set<String> COUNTS = Set.of("participants", "women", "men", "age15to17", "age18to24", "age25to35",
            "age36to64", "metRule", "certificates", "trainingOfTrainers");

    private final MasarServer server = MasarServer.get();

    /** Every count of people in both tables, by position, as the page shows it (courses, sessions and hours count nobody). */
    private Map<String, String> figures() {
        browser.find("#activity");
        Map<String, String> figures = new LinkedHashMap<>();
        List<WebElement> cells = browser.driver().findElements(
                By.cssSelector("#activity td.num:not(.courses):not(.sessions):not(.hours) bdi, #people td.num bdi"));
        for (int i = 0; i < cells.size(); i++) {
            figures.put("#" + i, cells.get(i).getText().trim());
        }
        return figures;
    }

    @Test
    void aDonorFindsTheFiguresInTheMenuAndSeesCountsOnly() {
        browser.signIn("donor", PW);
        assertFalse(browser.present("#menu-training"), "no course list for a donor");
        browser.clickAndWait("#menu-training-figures");
        Map<String, String> donor = figures();
        assertTrue(donor.containsValue(MARK), "the demo courses have small cells: " + donor);
        assertTrue(browser.present("#small-cell-note"), "the mark is explained beside the table");
        for (var figure : donor.entrySet()) {
            if (!figure.getValue().equals(MARK)) {
                long n = Long.parseLong(figure.getValue());
                assertTrue(n == 0 || n >= 5, figure.getKey() + " shows " + n + " to a donor");
            }
        }
        String source = browser.driver().getPageSource();
        for (String secret : personal()) {
            assertFalse(source.contains(secret), "the page gives away " + secret);
        }
        screenshots("donor");
        browser.signOut();

        browser.signIn("manager", PW);
        browser.clickAndWait("#menu-training-figures");
        Map<String, String> manager = figures();
        assertEquals(donor.keySet(), manager.keySet(), "the same tables, cell for cell");
        assertFalse(manager.containsValue(MARK), "staff see every count");
        assertFalse(browser.present("#small-cell-note"));
        boolean smallSeen = false;
        for (var figure : donor.entrySet()) {
            String real = manager.get(figure.getKey());
            if (figure.getValue().equals(MARK)) {
                smallSeen |= Long.parseLong(real) > 0 && Long.parseLong(real) < 5;
            } else {
                assertEquals(real, figure.getValue(), figure.getKey() + ": what the donor sees is true");
            }
        }
        assertTrue(smallSeen, "the marks hide real small counts");
        browser.signOut();

        browser.signIn("trainer", PW);
        assertFalse(browser.present("#menu-training-figures"), "a trainer alone has the courses, not the figures");
        browser.open("/training/figures.xhtml");
        assertFalse(browser.present("#activity"), "and is refused the page");
    }

    @Test
    void theApiAnswersEachRoleAndMarksTheHiddenCells() {
        HttpResponse<String> donor = Http.get(server, "/api/v1/training/figures", "donor", PW);
        assertEquals(200, donor.statusCode(), donor.body());
        JsonObject seen = json(donor);
        assertTrue(seen.getBoolean("anyHidden"));
        assertTrue(seen.getJsonObject("total").isNull("programme"), "the total names no programme: " + donor.body());
        assertTrue(seen.getString("smallCells").startsWith("< 5"));
        JsonObject real = json(Http.get(server, "/api/v1/training/figures", "manager", PW));
        assertFalse(real.getBoolean("anyHidden"));
        assertTrue(real.isNull("smallCells"));
        List<JsonObject> seenRows = rows(seen);
        List<JsonObject> realRows = rows(real);
        assertEquals(realRows.size(), seenRows.size());
        int hidden = 0;
        for (int i = 0; i < seenRows.size(); i++) {
            assertEquals(realRows.get(i).get("programme"), seenRows.get(i).get("programme"));
            assertEquals(realRows.get(i).getJsonNumber("hours"), seenRows.get(i).getJsonNumber("hours"), "hours count no person");
            for (String name : COUNTS) {
                JsonObject cell = seenRows.get(i).getJsonObject(name);
                long truth = realRows.get(i).getJsonObject(name).getJsonNumber("value").longValue();
                if (cell.getBoolean("hidden")) {
                    assertTrue(cell.isNull("value"), name + " hidden has no value");
                    hidden++;
                } else {
                    long n = cell.getJsonNumber("value").longValue();
                    assertTrue(n == 0 || n >= 5, name + " shows " + n + " to a donor");
                    assertEquals(truth, n, name);
                }
            }
        }
        assertTrue(hidden > 0);
        assertFalse(donor.body().matches("(?s).*[A-Z]{2,3}-[A-Z]{2,5}-\\d{6}.*"), "no person code in the answer");

        HttpResponse<String> sfax = Http.get(server, "/api/v1/training/figures?programme=tdu", "sfax", PW);
        assertEquals(200, sfax.statusCode(), sfax.body());
        assertEquals("TDU", json(sfax).getString("programme"));
        assertTrue(json(sfax).getJsonObject("total").getJsonNumber("courses").longValue()
                < real.getJsonObject("total").getJsonNumber("courses").longValue(), "the Sfax case worker counts Sfax only");
        assertEquals(403, Http.get(server, "/api/v1/training/figures", "trainer", PW).statusCode(), "a trainer alone is refused");
        assertEquals(403, Http.get(server, "/api/v1/training/figures", "coach", PW).statusCode());
        HttpResponse<String> bad = Http.get(server, "/api/v1/training/figures?from=2023-13-01&to=2022-01-01", "donor", PW);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(json(bad).getJsonObject("fields").containsKey("from"), bad.body());
        HttpResponse<String> backwards = Http.get(server, "/api/v1/training/figures?from=2023-01-01&to=2022-01-01", "donor", PW);
        assertEquals(400, backwards.statusCode());
        assertTrue(json(backwards).getJsonObject("fields").containsKey("to"), backwards.body());
    }

    /** The demo courses' titles and their participants' codes and names, as the manager reads them. */
    private List<String> personal() {
        List<String> secrets = new ArrayList<>();
        for (JsonValue c : json(Http.get(server, "/api/v1/courses?size=200", "manager", PW)).getJsonArray("items")) {
            JsonObject course = c.asJsonObject();
            secrets.add(course.getString("title"));
            HttpResponse<String> people = Http.get(server, "/api/v1/courses/" + course.getInt("id") + "/participants",
                    "manager", PW);
            for (JsonValue p : Json.createReader(new StringReader(people.body())).readArray()) {
                JsonObject person = p.asJsonObject();
                secrets.add(person.getString("code"));
                secrets.add(person.getString("firstName") + " " + person.getString("lastName"));
                secrets.add(person.getString("lastName"));
            }
        }
        assertTrue(secrets.size() > 10, "the demo has courses with participants: " + secrets);
        return secrets;
    }

    private void screenshots(String who) {
        for (int width : new int[] {1280, 1024}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            for (String language : List.of("en", "fr", "ar")) {
                browser.clickAndWait("#languages a[data-lang='" + language + "']");
                browser.find("#activity");
                assertFalse((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"),
                        "the figures scroll sideways at " + width + " px in " + language);
                if (language.equals("ar")) {
                    assertEquals("rtl", browser.dir());
                    assertTrue(browser.find("section.panel").getText().contains("أقل من 5"), "the mark reads in Arabic");
                }
                assertNotNull(browser.screenshot("training-figures-" + who + "-" + language + "-" + width));
            }
        }
        browser.clickAndWait("#languages a[data-lang='en']"); // the language is remembered per user
    }

    private static List<JsonObject> rows(JsonObject figures) {
        List<JsonObject> rows = new ArrayList<>(figures.getJsonArray("programmes").getValuesAs(JsonObject.class));
        rows.add(figures.getJsonObject("total"));
        return rows;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
