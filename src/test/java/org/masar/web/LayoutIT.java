package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The main pages at a tablet's 1024 × 768 and a laptop's 1280 × 900, in the four languages: no text
 * is cut by its cell or its field, codes and phone numbers stay on one line, no page scrolls
 * sideways, number columns sit under headings aligned like them, and Arabic mirrors the layout
 * (menu on the right, pager arrows pointing the reading way). Every page is saved as a screenshot.
 */
class LayoutIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private static final String[] LANGUAGES = {"en", "fr", "ar", "it"};
    private static final Dimension[] SIZES = {new Dimension(1024, 768), new Dimension(1280, 900)};

    /**
     * What a reader would call cut or misplaced, one line per finding. Checked in the page itself:
     * an element whose content is wider than its box (scrollWidth over clientWidth), a code or number
     * broken over two lines, a placeholder longer than its field, a heading aligned otherwise than
     * the numbers under it, and a page wider than the window.
     */
    private static final String FINDINGS = """
            const rtl = document.documentElement.dir === 'rtl';
            const found = [];
            const shown = e => e.offsetParent !== null || getComputedStyle(e).position === 'fixed';
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + ' "' + (e.innerText || e.placeholder || '').trim().replace(/\\s+/g, ' ').slice(0, 50) + '"';
            const side = a => a === 'start' ? (rtl ? 'right' : 'left') : a === 'end' ? (rtl ? 'left' : 'right')
                : a.replace('-webkit-', '').replace('-internal-', '');
            const doc = document.documentElement;
            if (doc.scrollWidth > doc.clientWidth + 1) {
                found.push('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
            }
            document.querySelectorAll('td, th, label, h1, h2, h3, .chip, .badge, .count, a.button, .ui-button, '
                    + '.ui-selectonemenu-label, .board-column, .board, .panel, .field, .ui-paginator, .ui-datatable-tablewrapper').forEach(e => {
                if (shown(e) && e.scrollWidth > e.clientWidth + 1) {
                    found.push('cut: ' + name(e) + ' needs ' + e.scrollWidth + ' px, has ' + e.clientWidth);
                }
            });
            document.querySelectorAll('td [dir=ltr], td bdi, td.num, .nowrap, .code').forEach(e => {
                if (shown(e) && e.getClientRects().length > 1) {
                    found.push('broken over two lines: ' + name(e));
                }
            });
            const pen = document.createElement('canvas').getContext('2d');
            document.querySelectorAll('input[placeholder]').forEach(i => {
                if (!shown(i) || !i.placeholder) return;
                const s = getComputedStyle(i);
                pen.font = s.font;
                const room = i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
                if (pen.measureText(i.placeholder).width > room + 1) {
                    found.push('placeholder cut: ' + name(i));
                }
            });
            document.querySelectorAll('table').forEach(t => {
                const head = t.tHead && t.tHead.rows[0];
                const body = t.tBodies[0] && t.tBodies[0].rows[0];
                if (!head || !body || !shown(t)) return;
                for (let c = 0; c < Math.min(head.cells.length, body.cells.length); c++) {
                    const cell = body.cells[c];
                    if (!cell.classList.contains('num')) continue;
                    const h = side(getComputedStyle(head.cells[c]).textAlign);
                    const d = side(getComputedStyle(cell).textAlign);
                    if (h !== d) found.push('heading ' + name(head.cells[c]) + ' is ' + h + ' over numbers ' + d);
                }
            });
            return found;
            """;

    /** In Arabic the menu stands right of the content (or its strip starts on the right) and "next" arrows point left. */
    private static final String MIRRORING = """
            const found = [];
            const menu = document.querySelector('.sidemenu'), content = document.querySelector('.content');
            if (menu && content) {
                const m = menu.getBoundingClientRect(), c = content.getBoundingClientRect();
                const beside = m.bottom > c.top + 1;
                if (beside && m.left < c.left) found.push('the menu is left of the content');
                const links = [...menu.querySelectorAll('a')].map(a => a.getBoundingClientRect());
                if (!beside && links.length > 1 && links[0].top === links[1].top && links[0].left < links[1].left) {
                    found.push('the menu strip starts on the left');
                }
            }
            document.querySelectorAll('.ui-paginator-first, .ui-paginator-prev, .ui-paginator-next, .ui-paginator-last')
                    .forEach(a => {
                const t = getComputedStyle(a, '::before').transform;
                if (!t.startsWith('matrix(-1')) found.push('pager arrow not mirrored: ' + a.className);
            });
            const next = document.querySelector('.ui-paginator-next'), prev = document.querySelector('.ui-paginator-prev');
            if (next && prev && next.getBoundingClientRect().left > prev.getBoundingClientRect().left) {
                found.push('"next" stands right of "previous"');
            }
            return found;
            """;

    @Test
    void theCaseWorkersPagesFitATabletAndALaptopInEveryLanguage() {
        browser.signIn("sfax", PW);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/index.xhtml");
        pages.put("caseload", "/enrolment/caseload.xhtml");
        pages.put("beneficiaries", "/beneficiary/list.xhtml");
        pages.put("register", "/beneficiary/edit.xhtml");
        pages.put("enrolments", "/enrolment/list.xhtml");
        pages.put("board", "/enrolment/board.xhtml");
        browser.open("/beneficiary/list.xhtml");
        pages.put("profile", browser.find("#list\\:table_data tr:first-child a").getAttribute("href"));
        browser.open("/enrolment/list.xhtml");
        pages.put("enrolment", browser.find("#list\\:table_data tr:first-child a").getAttribute("href"));
        assertPagesFit("sfax", pages);
    }

    @Test
    void theManagersAndAdministratorsPagesFitATabletAndALaptopInEveryLanguage() {
        browser.signIn("manager", PW);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("funnel", "/report/funnel.xhtml");
        pages.put("board", "/enrolment/board.xhtml");
        pages.put("beneficiaries", "/beneficiary/list.xhtml");
        pages.put("users", "/admin/users.xhtml");
        pages.put("sites", "/admin/sites.xhtml");
        pages.put("programmes", "/admin/programmes.xhtml");
        pages.put("pipelines", "/admin/pipelines.xhtml");
        assertPagesFit("manager", pages);
    }

    private void assertPagesFit(String who, Map<String, String> pages) {
        List<String> findings = new ArrayList<>();
        for (Dimension size : SIZES) {
            browser.driver().manage().window().setSize(size);
            for (String language : LANGUAGES) {
                browser.clickAndWait("#languages a[data-lang='" + language + "']");
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    String url = page.getValue();
                    browser.open(url.startsWith("http") ? url.substring(url.indexOf('/', url.indexOf("//") + 2)) : url);
                    browser.find("h1");
                    String where = who + " " + page.getKey() + " " + language + " " + size.getWidth() + ": ";
                    findings.addAll(run(FINDINGS).stream().map(where::concat).toList());
                    if (language.equals("ar")) {
                        assertEquals("rtl", browser.dir());
                        findings.addAll(run(MIRRORING).stream().map(where::concat).toList());
                    }
                    browser.screenshot("layout-" + who + "-" + page.getKey() + "-" + language + "-" + size.getWidth());
                }
            }
        }
        browser.clickAndWait("#languages a[data-lang='en']");
        assertTrue(findings.isEmpty(), findings.size() + " layout findings, the first distinct ones:\n"
                + String.join("\n", findings.stream().distinct().limit(80).toList()));
    }

    @SuppressWarnings("unchecked")
    private List<String> run(String script) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    @Test
    void theBoardShowsEveryStageWithoutScrollingSidewaysOnALaptop() {
        browser.signIn("sfax", PW);
        browser.driver().manage().window().setSize(SIZES[1]);
        browser.open("/enrolment/board.xhtml");
        var board = browser.find(".board");
        long columns = browser.driver().findElements(By.cssSelector(".board-column")).size();
        assertTrue(columns >= 6, "the demo pipeline has its stages and the dropped column");
        Object seen = ((JavascriptExecutor) browser.driver()).executeScript(
                "const b = arguments[0].getBoundingClientRect();"
                        + "return [...document.querySelectorAll('.board-column')].filter(c => {"
                        + " const r = c.getBoundingClientRect(); return r.left >= b.left - 1 && r.right <= b.right + 1; }).length;",
                board);
        assertEquals(columns, ((Number) seen).longValue(), "every column is within the board, none scrolled out of view");
    }
}
