package org.masar.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer of Masar carries (see README, "Security headers"): no content-type
 * sniffing, no referrer sent to other sites, no framing by any site, and nothing stored by
 * browsers or proxies except the static resources (styles, scripts, images), since pages, JSON and
 * downloads may hold personal data. Pages get their Content-Security-Policy from PrimeFaces,
 * which adds the nonce of their scripts (primefaces.CSP, primefaces.CSP_POLICY in web.xml); every
 * other answer gets {@link #NOTHING_ACTIVE}.
 */
public final class SecurityHeaders {

    /** For answers that are not pages (JSON, downloads, redirects, errors): nothing in them may run or load. */
    public static final String NOTHING_ACTIVE = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** What a page may keep of another policy: PrimeFaces' own says the rest. */
    static final String FRAMING_ONLY = "frame-ancestors 'none'";
    private static final String CSP = "Content-Security-Policy";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (!isPage(request, path)) {
            response.setHeader(CSP, NOTHING_ACTIVE);
        } else if (response.containsHeader(CSP)) {
            // An error page after an answer that was no page had begun: PrimeFaces adds the page's
            // own policy, which a stricter one left here would block.
            response.setHeader(CSP, FRAMING_ONLY);
        }
    }

    /** Styles, scripts, fonts and images: the same for everybody, so browsers may keep them. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }

    /** A Faces page (PrimeFaces writes its policy with the page's nonce); the welcome page "/" is one too. */
    static boolean isPage(HttpServletRequest request, String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.isEmpty()
                || (request.getServletPath() != null && request.getServletPath().endsWith(".xhtml")
                && !isStaticResource(path));
    }
}
