package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.MasarServer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a page costs on the wire, as Chromium's resource timing reports it (bytes transferred:
 * headers plus the body as sent, compressed or not; nothing for what came from the cache). Case
 * workers sign in on tablets over slow connections (README, "Page weight"). A weight check, not a
 * timed test.
 */
class PageWeightIT extends BrowserTest {

    private static final String PW = "masar-demo";
    /** The sign-in page with an empty cache: the page, PrimeFaces' scripts and styles, the theme, the icon font. */
    private static final long COLD_SIGN_IN_LIMIT = 400 * 1024;
    /** A main page opened again: its HTML and Ajax only, since every script and style is in the cache. */
    private static final long REPEAT_VIEW_LIMIT = 60 * 1024;
    private static final List<String> MAIN_PAGES = List.of("/index.xhtml", "/beneficiary/list.xhtml",
            "/beneficiary/view.xhtml?code=TN-SFX-000001", "/enrolment/list.xhtml", "/enrolment/board.xhtml",
            "/report/funnel.xhtml");

    @Test
    void theSignInPageOnAnEmptyCacheStaysUnder400Kb() {
        browser.open("/login.xhtml");
        Weight cold = weigh();
        System.out.printf("page weight: sign-in, cold cache: %,d bytes in %d requests%n", cold.bytes, cold.requests);
        assertTrue(cold.bytes <= COLD_SIGN_IN_LIMIT,
                "the cold sign-in page transferred " + cold.bytes + " bytes, more than " + COLD_SIGN_IN_LIMIT);
    }

    @Test
    void everyMainPageOpenedAgainStaysUnder60Kb() {
        browser.signIn("sfax", PW);
        StringBuilder over = new StringBuilder();
        for (String page : MAIN_PAGES) {
            browser.open(page);
            Weight first = weigh();
            browser.open(page);
            Weight repeat = weigh();
            System.out.printf("page weight: %-45s first view %,9d bytes (%2d requests), repeat view %,7d bytes (%d requests)%n",
                    page, first.bytes, first.requests, repeat.bytes, repeat.requests);
            if (repeat.bytes > REPEAT_VIEW_LIMIT) {
                over.append(page).append(": ").append(repeat.bytes).append(" bytes; ");
            }
        }
        assertTrue(over.isEmpty(), "repeat views over " + REPEAT_VIEW_LIMIT + " bytes: " + over);
    }

    /** The bytes the current page's navigation and every resource it loaded took, once the network is quiet. */
    private Weight weigh() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        String script = "const all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));"
                + "return {bytes: all.reduce((sum, e) => sum + e.transferSize, 0), requests: all.length,"
                + " complete: document.readyState === 'complete'};";
        // Fonts and Ajax can follow the load event: wait until two readings a second apart agree.
        long[] last = {-1};
        @SuppressWarnings("unchecked")
        Map<String, Object> reading = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .pollingEvery(Duration.ofSeconds(1))
                .until(d -> {
                    Map<String, Object> now = (Map<String, Object>) js.executeScript(script);
                    long bytes = ((Number) now.get("bytes")).longValue();
                    boolean settled = Boolean.TRUE.equals(now.get("complete")) && bytes == last[0];
                    last[0] = bytes;
                    return settled ? now : null;
                });
        return new Weight(((Number) reading.get("bytes")).longValue(), ((Number) reading.get("requests")).intValue());
    }

    @Test
    void textAnswersAreGzippedDownloadsAreNotAndVersionedResourcesAreKept() {
        String[][] texts = {
                {"/login.xhtml", "text/html"},
                {"/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue&v=15.0.13", "text/css"},
                {"/jakarta.faces.resource/components.js.xhtml?ln=primefaces&v=15.0.13", "application/javascript"},
                {"/openapi", "application/json"}};
        for (String[] text : texts) {
            HttpResponse<byte[]> answer = get(text[0], text[0].equals("/openapi") ? "manager" : null);
            assertEquals(200, answer.statusCode(), text[0]);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(text[1]), text[0]);
            assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse("none"), text[0]);
            System.out.printf("page weight: %-75s %s, %,d bytes gzipped%n", text[0], text[1], answer.body().length);
        }
        HttpResponse<byte[]> resource = get(texts[2][0], null);
        String cache = resource.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.matches(".*max-age=\\d{6,}.*"), "PrimeFaces' scripts are kept for days: " + cache);
        assertFalse(cache.contains("no-store"), cache);

        browser.signIn("sfax", PW);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> download = send(HttpRequest.newBuilder(URI.create(MasarServer.get().url("/download/enrolments.xlsx")))
                .header("Cookie", "JSESSIONID=" + session));
        assertEquals(200, download.statusCode());
        assertFalse(download.headers().firstValue("Content-Encoding").isPresent(), "an xlsx is a zip already");
    }

    /** A GET that accepts gzip, as a browser's does, with HTTP Basic for {@code user} if not null. */
    private static HttpResponse<byte[]> get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(MasarServer.get().url(path)));
        if (user != null) {
            request.header("Accept", "application/json").header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            // HTTP/1.1 as browsers speak it to a plain-HTTP server: Payara does not compress over HTTP/2
            // (README, "Page weight"), which Java's client would otherwise upgrade to.
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.header("Accept-Encoding", "gzip, deflate, br")
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Weight(long bytes, int requests) {
    }
}
