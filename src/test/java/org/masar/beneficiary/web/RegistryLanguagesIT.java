package org.masar.beneficiary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;

/** The registry's pages in French and in Arabic (right-to-left, codes and phones left-to-right). */
class RegistryLanguagesIT extends BrowserTest {




    @Test
    void registryPagesInFrenchAndArabic() {
        browser.signIn("kebili", "masar-demo");
        browser.clickAndWait("#languages a[data-lang='fr']");
        browser.clickAndWait("#menu-beneficiaries");
        assertEquals("Bénéficiaires", browser.find("h1").getText());
        browser.screenshot("registry-list-fr");
        browser.clickAndWait("#list\\:table a[href*='view.xhtml']");
        assertTrue(browser.find("#profile").getText().contains("Données personnelles"));
        browser.screenshot("registry-profile-fr");
        browser.open("/beneficiary/edit.xhtml");
        browser.clickAndWait("#form\\:save");
        assertEquals("Ce champ est obligatoire.", browser.find("#form\\:firstName-message").getText());
        browser.screenshot("registry-register-errors-fr");

        browser.clickAndWait("#languages a[data-lang='ar']");
        assertEquals("rtl", browser.dir());
        browser.open("/beneficiary/list.xhtml");
        assertEquals("المستفيدون", browser.find("h1").getText());
        String codeDir = browser.driver().findElement(By.cssSelector("#list\\:table a[href*='view.xhtml']")).getAttribute("dir");
        assertEquals("ltr", codeDir, "codes keep their own direction");
        browser.screenshot("registry-list-ar");
        browser.clickAndWait("#list\\:table a[href*='view.xhtml']");
        browser.screenshot("registry-profile-ar");
        browser.clickAndWait("#languages a[data-lang='en']");
    }
}
