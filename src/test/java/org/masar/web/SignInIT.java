package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Signing in and out in Chromium, and what each role's first page shows. */
class SignInIT extends BrowserTest {




    @Test
    void aWrongPasswordShowsAMessageNextToThePassword() {
        browser.signIn("manager", "wrong-password");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        assertEquals("The user name or password is not right.", browser.find("#login\\:password-message").getText());
        browser.screenshot("signin-wrong-password-en");
    }

    @Test
    void theRightPasswordOpensTheDashboardWithTheFourProgrammes() {
        browser.signIn("manager", "masar-demo");
        List<WebElement> cards = browser.driver().findElements(By.cssSelector(".programme-card"));
        assertEquals(4, cards.size());
        List<String> codes = cards.stream().map(c -> c.getAttribute("data-code")).sorted().toList();
        assertEquals(List.of("CROLET", "MENTOR2", "SAVOIR-FAIRE", "TDU"), codes);
        String tdu = browser.find(".programme-card[data-code='TDU']").getText();
        assertTrue(tdu.contains("Tuscany Region") && tdu.contains("1,311,894.00 EUR"), tdu);
        assertFalse(browser.present("#menu-users"), "a manager has no administration menu");
        browser.screenshot("dashboard-manager-en");
        browser.signOut();
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        browser.open("/index.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "signed out means signed out");
    }

    @Test
    void afterSignInTheUserLandsWhereTheyWereGoing() {
        browser.open("/admin/sites.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("next="));
        browser.type("#login\\:username", "admin");
        browser.type("#login\\:password", "masar-demo");
        browser.clickAndWait("#login\\:submit");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/sites.xhtml"), browser.driver().getCurrentUrl());
    }

    @Test
    void fiveFailuresLockTheNameAndTheMessageSaysSo() {
        for (int i = 0; i < 4; i++) {
            browser.signIn("ghost.user", "wrong-" + i);
            assertEquals("The user name or password is not right.", browser.find("#login\\:password-message").getText());
        }
        browser.signIn("ghost.user", "wrong-5");
        assertTrue(browser.find("#login\\:password-message").getText().contains("blocked for 15 minutes"));
    }

    @Test
    void aCaseWorkerSeesTheProgrammesOfTheirSitesAndNoAdministration() {
        browser.signIn("sfax", "masar-demo");
        List<String> codes = browser.driver().findElements(By.cssSelector(".programme-card")).stream()
                .map(c -> c.getAttribute("data-code")).sorted().toList();
        assertEquals(List.of("MENTOR2", "TDU"), codes);
        assertFalse(browser.present("#menu-users"));
        assertTrue(browser.find("#current-user").getText().contains("Sami Trabelsi"));
    }
}
