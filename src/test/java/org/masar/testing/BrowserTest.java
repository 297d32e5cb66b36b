package org.masar.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A browser test: a fresh Chromium profile per test against the one Masar server of the run. */
public abstract class BrowserTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(MasarServer.get());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
