package org.masar.beneficiary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.masar.testing.Browser;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/** Two case workers edit the same person: the second is told, and keeps what they typed. */
class ConcurrentEditIT extends BrowserTest {

    @Test
    void theSecondSaveIsRefusedAndTheInputStays() {
        String code = Json.createReader(new StringReader(
                        Http.get(MasarServer.get(), "/api/v1/beneficiaries?size=1&site=SFX-M", "sfax", "masar-demo").body()))
                .readObject().getJsonArray("items").getJsonObject(0).getString("code");
        browser.signIn("sfax", "masar-demo");
        browser.open("/beneficiary/edit.xhtml?code=" + code);
        try (Browser other = new Browser(MasarServer.get())) {
            other.signIn("manager", "masar-demo");
            other.open("/beneficiary/edit.xhtml?code=" + code);
            other.type("#form\\:email", "first.saver@example.org");
            other.clickAndWait("#form\\:save");
            assertTrue(other.driver().getCurrentUrl().contains("/beneficiary/view.xhtml"));
        }
        browser.type("#form\\:email", "second.saver@example.org");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.find("#messages").getText().contains("Someone else saved this record"));
        assertEquals("second.saver@example.org", browser.find("#form\\:email").getAttribute("value"), "input kept");
        browser.screenshot("registry-concurrent-edit-en");
        String stored = Http.get(MasarServer.get(), "/api/v1/beneficiaries/" + code, "sfax", "masar-demo").body();
        assertTrue(stored.contains("first.saver@example.org"), stored);
    }
}
