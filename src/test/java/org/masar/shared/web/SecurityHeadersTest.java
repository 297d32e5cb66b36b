package org.masar.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which answer gets which header; SecurityHeadersIT checks them over HTTP on the running server. */
class SecurityHeadersTest {

    private static Map<String, String> headersFor(String uri, String servletPath, Map<String, String> already) {
        Map<String, String> headers = new LinkedHashMap<>(already);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "getServletPath" -> servletPath;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "containsHeader" -> headers.containsKey((String) args[0]);
                    default -> null;
                });
        SecurityHeaders.apply(request, response);
        return headers;
    }

    private static Map<String, String> headersFor(String uri, String servletPath) {
        return headersFor(uri, servletPath, Map.of());
    }

    @Test
    void everyAnswerForbidsSniffingFramingAndForeignReferrers() {
        for (String uri : new String[] {"/index.xhtml", "/api/v1/sites", "/download/enrolments.xlsx",
                "/jakarta.faces.resource/theme.css.xhtml"}) {
            Map<String, String> headers = headersFor(uri, uri);
            assertEquals("nosniff", headers.get("X-Content-Type-Options"), uri);
            assertEquals("same-origin", headers.get("Referrer-Policy"), uri);
            assertEquals("DENY", headers.get("X-Frame-Options"), uri);
        }
    }

    @Test
    void nothingButStaticResourcesIsStored() {
        assertEquals("no-store", headersFor("/beneficiary/view.xhtml", "/beneficiary/view.xhtml").get("Cache-Control"));
        assertEquals("no-store", headersFor("/api/v1/beneficiaries", "/api").get("Cache-Control"));
        assertEquals("no-store", headersFor("/download/beneficiaries.xlsx", "/download").get("Cache-Control"));
        assertEquals("no-store", headersFor("/", "/index.xhtml").get("Cache-Control"));
        assertNull(headersFor("/jakarta.faces.resource/core.js.xhtml", "/jakarta.faces.resource/core.js.xhtml")
                .get("Cache-Control"));
        assertNull(headersFor("/resources/css/masar.css", "").get("Cache-Control"));
    }

    @Test
    void pagesLeaveTheirPolicyToPrimeFacesAndEverythingElseMayRunNothing() {
        assertFalse(headersFor("/index.xhtml", "/index.xhtml").containsKey("Content-Security-Policy"));
        assertFalse(headersFor("/", "/index.xhtml").containsKey("Content-Security-Policy"));
        assertEquals(SecurityHeaders.NOTHING_ACTIVE, headersFor("/api/v1/sites", "/api").get("Content-Security-Policy"));
        assertEquals(SecurityHeaders.NOTHING_ACTIVE, headersFor("/openapi", "/openapi").get("Content-Security-Policy"));
        assertEquals(SecurityHeaders.NOTHING_ACTIVE, headersFor("/download/x.xlsx", "/download").get("Content-Security-Policy"));
    }

    @Test
    void anErrorPageAfterAnotherAnswerBeganKeepsOnlyTheFramingRule() {
        Map<String, String> headers = headersFor("/error/404.xhtml", "/error/404.xhtml",
                Map.of("Content-Security-Policy", SecurityHeaders.NOTHING_ACTIVE));
        assertEquals(SecurityHeaders.FRAMING_ONLY, headers.get("Content-Security-Policy"));
    }
}
