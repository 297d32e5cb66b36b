package org.masar.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Notes, for the audit trail, the address a request came from and the door it came through. */
@WebFilter(urlPatterns = "/*")
public class OriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        RequestOrigin.Channel channel = path.startsWith("/api/") ? RequestOrigin.Channel.REST
                : path.startsWith("/download/") ? RequestOrigin.Channel.DOWNLOAD : RequestOrigin.Channel.PAGE;
        origin.set(request.getRemoteAddr(), channel);
        chain.doFilter(request, response);
    }
}
