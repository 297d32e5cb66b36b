package org.masar.casework.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Done" on the caseload: the list and its count change at once, and the step can be taken back. */
class CaseloadIT extends BrowserTest {

    private int count() {
        return Integer.parseInt(browser.find("#followUpsCount").getText().trim());
    }

    private int listed() {
        return browser.driver().findElements(By.cssSelector("#followUps li")).size();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> condition.getAsBoolean());
    }

    @Test
    void doneUpdatesTheCountAtOnceAndUndoBringsTheFollowUpBack() {
        browser.signIn("sfax", "masar-demo");
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.open("/enrolment/caseload.xhtml");
        int before = count();
        assertEquals(before, listed(), "the count is the number of follow-ups listed");
        assertTrue(before > 1, "demo follow-ups for sfax");
        String title = browser.find("#followUps li:first-child strong").getText();

        browser.find("#followUps li:first-child button").click();
        waitFor(() -> browser.present("#followUps\\:undo-bar"));
        assertEquals(before - 1, count(), "the count follows the list without a reload");
        assertEquals(before - 1, listed());
        assertTrue(browser.find("#followUps\\:undo-bar").getText().contains(title), "the bar names what was done");
        browser.screenshot("caseload-done-undo-bar");

        browser.find("#followUps\\:undo").click();
        waitFor(() -> !browser.present("#followUps\\:undo-bar"));
        assertEquals(before, count(), "undo brings the follow-up back");
        assertEquals(title, browser.find("#followUps li:first-child strong").getText(), "in its place");
        browser.open("/enrolment/caseload.xhtml");
        assertEquals(before, count(), "undo is kept");
        assertFalse(browser.present("#followUps\\:undo-bar"), "the bar belongs to the moment, not to the page");

        browser.find("#followUps li:first-child button").click();
        waitFor(() -> browser.present("#followUps\\:undo-bar"));
        browser.open("/enrolment/caseload.xhtml");
        assertEquals(before - 1, count(), "done is kept");
    }
}
