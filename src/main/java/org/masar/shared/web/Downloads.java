package org.masar.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** What the "Export to Excel" links and their servlets share: the list's filters as a query, the response headers. */
public final class Downloads {

    private Downloads() {
    }

    /** The filters that have a value, as {@code name=value&…}, for a link that repeats the list's search. */
    public static String query(Map<String, ?> filters) {
        return filters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Headers of an .xlsx attachment named {@code masar-<what>-<day>.xlsx}. */
    public static void xlsx(HttpServletResponse response, String what, LocalDate day) {
        response.setContentType(org.masar.security.service.Download.XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"masar-" + what + "-" + day + ".xlsx\"");
    }

    /**
     * Headers of an attachment of {@code contentType} named {@code fileName}: a name already made safe
     * (letters, digits, dots, dashes), given plain for old browsers and encoded for the letters beyond ASCII.
     */
    public static void file(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
