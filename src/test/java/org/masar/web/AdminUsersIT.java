package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** An administrator creates an account in the browser; bad input is refused next to its field. */
class AdminUsersIT extends BrowserTest {




    @Test
    void createsACaseWorkerForMahdiaWhoCanThenSignIn() {
        MasarServer server = MasarServer.get();
        browser.signIn("admin", "masar-demo");
        browser.open("/admin/user.xhtml");
        browser.type("#form\\:username", "mahdia.cw");
        browser.type("#form\\:fullName", "Hela Ben Ali");
        browser.type("#form\\:email", "not-an-email");
        browser.find("label[for='form:roles:2']").click(); // CASE_WORKER
        browser.type("#form\\:newPassword", "short");
        browser.clickAndWait("#form\\:save");

        assertEquals("A password has from 10 to 128 characters.", browser.find("#form\\:newPassword-message").getText());
        assertTrue(browser.find("#form\\:email-message").getText().contains("e-mail"), "the e-mail is checked on the server");
        browser.screenshot("admin-user-invalid-en");
        assertEquals(401, Http.get(server, "/api/v1/sites", "mahdia.cw", "short").statusCode(), "nothing saved");

        browser.type("#form\\:email", "hela@example.org");
        browser.type("#form\\:newPassword", "olive-harbour-lantern-17");
        browser.driver().findElement(By.cssSelector("#form\\:newPassword")).sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/admin/users.xhtml"));
        assertTrue(browser.find("#messages").getText().contains("User mahdia.cw saved."));
        browser.screenshot("admin-user-saved-en");

        // No sites were given: the account signs in but sees nothing.
        var sites = Http.get(server, "/api/v1/sites", "mahdia.cw", "olive-harbour-lantern-17");
        assertEquals(200, sites.statusCode());
        assertEquals("[]", sites.body());
    }
}
