package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.MasarServer;

/** Roles are checked on the server: a forbidden page is a clear 403 page, whatever the menu shows. */
class AccessIT extends BrowserTest {




    @Test
    void aCaseWorkerOpeningAnAdministrationPageGets403() {
        browser.signIn("sfax", "masar-demo");
        for (String page : new String[] {"/admin/users.xhtml", "/admin/user.xhtml?id=1", "/admin/sites.xhtml",
                "/admin/partners.xhtml", "/admin/programme.xhtml"}) {
            browser.open(page);
            assertTrue(browser.present("#error-403"), page + " must answer 403");
            assertFalse(browser.driver().getPageSource().contains("masar-demo.masar.example"), "no user data leaks");
            assertFalse(browser.present("#list\\:table"), page);
        }
        assertTrue(browser.find("#error-403").getText().contains("Your role does not give access"));
        browser.screenshot("forbidden-casewoker-en");
    }

    @Test
    void anAdministratorHasTheAdministrationMenuAndPages() {
        browser.signIn("admin", "masar-demo");
        for (String item : new String[] {"users", "sites", "partners", "programmes"}) {
            assertTrue(browser.present("#menu-" + item), item);
        }
        browser.clickAndWait("#menu-users");
        assertTrue(browser.find("#list\\:table").getText().contains("kebili"));
        browser.screenshot("admin-users-en");
        browser.clickAndWait("#menu-sites");
        assertTrue(browser.find("#list\\:table").getText().contains("SFX-M"));
        browser.screenshot("admin-sites-en");
        browser.clickAndWait("#menu-programmes");
        assertTrue(browser.find("#list\\:table").getText().contains("CROLET"));
        browser.open("/admin/user.xhtml?id=999999");
        assertTrue(browser.present("#error-404"));
    }
}
