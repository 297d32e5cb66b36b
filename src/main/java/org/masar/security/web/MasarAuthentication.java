package org.masar.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.UserService;
import org.masar.shared.i18n.Texts;

/**
 * How a request proves who sent it. Pages: a sign-in form, then the session remembers the user;
 * every protected page re-reads the account, so a deactivation or a change of roles takes effect
 * at once. The REST API under /api: HTTP Basic on every request, answering 401 in JSON; its
 * contract at /openapi: a session, or else HTTP Basic.
 */
@ApplicationScoped
public class MasarAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "masar.signedIn";
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** What the session keeps of the signed-in user. */
    record SignedIn(String username, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SESSION_KEY);
        if (signedIn == null && isApiDocument(request)) {
            // The API's contract is read by integrators' tools as well as in a browser.
            return basic(request, response, context);
        }
        if (signedIn != null && context.isProtected()) {
            Optional<Caller> caller = users.activeCaller(signedIn.username());
            if (caller.isEmpty()) {
                session.invalidate();
                return toSignIn(request, response, context);
            }
            signedIn = new SignedIn(signedIn.username(), groups(caller.get()));
            session.setAttribute(SESSION_KEY, signedIn);
            currentUser.signedInAs(caller.get());
        }
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        return context.isProtected() ? toSignIn(request, response, context) : context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY,
                new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CredentialValidationResult result = identityStores.validate(
                        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Masar\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        String message = Texts.get(request.getLocale(), "error.authenticationRequired");
        write(response, Json.createObjectBuilder().add("error", message)
                .add("fields", Json.createObjectBuilder()).build().toString());
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        String url = request.getContextPath() + LOGIN_PAGE
                + (target.isEmpty() || "/".equals(target) ? "" : "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request after the session ended: Faces must be told to leave the page.
            response.setContentType("text/xml;charset=UTF-8");
            write(response, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(url);
    }

    private static Set<String> groups(Caller caller) {
        return caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static boolean isApiDocument(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/openapi");
    }

    private static void write(HttpServletResponse response, String body) {
        try {
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }
}
