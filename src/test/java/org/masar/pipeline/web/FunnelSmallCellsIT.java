package org.masar.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The funnel as a donor sees it: no count from 1 to 4 on any pipeline, the "&lt; 5" mark and its
 * note instead; a manager over the same countries sees the real counts, the same wherever the
 * donor sees one.
 */
class FunnelSmallCellsIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private static final String MARK = "< 5";
    /** A share computed from a hidden count: hidden too, with its own word (it is no count). */
    private static final String SHARE_HIDDEN = "hidden";

    private List<String> pipelines() {
        browser.open("/report/funnel.xhtml");
        List<String> ids = new ArrayList<>();
        for (WebElement option : browser.driver().findElements(By.cssSelector("#filters\\:pipeline_input option"))) {
            ids.add(option.getAttribute("value"));
        }
        assertFalse(ids.isEmpty());
        return ids;
    }

    /** Every figure of both tables, by position, as the page shows it. */
    private Map<String, String> figures(String pipeline) {
        browser.open("/report/funnel.xhtml?pipeline=" + pipeline);
        browser.find("#funnel");
        Map<String, String> figures = new LinkedHashMap<>();
        List<WebElement> cells = browser.driver().findElements(By.cssSelector("#funnel td.num bdi, #reasons td.num bdi"));
        for (int i = 0; i < cells.size(); i++) {
            figures.put(pipeline + "#" + i, cells.get(i).getText().trim());
        }
        return figures;
    }

    @Test
    void aDonorSeesNoCountFromOneToFourAndStaffSeeThemAll() {
        browser.signIn("donor", PW);
        Map<String, String> donor = new LinkedHashMap<>();
        boolean noted = false;
        for (String pipeline : pipelines()) {
            donor.putAll(figures(pipeline));
            noted |= browser.present("#small-cell-note");
        }
        long marked = donor.values().stream().filter(MARK::equals).count();
        assertTrue(marked > 0, "the demo funnels have small cells: " + donor);
        assertTrue(noted, "the mark is explained under the table");
        for (var figure : donor.entrySet()) {
            String text = figure.getValue();
            if (!text.equals(MARK) && !text.equals(SHARE_HIDDEN) && !text.endsWith("%")) {
                long n = Long.parseLong(text);
                assertTrue(n == 0 || n >= 5, figure.getKey() + " shows " + n + " to a donor");
            }
        }
        browser.open("/report/funnel.xhtml?pipeline=" + pipelines().get(0));
        browser.screenshot("funnel-small-cells-donor-en");
        browser.signOut();

        browser.signIn("manager", PW);
        Map<String, String> manager = new LinkedHashMap<>();
        for (String pipeline : pipelines()) {
            manager.putAll(figures(pipeline));
        }
        assertEquals(donor.keySet(), manager.keySet(), "the same tables, cell for cell");
        assertFalse(manager.containsValue(MARK), "staff see every count");
        assertFalse(browser.present("#small-cell-note"));
        boolean smallSeen = false;
        for (var figure : donor.entrySet()) {
            String real = manager.get(figure.getKey());
            if (figure.getValue().equals(MARK)) {
                smallSeen |= Long.parseLong(real) > 0 && Long.parseLong(real) < 5;
            } else if (figure.getValue().equals(SHARE_HIDDEN)) {
                assertTrue(real.endsWith("%"), figure.getKey() + " is a share");
            } else {
                assertEquals(real, figure.getValue(), figure.getKey() + ": what the donor sees is true");
            }
        }
        assertTrue(smallSeen, "the marks hide real small counts");
    }

    @Test
    void theMarkReadsInArabicToo() {
        browser.signIn("donor", PW);
        List<String> pipelines = pipelines();
        browser.clickAndWait("#languages a[data-lang='ar']");
        try {
            boolean marked = false;
            for (String pipeline : pipelines) {
                browser.open("/report/funnel.xhtml?pipeline=" + pipeline);
                marked |= browser.driver().findElements(By.cssSelector("#funnel bdi.small-cell")).stream()
                        .anyMatch(e -> e.getText().contains("أقل من 5"));
                if (marked) {
                    browser.screenshot("funnel-small-cells-donor-ar");
                    break;
                }
            }
            assertTrue(marked);
        } finally {
            browser.clickAndWait("#languages a[data-lang='en']"); // the language is remembered per user
        }
    }
}
