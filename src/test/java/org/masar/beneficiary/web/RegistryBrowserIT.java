package org.masar.beneficiary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A Sfax case worker registers a person, meets the duplicate gate, and exports the list. */
class RegistryBrowserIT extends BrowserTest {




    @Test
    void registerMeetTheGateConfirmAndExport() throws IOException {
        browser.signIn("sfax", "masar-demo");
        browser.clickAndWait("#menu-beneficiaries");
        browser.screenshot("registry-list-en");
        assertTrue(browser.driver().findElements(By.cssSelector("#list\\:table .ui-paginator-page")).size() >= 2,
                "the paginator knows the total: about 100 people in Sfax, 25 a page");
        browser.clickAndWait("#register");

        browser.type("#form\\:firstName", "Muhammad");
        browser.type("#form\\:lastName", "Bin Salah");
        browser.type("#form\\:arabicName", "محمد بن صالح");
        browser.find("label[for='form:sex:1']").click();
        browser.type("#form\\:birthDate_input", "1996-07-14");
        browser.find("h1").click(); // closes the date picker's calendar
        assertEquals("TN", browser.find("#form\\:nationality").getAttribute("value"), "the sites' country by default");
        assertEquals("TN", browser.find("#form\\:residenceCountry").getAttribute("value"));
        browser.choose("form:siteCode", "SFX-M");
        browser.type("#form\\:phone", "29 000 111");
        browser.choose("form:educationLevel", "VOCATIONAL");
        browser.choose("form:employmentStatus", "UNEMPLOYED");
        browser.clickAndWait("#form\\:save");
        browser.screenshot("registry-after-save-en");

        assertTrue(browser.present("#duplicate-gate"), "the planted near-duplicates stop the registration");
        String gate = browser.find("#duplicate-gate").getText();
        assertTrue(gate.contains("Mohamed Ben Salah") && gate.contains("Mhamed Bensalah"), gate);
        assertTrue(gate.contains("Same birth date, similar name"));
        browser.screenshot("registry-duplicate-gate-en");

        browser.clickAndWait("#form\\:confirmDifferent");
        assertTrue(browser.find("#form\\:overrideReason-message").getText().contains("at least 10 characters"));
        browser.type("#form\\:overrideReason", "Different father's name on the birth certificate");
        browser.clickAndWait("#form\\:confirmDifferent");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/beneficiary/view.xhtml?code="));
        String code = browser.find("#profile-code").getText();
        assertTrue(code.matches("TN-SFX-\\d{6}"), code);
        String timeline = browser.find("#timeline").getText();
        assertTrue(timeline.contains("Registered despite a possible duplicate") && timeline.contains("Different father"),
                timeline);
        browser.screenshot("registry-profile-en");

        browser.open("/beneficiary/list.xhtml");
        browser.type("#filters\\:name", "Bin Sal");
        browser.clickAndWait("#filters\\:search");
        assertEquals(1, browser.driver().findElements(By.cssSelector("#list\\:table_data tr")).size());
        String href = browser.find("#export").getAttribute("href");
        assertTrue(href.contains("name=Bin+Sal"), href);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        HttpResponse<byte[]> download = Http.download(href, session);
        assertEquals(200, download.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(1, sheet.getLastRowNum(), "a header and exactly the one filtered row");
            Row header = sheet.getRow(0);
            assertEquals("Code", header.getCell(0).getStringCellValue());
            assertEquals("Date of birth", header.getCell(5).getStringCellValue());
            Row row = sheet.getRow(1);
            assertEquals(code, row.getCell(0).getStringCellValue());
            assertEquals("Bin Salah", row.getCell(1).getStringCellValue());
            assertEquals("محمد بن صالح", row.getCell(3).getStringCellValue());
            Cell birth = row.getCell(5);
            assertEquals(CellType.NUMERIC, birth.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(birth), "a real date cell");
            assertEquals(LocalDate.of(1996, 7, 14), birth.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("+21629000111", row.getCell(10).getStringCellValue());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "frozen header");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "auto-filter on the header");
        }
    }

    @Test
    void theWholeExportHoldsExactlyThePeopleOfTheScope() throws IOException {
        browser.signIn("kebili", "masar-demo");
        browser.open("/beneficiary/list.xhtml");
        String href = browser.find("#export").getAttribute("href");
        HttpResponse<byte[]> download = Http.download(href, browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
        int total = jakarta.json.Json.createReader(new java.io.StringReader(
                Http.get(MasarServer.get(), "/api/v1/beneficiaries?size=1", "kebili", "masar-demo").body()))
                .readObject().getInt("total");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(total, sheet.getLastRowNum());
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                String site = sheet.getRow(i).getCell(7).getStringCellValue();
                assertTrue(site.startsWith("Kebili") || site.equals("Douz"), "row " + i + " is at " + site);
            }
        }
        assertEquals(302, Http.download(MasarServer.get().url("/download/beneficiaries.xlsx"), "no-session").statusCode(),
                "without a session the export sends to sign-in");
    }

    @Test
    void aPersonOutsideTheScopeIsNotFoundAndDonorsCannotOpenTheRegistry() {
        browser.signIn("sfax", "masar-demo");
        browser.open("/beneficiary/view.xhtml?code=TN-KEB-000001");
        assertTrue(browser.present("#error-404"));
        browser.open("/beneficiary/view.xhtml?code=TN-XXX-123456");
        assertTrue(browser.present("#error-404"));
        browser.signOut();
        browser.signIn("donor", "masar-demo");
        assertTrue(!browser.present("#menu-beneficiaries"));
        browser.open("/beneficiary/list.xhtml");
        assertTrue(browser.present("#error-403"));
    }

    @Test
    void aNameOfSymbolsAloneIsRefusedBesideTheFieldAndTheListStays() {
        browser.signIn("sfax", "masar-demo");
        browser.clickAndWait("#menu-beneficiaries");
        String before = browser.find("#list\\:table_data").getText();
        for (String typed : new String[] {"%", "--"}) {
            browser.type("#filters\\:name", typed);
            browser.clickAndWait("#filters\\:search");
            assertTrue(browser.find("#filters\\:name-message").getText().startsWith("A name search needs at least one letter"),
                    typed);
            assertEquals(before, browser.find("#list\\:table_data").getText(), "the last search stays, never everyone by accident");
        }
        browser.screenshot("registry-name-without-letters-en");
        var api = org.masar.testing.Http.get(org.masar.testing.MasarServer.get(), "/api/v1/beneficiaries?name=%25", "sfax",
                "masar-demo");
        assertEquals(400, api.statusCode(), "the API says the same");
        assertTrue(api.body().contains("A name search needs at least one letter"), api.body());
    }
}
