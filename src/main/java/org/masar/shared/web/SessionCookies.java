package org.masar.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is sent with SameSite=Lax: browsers leave it off requests that other sites
 * make in the background (a hidden form posting to Masar), and keep it on links followed to
 * Masar. It is HttpOnly (web.xml) and Secure whenever the request came over HTTPS (the container
 * does that by itself; behind a proxy see README, "Running behind TLS").
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }
}
