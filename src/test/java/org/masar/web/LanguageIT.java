package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.masar.testing.Browser;
import org.masar.testing.BrowserTest;
import org.masar.testing.MasarServer;

/** Switching language: Arabic renders right-to-left, French and Italian translate, the choice is remembered. */
class LanguageIT extends BrowserTest {




    private void switchTo(String language) {
        browser.clickAndWait("#languages a[data-lang='" + language + "']");
    }

    @Test
    void arabicRendersRightToLeftAndIsRememberedForTheUser() {
        browser.signIn("trainer", "masar-demo");
        assertEquals("ltr", browser.dir());
        switchTo("ar");
        assertEquals("rtl", browser.dir());
        assertEquals("ar", browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
        assertEquals("لوحة القيادة", browser.find("h1").getText());
        browser.screenshot("dashboard-trainer-ar");

        browser.signOut();
        browser.close();
        browser = new Browser(MasarServer.get());
        browser.signIn("trainer", "masar-demo");
        assertEquals("rtl", browser.dir(), "a new session starts in the language the user chose");
        switchTo("en");
        assertEquals("ltr", browser.dir());
    }

    @Test
    void frenchAndItalianTranslateTheShellAndTheSignInPage() {
        browser.open("/login.xhtml");
        switchTo("fr");
        assertEquals("Connexion", browser.find("h1").getText());
        browser.screenshot("signin-fr");
        browser.type("#login\\:username", "admin");
        browser.type("#login\\:password", "masar-demo");
        browser.clickAndWait("#login\\:submit");
        assertEquals("Tableau de bord", browser.find("h1").getText());
        assertTrue(browser.find(".sidemenu").getText().contains("Utilisateurs"));
        browser.screenshot("dashboard-admin-fr");
        browser.clickAndWait("#menu-users");
        browser.screenshot("admin-users-fr");
        switchTo("ar");
        browser.screenshot("admin-users-ar");
        switchTo("it");
        assertEquals("Utenti", browser.find("h1").getText());
        switchTo("en");
    }

    @Test
    void theSignInPageItselfMirrorsInArabic() {
        browser.open("/login.xhtml");
        switchTo("ar");
        assertEquals("rtl", browser.dir());
        assertEquals("تسجيل الدخول", browser.find("h1").getText());
        browser.screenshot("signin-ar");
    }
}
