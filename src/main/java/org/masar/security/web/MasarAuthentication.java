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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.SignInService;
import org.masar.security.service.UserService;
import org.masar.shared.i18n.Texts;
import org.masar.shared.web.SecurityHeaders;

/**
 * How a request proves who sent it. Pages: a sign-in form, then the session remembers the user;
 * every protected page re-reads the account, so a deactivation or a change of roles takes effect
 * at once. An account with a second factor signs in in two steps: a right password only marks the
 * session as waiting for a code (nothing is signed in yet), and the code page completes it. With
 * masar.mfa.required (the default), an administrator or manager without a second factor is sent
 * to set one up before any other page. The REST API under /api: HTTP Basic on every request,
 * answering 401 in JSON, for accounts that sign in with a password alone; its contract at /openapi:
 * a session, or else HTTP Basic.
 */
@ApplicationScoped
public class MasarAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "masar.signedIn";
    static final String PENDING_KEY = "masar.awaitingCode";
    static final String OUTCOME_KEY = "masar.signInOutcome";
    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CODE_PAGE = "/login-code.xhtml";
    public static final String SECOND_FACTOR_PAGE = "/account/second-factor.xhtml";
    /** How long a right password waits for its code. */
    static final Duration CODE_WAIT = Duration.ofMinutes(5);

    /** What the session keeps of the signed-in user; {@code secondFactor}: signed in with one, or set one up since. */
    record SignedIn(String username, Set<String> groups, boolean secondFactor) implements Serializable {
    }

    /** A session whose password was right, waiting for the code of its account's second factor. */
    record AwaitingCode(String username, Instant until) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInService signIns;

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "masar.mfa.required", defaultValue = "true")
    boolean secondFactorRequired;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return passwordStep(request, context, login);
        }
        if (credential instanceof SecondFactorCredential code) {
            return codeStep(request, context, code);
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
            signedIn = new SignedIn(signedIn.username(), groups(caller.get()), signedIn.secondFactor());
            session.setAttribute(SESSION_KEY, signedIn);
            currentUser.signedInAs(caller.get());
            if (mustSetUpSecondFactor(signedIn) && !isPage(request, SECOND_FACTOR_PAGE)) {
                return redirect(request, response, context, NextPage.with(SECOND_FACTOR_PAGE, next(request)));
            }
        }
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        return context.isProtected() ? toSignIn(request, response, context) : context.doNothing();
    }

    private AuthenticationStatus passwordStep(HttpServletRequest request, HttpMessageContext context,
                                              UsernamePasswordCredential login) {
        SignInService.Result result = signIns.signIn(login.getCaller(), login.getPasswordAsString());
        request.setAttribute(OUTCOME_KEY, result.outcome());
        if (result.outcome() == SignInService.Outcome.OK) {
            return signedIn(request, context, result.caller(), false);
        }
        if (result.outcome() == SignInService.Outcome.CODE_NEEDED) {
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.removeAttribute(SESSION_KEY);
            session.setAttribute(PENDING_KEY, new AwaitingCode(result.caller().username(), clock.instant().plus(CODE_WAIT)));
        }
        // Not signed in, whatever the outcome: the page reads it and says what to do next.
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus codeStep(HttpServletRequest request, HttpMessageContext context,
                                          SecondFactorCredential code) {
        HttpSession session = request.getSession(false);
        Optional<AwaitingCode> awaiting = awaiting(session);
        if (awaiting.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInService.Result result = signIns.secondFactor(awaiting.get().username(), code.code());
        request.setAttribute(OUTCOME_KEY, result.outcome());
        if (result.outcome() == SignInService.Outcome.OK) {
            session.removeAttribute(PENDING_KEY);
            return signedIn(request, context, result.caller(), true);
        }
        if (result.outcome() == SignInService.Outcome.LOCKED) {
            session.removeAttribute(PENDING_KEY);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, Caller caller,
                                          boolean secondFactor) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        Set<String> groups = groups(caller);
        session.setAttribute(SESSION_KEY, new SignedIn(caller.username(), groups, secondFactor));
        currentUser.signedInAs(caller);
        return context.notifyContainerAboutLogin(caller.username(), groups);
    }

    private boolean mustSetUpSecondFactor(SignedIn signedIn) {
        return secondFactorRequired && !signedIn.secondFactor()
                && signedIn.groups().stream().anyMatch(g -> Role.valueOf(g).requiresSecondFactor());
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
                    if (secondFactorRequired && result.getCallerGroups().stream()
                            .anyMatch(g -> Role.valueOf(g).requiresSecondFactor())) {
                        // A password alone is not enough for these roles, and Basic carries nothing else.
                        return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "error.secondFactorApi");
                    }
                    return context.notifyContainerAboutLogin(result);
                }
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Masar\", charset=\"UTF-8\"");
        return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.authenticationRequired");
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               String key) {
        SecurityHeaders.apply(request, response);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        String message = Texts.get(request.getLocale(), key);
        write(response, Json.createObjectBuilder().add("error", message)
                .add("fields", Json.createObjectBuilder()).build().toString());
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        return redirect(request, response, context, NextPage.with(LOGIN_PAGE, next(request)));
    }

    /** The page asked for, with its query (a deep link such as /beneficiary/view.xhtml?code=…). */
    private static String next(HttpServletRequest request) {
        return NextPage.of(request.getRequestURI(), request.getContextPath(), request.getQueryString());
    }

    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context, String page) {
        SecurityHeaders.apply(request, response);
        String url = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request: Faces must be told to leave the page.
            response.setContentType("text/xml;charset=UTF-8");
            write(response, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                    + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(url);
    }

    private Optional<AwaitingCode> awaiting(HttpSession session) {
        AwaitingCode awaiting = session == null ? null : (AwaitingCode) session.getAttribute(PENDING_KEY);
        if (awaiting != null && !clock.instant().isBefore(awaiting.until())) {
            session.removeAttribute(PENDING_KEY);
            awaiting = null;
        }
        return Optional.ofNullable(awaiting);
    }

    /** The user whose right password waits for a code in this session, if any (and not yet too long). */
    Optional<String> awaitingCode(HttpServletRequest request) {
        return awaiting(request.getSession(false)).map(AwaitingCode::username);
    }

    /** What the last sign-in step of this request answered, for the page to word its message. */
    static Optional<SignInService.Outcome> outcome(HttpServletRequest request) {
        return Optional.ofNullable((SignInService.Outcome) request.getAttribute(OUTCOME_KEY));
    }

    /** After the user set up a second factor: this session counts as signed in with one. */
    static void secondFactorSetUp(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SESSION_KEY);
        if (signedIn != null) {
            session.setAttribute(SESSION_KEY, new SignedIn(signedIn.username(), signedIn.groups(), true));
        }
    }

    /** Whether this session still has to set up a second factor before anything else. */
    boolean mustSetUpSecondFactor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SESSION_KEY);
        return signedIn != null && mustSetUpSecondFactor(signedIn);
    }

    private static boolean isPage(HttpServletRequest request, String page) {
        return request.getRequestURI().equals(request.getContextPath() + page);
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
            session.removeAttribute(PENDING_KEY);
        }
    }
}
