package org.masar.security.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a user goes after signing in: the page they were opening, with its query, and never another site. */
final class NextPage {

    private NextPage() {
    }

    /**
     * The address to carry in {@code ?next=}: path and query of the request, inside the context,
     * or null for the home page.
     */
    static String of(String requestUri, String contextPath, String query) {
        String path = requestUri.substring(contextPath.length());
        if (path.isEmpty() || "/".equals(path)) {
            return null;
        }
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** {@code page} with {@code ?next=} (encoded) when there is somewhere to go next. */
    static String with(String page, String next) {
        return next == null || "/".equals(next) ? page : page + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /**
     * Only a path inside Masar, never another site ("//host", "/\host", "http:"), never a sign-in
     * step again, never a header break; anything else is the home page.
     */
    static String safe(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || next.startsWith(MasarAuthentication.LOGIN_PAGE) || next.startsWith(MasarAuthentication.CODE_PAGE)) {
            return "/";
        }
        return next;
    }
}
