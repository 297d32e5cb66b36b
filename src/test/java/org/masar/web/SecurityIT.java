package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Base32;
import org.masar.security.domain.Totp;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;

/**
 * Protection-grade security seen from outside: the sign-in form cannot be posted from another
 * site, a deep link survives signing in, every answer carries the security headers, a user
 * changes their own password, and a second factor set up on its page is asked at sign-in.
 */
class SecurityIT extends BrowserTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The nonce PrimeFaces' script adds to every form under the Content-Security-Policy, as a browser posts it. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private static HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(MasarServer.get().url(path)))
                .timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    private static HttpResponse<String> postSignIn(String cookie, String viewState, String username, String password) {
        return postSignIn(cookie, viewState, null, username, password);
    }

    private static HttpResponse<String> postSignIn(String cookie, String viewState, String nonce, String username,
                                                   String password) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:next", "");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(MasarServer.get().url("/login.xhtml")))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // What a browser sends for a form posted from another site.
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSESSIONID cookie an answer set, as "JSESSIONID=…", or the one sent before. */
    private static String session(HttpResponse<String> response, String before) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).reduce((a, b) -> b).orElse(before);
    }

    private static boolean signedIn(String cookie) {
        return get("/index.xhtml", cookie).statusCode() == 200;
    }

    @Test
    void aSignInPostedWithoutTheViewStateOfAPageThisBrowserOpenedSignsNobodyIn() {
        // The old stateless form took the literal "stateless" as its view state: any site could post it.
        HttpResponse<String> stateless = postSignIn(null, "stateless", "manager", "masar-demo");
        assertFalse(signedIn(session(stateless, null)), "a view state the server never issued signs nobody in");
        assertEquals(400, stateless.statusCode(), "a form no page of Masar sent");

        HttpResponse<String> none = postSignIn(null, null, "manager", "masar-demo");
        assertFalse(signedIn(session(none, null)), "no view state at all signs nobody in");

        // The attacker's own page: a real view state, but of the attacker's session, not the visitor's.
        HttpResponse<String> attackersPage = get("/login.xhtml", null);
        Matcher state = VIEW_STATE.matcher(attackersPage.body());
        assertTrue(state.find(), "the sign-in page is a stateful view");
        Matcher nonce = NONCE.matcher(attackersPage.body());
        assertTrue(nonce.find(), "the page hands its forms their nonce");
        HttpResponse<String> forged = postSignIn(null, state.group(1), nonce.group(1), "manager", "masar-demo");
        assertFalse(signedIn(session(forged, null)), "a view state of another session signs nobody in");
        assertTrue(forged.statusCode() < 500, "an expired or foreign view state is answered gracefully: " + forged.statusCode());

        // The same post from the page itself, with its session, does sign in: the test posts the real form.
        String cookie = session(attackersPage, null);
        HttpResponse<String> own = postSignIn(cookie, state.group(1), nonce.group(1), "manager", "masar-demo");
        assertEquals(302, own.statusCode(), own.body());
        assertTrue(signedIn(session(own, cookie)));
    }

    /** Hole 8: a signed-in page posted with a view state no page wrote answers 400, not 500. */
    @Test
    void aForgedPostToASignedInPageAnswersTheBadRequestPage() {
        browser.signIn("sfax", "masar-demo");
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> page = get("/beneficiary/list.xhtml", cookie);
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), page.body());
        for (String[] forged : new String[][] {{"stateless", "x"}, {"STATELESS", null}, {" stateless ", null}}) {
            Map<String, String> form = new java.util.LinkedHashMap<>();
            form.put("filters", "filters");
            form.put("filters:name", "a");
            form.put("filters:search", "");
            form.put("jakarta.faces.ViewState", forged[0]);
            if (forged[1] != null) {
                form.put("primefaces.nonce", forged[1]);
            }
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(MasarServer.get().url("/beneficiary/list.xhtml")))
                    .timeout(Duration.ofSeconds(30)).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(400, answer.statusCode(), forged[0] + ": " + answer.body());
            assertTrue(answer.body().contains("id=\"error-400\""), answer.body());
            assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        }
        assertEquals(200, get("/beneficiary/list.xhtml", cookie).statusCode(), "the session goes on");
    }

    @Test
    void anExpiredSignInPageReloadsWithAMessage() {
        browser.open("/login.xhtml");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector(\"#login input[name='jakarta.faces.ViewState']\").value='-1:-1';");
        browser.type("#login\\:username", "manager");
        browser.type("#login\\:password", "masar-demo");
        browser.clickAndWait("#login\\:submit");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        assertTrue(browser.find("#messages").getText().contains("open too long"), browser.find("#messages").getText());
        browser.signIn("manager", "masar-demo");
        assertTrue(browser.present(".programme-card"), "and signing in again works");
    }

    @Test
    void aDeepLinkKeepsItsQueryThroughSignIn() {
        browser.open("/beneficiary/view.xhtml?code=TN-SFX-000002");
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("/login.xhtml?next=") && url.contains("code%3DTN-SFX-000002"), url);
        browser.type("#login\\:username", "sfax");
        browser.type("#login\\:password", "masar-demo");
        browser.clickAndWait("#login\\:submit");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/beneficiary/view.xhtml?code=TN-SFX-000002"),
                browser.driver().getCurrentUrl());
        assertEquals("TN-SFX-000002", browser.find("#profile-code").getText());
        assertFalse(browser.present("#error-404"));
    }

    @Test
    void aNextPageOnAnotherSiteIsRefused() {
        browser.open("/login.xhtml?next=" + URLEncoder.encode("//evil.example/x", StandardCharsets.UTF_8));
        browser.type("#login\\:username", "sfax");
        browser.type("#login\\:password", "masar-demo");
        browser.clickAndWait("#login\\:submit");
        assertTrue(browser.driver().getCurrentUrl().startsWith(MasarServer.get().url("/")), browser.driver().getCurrentUrl());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        HttpResponse<String> page = get("/login.xhtml", null);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertFalse(csp.substring(csp.indexOf("script-src")).contains("unsafe-inline"), "scripts need their nonce: " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertTrue(nonce.find());
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        assertFalse(Pattern.compile("<[^>]+\\son(click|change|submit)=").matcher(page.body()).find(),
                "no inline handlers: PrimeFaces moved them into nonce scripts");
        assertSecurityHeaders(page, true);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertFalse(cookie.contains("Secure"), "not over plain HTTP: " + cookie);

        HttpResponse<String> json = Http.get(MasarServer.get(), "/api/v1/sites", "sfax", "masar-demo");
        assertEquals(200, json.statusCode());
        assertSecurityHeaders(json, true);
        assertTrue(json.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        HttpResponse<String> refused = Http.get(MasarServer.get(), "/api/v1/sites", null, null);
        assertEquals(401, refused.statusCode());
        assertSecurityHeaders(refused, true);

        HttpResponse<String> redirect = get("/beneficiary/list.xhtml", null);
        assertEquals(302, redirect.statusCode());
        assertSecurityHeaders(redirect, true);

        browser.signIn("sfax", "masar-demo");
        String sessionCookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> download = Http.download(MasarServer.get().url("/download/beneficiaries.xlsx"), sessionCookie);
        assertEquals(200, download.statusCode());
        assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

        String stylesheet = Pattern.compile("href=\"([^\"]*masar\\.css[^\"]*)\"").matcher(page.body()).results()
                .map(m -> m.group(1).replace("&amp;", "&")).findFirst().orElseThrow();
        HttpResponse<String> css = get(stylesheet, null);
        assertEquals(200, css.statusCode());
        assertSecurityHeaders(css, false);
    }

    private static void assertSecurityHeaders(HttpResponse<?> response, boolean noStore) {
        String where = response.uri() + " (" + response.statusCode() + ")";
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), where);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), where);
        assertEquals(noStore, response.headers().firstValue("Cache-Control").orElse("").contains("no-store"), where);
    }

    @Test
    void pagesWorkUnderThePolicy() {
        browser.open("/login.xhtml");
        browser.clickAndWait("a[data-lang='fr']");
        assertEquals("Connexion", browser.find("h1").getText(), "a command link's handler ran under the policy");
        browser.clickAndWait("a[data-lang='en']");
        browser.signIn("manager", "masar-demo");
        browser.open("/beneficiary/list.xhtml");
        assertTrue(browser.present("#list\\:people") || browser.present(".ui-datatable"), "the lazy table rendered");
        browser.screenshot("csp-beneficiary-list-en");
    }

    /** Creates an account through the administration page, so that the tests below change no demo account. */
    private void createAccount(String username, int roleIndex, String password) {
        browser.signIn("admin", "masar-demo");
        browser.open("/admin/user.xhtml");
        browser.type("#form\\:username", username);
        browser.type("#form\\:fullName", "Security Test " + username);
        browser.find("label[for='form:roles:" + roleIndex + "']").click();
        browser.type("#form\\:newPassword", password);
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/users.xhtml"), browser.driver().getCurrentUrl());
        browser.signOut();
    }

    @Test
    void theAdministrationPageRefusesACommonPasswordNextToTheField() {
        browser.signIn("admin", "masar-demo");
        browser.open("/admin/user.xhtml");
        browser.type("#form\\:username", "weak.one");
        browser.type("#form\\:fullName", "Weak One");
        browser.find("label[for='form:roles:2']").click();
        browser.type("#form\\:newPassword", "password12");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.find("#form\\:newPassword-message").getText().contains("most common"),
                browser.find("#form\\:newPassword-message").getText());
        browser.screenshot("admin-user-common-password-en");
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        createAccount("sec.changer", 2, "olive trees by the river");
        browser.signIn("sec.changer", "olive trees by the river");
        browser.clickAndWait("#menu-password");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"));
        browser.type("#form\\:currentPassword", "not my password");
        browser.type("#form\\:newPassword", "sec.changer-2025");
        browser.type("#form\\:repeatPassword", "something else entirely");
        browser.clickAndWait("#form\\:save");
        assertEquals("The current password is not right.", browser.find("#form\\:currentPassword-message").getText());
        assertTrue(browser.find("#form\\:newPassword-message").getText().contains("user name"));
        assertEquals("The two new passwords are not the same.", browser.find("#form\\:repeatPassword-message").getText());
        browser.screenshot("account-password-refused-en");

        browser.type("#form\\:currentPassword", "olive trees by the river");
        browser.type("#form\\:newPassword", "camel lantern paper seven");
        browser.type("#form\\:repeatPassword", "camel lantern paper seven");
        browser.clickAndWait("#form\\:save");
        assertTrue(browser.find("#messages").getText().contains("Your password was changed."));
        assertEquals(401, Http.get(MasarServer.get(), "/api/v1/sites", "sec.changer", "olive trees by the river").statusCode(),
                "the old password opens nothing, not even a remembered API credential");
        assertEquals(200, Http.get(MasarServer.get(), "/api/v1/sites", "sec.changer", "camel lantern paper seven").statusCode());
    }

    @Test
    void aSecondFactorSetUpOnItsPageIsAskedAtSignIn() {
        createAccount("sec.manager", 1, "olive trees by the river");
        // Signed in before the second factor exists, HTTP Basic works for this account …
        assertEquals(200, Http.get(MasarServer.get(), "/api/v1/sites", "sec.manager", "olive trees by the river").statusCode());
        browser.signIn("sec.manager", "olive trees by the river");
        browser.clickAndWait("#menu-second-factor");
        String secret = browser.find("#secret").getText().replace(" ", "");
        assertTrue(browser.find("#uri").getText().startsWith("otpauth://totp/Masar:sec.manager?secret=" + secret));
        browser.screenshot("account-second-factor-setup-en");
        browser.type("#form\\:currentPassword", "olive trees by the river");
        browser.type("#form\\:code", code(secret, 0));
        browser.clickAndWait("#form\\:confirm");
        List<String> recovery = browser.driver().findElements(By.cssSelector("#recovery-codes li")).stream()
                .map(li -> li.getText().trim()).toList();
        assertEquals(10, recovery.size());
        browser.screenshot("account-second-factor-codes-en");
        browser.signOut();

        // … and no longer: a password alone does not open an account with a second factor.
        assertEquals(401, Http.get(MasarServer.get(), "/api/v1/sites", "sec.manager", "olive trees by the river").statusCode());

        browser.signIn("sec.manager", "olive trees by the river");
        assertTrue(browser.driver().getCurrentUrl().contains("/login-code.xhtml"), browser.driver().getCurrentUrl());
        browser.open("/index.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "the password step signed nobody in");

        browser.signIn("sec.manager", "olive trees by the river");
        browser.type("#code\\:otp", "000000".equals(code(secret, 0)) ? "111111" : "000000");
        browser.clickAndWait("#code\\:submit");
        assertTrue(browser.find("#code\\:otp-message").getText().contains("not right"));
        browser.screenshot("signin-code-wrong-en");
        browser.type("#code\\:otp", code(secret, 1));
        browser.clickAndWait("#code\\:submit");
        assertTrue(browser.present("#signout\\:signout-link"), "signed in with the code: " + browser.driver().getCurrentUrl());
        browser.signOut();

        browser.signIn("sec.manager", "olive trees by the river");
        browser.type("#code\\:otp", recovery.get(0));
        browser.clickAndWait("#code\\:submit");
        assertTrue(browser.present("#signout\\:signout-link"), "signed in with a recovery code");
        browser.open("/account/second-factor.xhtml");
        assertTrue(browser.find("#status").getText().contains("9"), browser.find("#status").getText());
    }

    private static String code(String secret, int stepsFromNow) {
        return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + stepsFromNow, Totp.DIGITS);
    }

    @Test
    void theCodePageWithoutARightPasswordSendsBackToTheFirstStep() {
        browser.open("/login-code.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
        assertNotNull(browser.find("#login\\:username"));
    }
}
