package org.masar.shared.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The REST API's contract, an OpenAPI 3 document, at /openapi for any signed-in account: a
 * browser session or HTTP Basic. The document is kept beside this class, not where MicroProfile
 * OpenAPI looks for a static one, so that Payara's own, public endpoint (switched off by the
 * post-boot commands) could never serve it; OpenApiDocumentTest holds it against every resource.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String DOCUMENT = "/org/masar/shared/api/openapi.json";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream document = OpenApiServlet.class.getResourceAsStream(DOCUMENT)) {
            if (document == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            document.transferTo(response.getOutputStream());
        }
    }
}
