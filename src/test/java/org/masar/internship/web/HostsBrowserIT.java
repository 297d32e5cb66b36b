package org.masar.internship.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The internship coordinator records a host organisation: a bad e-mail and a tutor without a name
 * are refused next to their fields, a second host of the same name (legal form aside) stops at the
 * duplicate check until a reason is given, and the list finds both by name. A case worker reads a
 * host without a form. Screenshots in English, Italian, French and Arabic.
 */
class HostsBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> condition.getAsBoolean());
    }

    private void fill(String name, String city) {
        browser.type("#host\\:name", name);
        browser.type("#host\\:city", city);
        browser.choose("host:sector", "MECHANICS");
        browser.choose("host:size", "UNDER_250");
        browser.type("#host\\:phone", "011 234 5678");
    }

    @Test
    void theCoordinatorRecordsAHostAndTheDuplicateCheckAsksWhy() {
        String name = "Officine Browser " + (System.nanoTime() % 100_000);
        browser.signIn("interns", PW);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.clickAndWait("#menu-hosts");
        browser.clickAndWait("#newHost");
        fill(name + " S.r.l.", "Torino");
        browser.type("#host\\:email", "not an address");
        browser.find("#host\\:addTutor").click();
        waitFor(() -> browser.present("#host\\:tutors\\:0\\:tutorName"));
        browser.find("#host\\:save").click();
        waitFor(() -> browser.find("#host\\:email-message").getText().contains("e-mail"));
        assertTrue(browser.find("[id$='tutorName-message']").getText().contains("Give the tutor a name"));
        browser.screenshot("internship-host-refused-en-1280");
        browser.type("#host\\:email", "hr@officine.example.it");
        browser.type("#host\\:tutors\\:0\\:tutorName", "Luca Verdi");
        browser.type("#host\\:tutors\\:0\\:tutorLanguages", "it, fr");
        browser.clickAndWait("#host\\:save");
        assertEquals(name + " S.r.l.", browser.find("h1").getText());

        browser.clickAndWait("#menu-hosts");
        browser.clickAndWait("#newHost");
        fill(name.toUpperCase(), "Moncalieri");
        browser.find("#host\\:save").click();
        waitFor(() -> browser.present("#duplicates"));
        assertTrue(browser.find("#duplicates").getText().contains(name + " S.r.l."), browser.find("#duplicates").getText());
        browser.screenshot("internship-host-duplicates-en-1280");
        browser.type("#host\\:duplicateReason", "Another firm in Moncalieri, same family name");
        browser.clickAndWait("#host\\:save");
        assertEquals(name.toUpperCase(), browser.find("h1").getText());

        browser.clickAndWait("#menu-hosts");
        browser.type("#hosts\\:name", name.substring("Officine ".length()));
        waitFor(() -> browser.find("#hosts\\:table_data").getText().contains("Moncalieri"));
        assertTrue(browser.find("#hosts\\:table_data").getText().contains("Torino"));
        // The export holds what the list shows, as the list narrows it.
        waitFor(() -> browser.find("#hosts\\:export").getAttribute("href").contains("name="));
        String export = browser.find("#hosts\\:export").getAttribute("href");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var file = org.masar.testing.Http.download(export, session);
        assertEquals(200, file.statusCode());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("Name", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum(), "the header and the two hosts");
            java.util.Set<String> cities = new java.util.TreeSet<>();
            for (int r = 1; r <= 2; r++) {
                assertTrue(sheet.getRow(r).getCell(0).getStringCellValue().toLowerCase().startsWith(name.toLowerCase()));
                cities.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
            assertEquals(java.util.Set.of("Moncalieri", "Torino"), cities);
            assertEquals("+390112345678", sheet.getRow(1).getCell(7).getStringCellValue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String language : new String[] {"it", "fr", "ar", "en"}) {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.find("#hosts\\:table");
            if (language.equals("ar")) {
                assertEquals("rtl", browser.dir());
            }
            browser.screenshot("internship-hosts-" + language + "-1280");
        }
        String address = browser.find("#hosts\\:table_data a").getAttribute("href");
        browser.clickAndWait("#hosts\\:table_data a");
        for (String language : new String[] {"it", "ar", "en"}) {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.screenshot("internship-host-" + language + "-1280");
        }
        browser.signOut();

        browser.signIn("sfax", PW);
        browser.driver().get(address);
        assertTrue(browser.present("#summary"), "a case worker reads the host");
        assertFalse(browser.present("#host\\:save"), "and changes nothing");
        browser.signOut();
        browser.signIn("trainer", PW);
        assertFalse(browser.present("#menu-hosts"), "a trainer has no hosts");
        assertEquals(403, org.masar.testing.Http.download(export, browser.driver().manage().getCookieNamed("JSESSIONID")
                .getValue()).statusCode(), "nor their export");
        browser.driver().get(address);
        assertTrue(browser.present("#error-403"));
    }
}
