package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/** Roles are checked on the server: a forbidden page is a clear 403 page, whatever the menu shows. */
class AccessIT extends BrowserTest {

    /** Every export goes through the one download endpoint, which checks the role, then the parameters. */
    @Test
    void theDownloadEndpointChecksRoleAndParametersBeforeWritingAByte() {
        browser.signIn("donor", "masar-demo");
        String donor = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        for (String file : new String[] {"beneficiaries", "enrolments"}) {
            assertEquals(403, Http.download(MasarServer.get().url("/download/" + file + ".xlsx"), donor).statusCode(),
                    "donors never get a list of people: " + file);
        }
        browser.signOut();
        browser.signIn("sfax", "masar-demo");
        String sfax = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertEquals(404, Http.download(MasarServer.get().url("/download/payroll.xlsx"), sfax).statusCode());
        assertEquals(400, Http.download(MasarServer.get().url("/download/beneficiaries.xlsx?sex=X"), sfax).statusCode());
        assertEquals(400, Http.download(MasarServer.get().url("/download/beneficiaries.xlsx?name=%25"), sfax).statusCode(),
                "a name without a letter never exports everyone");
        assertEquals(400, Http.download(MasarServer.get().url("/download/enrolments.xlsx?pipeline=abc"), sfax).statusCode());
        var ok = Http.download(MasarServer.get().url("/download/enrolments.xlsx?status=active"), sfax);
        assertEquals(200, ok.statusCode());
        assertTrue(ok.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"masar-enrolments-"));
    }

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
