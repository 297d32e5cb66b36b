package org.masar.beneficiary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masar.shared.i18n.Texts;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Typing dates on the registration form as a Sfax case worker does, in each language: the
 * reader's shape (31/12/1999 in fr, ar, it) and ISO both save; an impossible date is refused next
 * to the field and nothing is saved; Tab leaves the date for the next field, the calendar opens on
 * its button only, and speaks the page's language.
 */
class DateEntryIT extends BrowserTest {

    /** A person per language and shape, each with a name and birth date of their own (no duplicate gate). */
    private static final Map<String, String[]> PEOPLE = Map.of(
            "en", new String[] {"Yasmine", "Haddadiste", "1994-03-17", "Karim", "Jaziriste", "1994-03-17"},
            "fr", new String[] {"Salma", "Trabelsinet", "21/06/1995", "Anis", "Gharbinet", "1993-09-08"},
            "ar", new String[] {"Rania", "Mejrialia", "02/11/1996", "Fares", "Zouarialia", "1992-01-27"},
            "it", new String[] {"Ines", "Chebbilina", "09/04/1997", "Omar", "Dridilina", "1991-12-05"});
    /** PrimeFaces' own locale files name the calendar button; "Choose Date" was shown in every language. */
    private static final Map<String, String> CHOOSE_DATE = Map.of(
            "en", "Choose Date", "fr", "Choisir une date", "ar", "اختر اليوم", "it", "Seleziona Data");
    /** The name of December in the calendar's month menu: the month names follow the page's language. */
    private static final Map<String, String> DECEMBER = Map.of(
            "en", "December", "fr", "Décembre", "ar", "ديسمبر", "it", "Dicembre");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "it"})
    void typeBothShapesRefuseImpossibleDatesTabOnAndOpenTheCalendarByItsButton(String language) {
        Locale locale = Texts.supported(Locale.forLanguageTag(language));
        String[] people = PEOPLE.get(language);
        browser.signIn("sfax", "masar-demo");
        try {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.open("/beneficiary/edit.xhtml");

            // Tab into and out of the date: no calendar opens, focus goes on to the nationality.
            WebElement birth = browser.find("#form\\:birthDate_input");
            birth.click();
            assertFalse(calendarOpen(), "clicking or tabbing into the field opens no calendar");
            birth.sendKeys(Keys.TAB);
            assertEquals("form:nationality", activeId(), "Tab from the birth date reaches the next field");
            assertFalse(calendarOpen());

            // The calendar opens on its button, named in the page's language, months named so too.
            WebElement button = browser.find("#form\\:birthDate .ui-datepicker-trigger");
            assertEquals(CHOOSE_DATE.get(language), button.getAttribute("aria-label"));
            assertEquals(CHOOSE_DATE.get(language), button.findElement(By.cssSelector(".ui-button-text"))
                    .getAttribute("textContent"), "no \"ui-button\" left as the button's text");
            button.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> calendarOpen());
            String months = browser.find("#form\\:birthDate_panel .ui-datepicker-month").getAttribute("textContent");
            assertTrue(months.contains(DECEMBER.get(language)), months);
            windowShot("date-calendar-" + language);
            // A day picked in the calendar is written in the reader's shape, which the server reads back.
            browser.find("#form\\:birthDate_panel .ui-datepicker-calendar td:not(.ui-datepicker-other-month) a").click();
            String picked = birth.getAttribute("value");
            assertTrue(picked.matches("en".equals(language) ? "\\d{4}-\\d{2}-\\d{2}" : "\\d{2}/\\d{2}/\\d{4}"), picked);
            browser.find("h1").click();

            // Impossible dates: refused next to the field, in the reader's language, kept as typed, nothing saved.
            fillTheRest(people[0], people[1]);
            for (String impossible : new String[] {"en".equals(language) ? "1999-02-31" : "31/02/1999", "2001-13-45"}) {
                browser.type("#form\\:birthDate_input", impossible);
                browser.clickAndWait("#form\\:save");
                assertTrue(browser.driver().getCurrentUrl().contains("/beneficiary/edit.xhtml"), impossible + " stays on the form");
                assertEquals(Texts.get(locale, "date.invalid"), browser.find("#form\\:birthDate-message").getText(), impossible);
                assertEquals(impossible, browser.find("#form\\:birthDate_input").getAttribute("value"), "the input stays as typed");
            }
            browser.screenshot("date-refused-" + language);
            assertEquals(0, registered(people[1]), "nothing saved for an impossible date");
            if ("en".equals(language)) {
                // English is ISO only: 12/31 and 31/12 are both usual there, so neither is guessed.
                browser.type("#form\\:birthDate_input", "17/03/1994");
                browser.clickAndWait("#form\\:save");
                assertEquals(Texts.get(locale, "date.invalid"), browser.find("#form\\:birthDate-message").getText());
            }

            // The reader's shape saves, and the profile shows the date that way; REST keeps ISO.
            browser.type("#form\\:birthDate_input", people[2]);
            browser.clickAndWait("#form\\:save");
            awaitProfile();
            LocalDate first = LocalDate.parse(people[2], DateTimeFormatter.ofPattern("en".equals(language) ? "yyyy-MM-dd" : "dd/MM/yyyy"));
            assertEquals(people[2], browser.find("#profile-birth-date bdi").getText());
            assertEquals(1, registered(people[1]));
            assertTrue(api(people[1]).contains("\"birthDate\":\"" + first + "\""), api(people[1]));

            // ISO saves in every language, shown back in the reader's shape.
            browser.open("/beneficiary/edit.xhtml");
            fillTheRest(people[3], people[4]);
            browser.type("#form\\:birthDate_input", people[5]);
            browser.clickAndWait("#form\\:save");
            awaitProfile();
            LocalDate second = LocalDate.parse(people[5]);
            assertEquals(second.format(DateTimeFormatter.ofPattern("en".equals(language) ? "yyyy-MM-dd" : "dd/MM/yyyy")),
                    browser.find("#profile-birth-date bdi").getText());
            assertTrue(api(people[4]).contains("\"birthDate\":\"" + second + "\""), api(people[4]));
        } finally {
            backToEnglish();
        }
    }

    /** Ages our programmes do not serve (65 to 80) are saved, with a warning in the saved message. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void anUnusualAgeIsSavedWithAWarning(String language) {
        Locale locale = Texts.supported(Locale.forLanguageTag(language));
        browser.signIn("sfax", "masar-demo");
        try {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.open("/beneficiary/edit.xhtml");
            String last = "fr".equals(language) ? "Aieulnet" : "Aieulalia";
            fillTheRest("Habib", last);
            LocalDate birth = LocalDate.now(ZoneId.of("Africa/Tunis")).minusYears(70).minusDays(40);
            browser.type("#form\\:birthDate_input", birth.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.clickAndWait("#form\\:save");
            awaitProfile();
            String messages = browser.find("#messages").getText();
            assertTrue(messages.contains(Texts.get(locale, "beneficiary.warning.unusualAge", "70", "15", "64")), messages);
            assertEquals(1, registered(last));
            browser.screenshot("date-unusual-age-" + language);
        } finally {
            backToEnglish();
        }
    }

    /** Sfax's language is remembered for the next test: back to English, from a page with no calendar open. */
    private void backToEnglish() {
        browser.open("/index.xhtml");
        browser.clickAndWait("#languages a[data-lang='en']");
    }

    private void fillTheRest(String first, String last) {
        browser.type("#form\\:firstName", first);
        browser.type("#form\\:lastName", last);
        browser.find("label[for='form:sex:1']").click();
        browser.choose("form:siteCode", "SFX-M");
        browser.choose("form:educationLevel", "VOCATIONAL");
        browser.choose("form:employmentStatus", "UNEMPLOYED");
    }

    /**
     * The window as it is: Browser.screenshot grows the window to the page's height, and
     * PrimeFaces closes an open calendar when the window is resized.
     */
    private void windowShot(String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(
                    java.nio.file.Path.of(System.getProperty("masar.target", "target"), "screenshots"));
            java.nio.file.Files.copy(((org.openqa.selenium.TakesScreenshot) browser.driver())
                            .getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    folder.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean calendarOpen() {
        return browser.driver().findElements(By.cssSelector("#form\\:birthDate_panel")).stream().anyMatch(WebElement::isDisplayed);
    }

    private String activeId() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;");
    }

    private void awaitProfile() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/beneficiary/view.xhtml?code="));
    }

    private static String api(String lastName) {
        return Http.get(MasarServer.get(), "/api/v1/beneficiaries?name=" + lastName, "sfax", "masar-demo").body();
    }

    private static int registered(String lastName) {
        String body = api(lastName);
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(body);
        assertTrue(total.find(), body);
        return Integer.parseInt(total.group(1));
    }
}
