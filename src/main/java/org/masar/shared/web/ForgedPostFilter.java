package org.masar.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A form post no page of Masar sent answers the 400 page, not a 500: a view state of
 * "stateless" (every Masar page keeps its state, the sign-in pages included, so such a post
 * comes from a forged form, another site's included). A view state of another session or an
 * expired one is Faces' own view-expired answer. The 400 page is shown as if opened afresh, so
 * that it is not itself read as a post of the forged form.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ForgedPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (forged(request)) {
            badRequest(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A Faces post that carries a view state none of our pages writes. */
    static boolean forged(HttpServletRequest request) {
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            return false;
        }
        String state = request.getParameter(VIEW_STATE);
        if (state == null) {
            return false;
        }
        return "stateless".equalsIgnoreCase(state.strip());
    }

    private static void badRequest(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // Annotated filters run in no set order: the answer carries the headers whichever ran first.
        SecurityHeaders.apply(request, response);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher("/error/400.xhtml").forward(new AFreshGet(request), response);
    }

    /** The request as a plain GET without parameters, for the 400 page. */
    private static final class AFreshGet extends HttpServletRequestWrapper {

        AFreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
