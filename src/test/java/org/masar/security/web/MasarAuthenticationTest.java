package org.masar.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.SignInService;
import org.masar.security.service.SignInService.Outcome;
import org.masar.security.service.UserService;
import org.masar.site.domain.Scope;
import org.masar.testing.Wiring;

/**
 * The mechanism's decisions, with the container played by stand-ins: what the password step and
 * the code step leave in the session, what the container is told, and where a request is sent.
 */
class MasarAuthenticationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Map<String, Object> session = new HashMap<>();
    private boolean sessionExists;
    private final List<String> told = new ArrayList<>();
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Outcome passwordOutcome = Outcome.OK;
    private Outcome codeOutcome = Outcome.OK;
    private Set<Role> roles = Set.of(Role.ADMIN);

    private MasarAuthentication mechanism(boolean secondFactorRequired) {
        Caller caller = new Caller(7, "amira", "Amira", roles, Scope.nothing(), "en");
        SignInService signIns = new SignInService() {
            @Override
            public Result signIn(String typedName, String password) {
                return new Result(passwordOutcome, passwordOutcome == Outcome.OK || passwordOutcome == Outcome.CODE_NEEDED
                        ? caller : null);
            }

            @Override
            public Result secondFactor(String username, String code) {
                told.add("code for " + username + ": " + code);
                return new Result(codeOutcome, codeOutcome == Outcome.OK ? caller : null);
            }
        };
        UserService users = new UserService() {
            @Override
            public Optional<Caller> activeCaller(String username) {
                return Optional.of(caller);
            }
        };
        return Wiring.set(new MasarAuthentication(), "signIns", signIns, "users", users, "currentUser", new CurrentUser(),
                "clock", clock, "secondFactorRequired", secondFactorRequired);
    }

    private HttpServletRequest request(String uri, String query) {
        Map<String, Object> attributes = new HashMap<>();
        HttpSession httpSession = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (p, m, a) -> switch (m.getName()) {
                    case "getAttribute" -> session.get((String) a[0]);
                    case "setAttribute" -> session.put((String) a[0], a[1]);
                    case "removeAttribute" -> session.remove((String) a[0]);
                    case "invalidate" -> {
                        session.clear();
                        sessionExists = false;
                        yield null;
                    }
                    default -> null;
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getSession" -> {
                        if (a == null || (Boolean) a[0]) {
                            sessionExists = true;
                        }
                        yield sessionExists ? httpSession : null;
                    }
                    case "changeSessionId" -> {
                        told.add("new session id");
                        yield "new-id";
                    }
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "getServletPath" -> uri;
                    case "getQueryString" -> query;
                    case "getAttribute" -> attributes.get((String) a[0]);
                    case "setAttribute" -> attributes.put((String) a[0], a[1]);
                    default -> null;
                });
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(MasarAuthenticationTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> m.getName().equals("containsHeader") ? false : null);
    }

    private HttpMessageContext context(Credential credential, boolean isProtected) {
        AuthenticationParameters parameters = AuthenticationParameters.withParams().credential(credential);
        return (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getAuthParameters" -> parameters;
                    case "isProtected" -> isProtected;
                    case "notifyContainerAboutLogin" -> {
                        told.add("signed in " + a[0]);
                        yield AuthenticationStatus.SUCCESS;
                    }
                    case "redirect" -> {
                        told.add("redirect " + a[0]);
                        yield AuthenticationStatus.SEND_CONTINUE;
                    }
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    default -> null;
                });
    }

    private AuthenticationStatus password(MasarAuthentication mechanism, HttpServletRequest request) {
        return mechanism.validateRequest(request, response(),
                context(new UsernamePasswordCredential("amira", new Password("olive trees by the river")), false));
    }

    @Test
    void aRightPasswordForAnAccountWithASecondFactorSignsNobodyIn() {
        passwordOutcome = Outcome.CODE_NEEDED;
        MasarAuthentication mechanism = mechanism(true);
        HttpServletRequest request = request("/login.xhtml", null);
        assertEquals(AuthenticationStatus.SEND_FAILURE, password(mechanism, request));
        assertFalse(told.stream().anyMatch(t -> t.startsWith("signed in")), told.toString());
        assertNull(session.get(MasarAuthentication.SESSION_KEY));
        assertEquals(Optional.of("amira"), mechanism.awaitingCode(request));
        assertEquals(Optional.of(Outcome.CODE_NEEDED), MasarAuthentication.outcome(request));
        assertTrue(told.contains("new session id"));

        // A protected page meanwhile: still signed out.
        AuthenticationStatus page = mechanism.validateRequest(request("/index.xhtml", null), response(), context(null, true));
        assertEquals(AuthenticationStatus.SEND_CONTINUE, page);
        assertTrue(told.contains("redirect /login.xhtml?next=%2Findex.xhtml"), told.toString());
    }

    @Test
    void theRightCodeThenSignsInAndCountsAsASecondFactor() {
        passwordOutcome = Outcome.CODE_NEEDED;
        MasarAuthentication mechanism = mechanism(true);
        password(mechanism, request("/login.xhtml", null));
        HttpServletRequest codeRequest = request("/login-code.xhtml", null);
        assertEquals(AuthenticationStatus.SUCCESS,
                mechanism.validateRequest(codeRequest, response(), context(new SecondFactorCredential("123456"), false)));
        assertTrue(told.contains("code for amira: 123456"));
        assertTrue(told.contains("signed in amira"));
        MasarAuthentication.SignedIn signedIn = (MasarAuthentication.SignedIn) session.get(MasarAuthentication.SESSION_KEY);
        assertTrue(signedIn.secondFactor());
        assertNull(session.get(MasarAuthentication.PENDING_KEY));
        assertFalse(mechanism.mustSetUpSecondFactor(codeRequest));
    }

    @Test
    void aWrongCodeKeepsWaitingALockedNameStartsAgainAndTheWaitEnds() {
        passwordOutcome = Outcome.CODE_NEEDED;
        MasarAuthentication mechanism = mechanism(true);
        password(mechanism, request("/login.xhtml", null));
        codeOutcome = Outcome.INVALID;
        HttpServletRequest wrong = request("/login-code.xhtml", null);
        assertEquals(AuthenticationStatus.SEND_FAILURE,
                mechanism.validateRequest(wrong, response(), context(new SecondFactorCredential("000000"), false)));
        assertTrue(mechanism.awaitingCode(wrong).isPresent());
        codeOutcome = Outcome.LOCKED;
        mechanism.validateRequest(wrong, response(), context(new SecondFactorCredential("000000"), false));
        assertTrue(mechanism.awaitingCode(wrong).isEmpty(), "a locked name signs in from the start again");

        password(mechanism, request("/login.xhtml", null));
        Wiring.set(mechanism, "clock", Clock.fixed(NOW.plus(MasarAuthentication.CODE_WAIT).plus(Duration.ofSeconds(1)),
                ZoneOffset.UTC));
        codeOutcome = Outcome.OK;
        told.clear();
        assertEquals(AuthenticationStatus.SEND_FAILURE, mechanism.validateRequest(request("/login-code.xhtml", null),
                response(), context(new SecondFactorCredential("123456"), false)));
        assertTrue(told.isEmpty(), "after five minutes the code is not even checked: " + told);
    }

    @Test
    void aCodeWithoutARightPasswordBeforeIsNotEvenChecked() {
        MasarAuthentication mechanism = mechanism(true);
        assertEquals(AuthenticationStatus.SEND_FAILURE, mechanism.validateRequest(request("/login-code.xhtml", null),
                response(), context(new SecondFactorCredential("123456"), false)));
        assertTrue(told.isEmpty(), told.toString());
    }

    @Test
    void anAdministratorWithoutASecondFactorIsSentToSetOneUpWhenItIsRequired() {
        MasarAuthentication mechanism = mechanism(true);
        assertEquals(AuthenticationStatus.SUCCESS, password(mechanism, request("/login.xhtml", null)));
        told.clear();
        AuthenticationStatus list = mechanism.validateRequest(request("/beneficiary/view.xhtml", "code=TN-SFX-000002"),
                response(), context(null, true));
        assertEquals(AuthenticationStatus.SEND_CONTINUE, list);
        assertEquals(List.of("redirect /account/second-factor.xhtml?next=%2Fbeneficiary%2Fview.xhtml%3Fcode%3DTN-SFX-000002"),
                told);
        told.clear();
        assertEquals(AuthenticationStatus.SUCCESS, mechanism.validateRequest(request(MasarAuthentication.SECOND_FACTOR_PAGE,
                null), response(), context(null, true)), "the set-up page itself opens");
        MasarAuthentication.secondFactorSetUp(request("/account/second-factor.xhtml", null));
        assertEquals(AuthenticationStatus.SUCCESS, mechanism.validateRequest(request("/index.xhtml", null), response(),
                context(null, true)), "once set up, everything opens");
    }

    @Test
    void otherRolesAndDemoModeGoOnWithAPasswordOnly() {
        roles = Set.of(Role.CASE_WORKER);
        MasarAuthentication required = mechanism(true);
        password(required, request("/login.xhtml", null));
        assertEquals(AuthenticationStatus.SUCCESS, required.validateRequest(request("/index.xhtml", null), response(),
                context(null, true)));
        session.clear();
        roles = Set.of(Role.MANAGER);
        MasarAuthentication demo = mechanism(false);
        password(demo, request("/login.xhtml", null));
        assertEquals(AuthenticationStatus.SUCCESS, demo.validateRequest(request("/index.xhtml", null), response(),
                context(null, true)));
    }

    @Test
    void aSignedOutDeepLinkKeepsItsQuery() {
        MasarAuthentication mechanism = mechanism(false);
        assertEquals(AuthenticationStatus.SEND_CONTINUE, mechanism.validateRequest(
                request("/beneficiary/view.xhtml", "code=TN-SFX-000002"), response(), context(null, true)));
        assertEquals(List.of("redirect /login.xhtml?next=%2Fbeneficiary%2Fview.xhtml%3Fcode%3DTN-SFX-000002"), told);
    }

    @Test
    void theLoginPageWordsEachOutcome() {
        assertEquals("login.locked", LoginBacking.message(Outcome.LOCKED));
        assertEquals("login.unavailable", LoginBacking.message(Outcome.UNAVAILABLE));
        assertEquals("login.failed", LoginBacking.message(Outcome.INVALID));
    }
}
