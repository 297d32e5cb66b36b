package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * No address crashes a page: every view parameter of every page, unreadable (letters, a number
 * beyond a long, a fraction), answers the 400 page; an id that reads but names nothing the user
 * may see — unknown, or outside their sites — answers the 404 page, the same for both.
 */
class ViewParametersIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private static final List<String> UNREADABLE = List.of("abc", "99999999999999999999", "1.5", "1e3", "0x10");
    private static final String UNKNOWN = "987654321";

    private String session(String user) {
        browser.signIn(user, PW);
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    private static HttpResponse<byte[]> get(String session, String path) {
        return Http.download(MasarServer.get().url(path), session);
    }

    /** Collects, rather than stops at, each page that answers otherwise, so one run lists them all. */
    private static void expect(List<String> wrong, String session, String path, int status) {
        HttpResponse<byte[]> response = get(session, path);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != status || !body.contains("id=\"error-" + status + "\"")) {
            wrong.add(path + " answered " + response.statusCode() + " instead of the " + status + " page");
        }
    }

    /** {@code page} with {@code parameter} set to each unreadable value ({@code page} may end its own query with '&'). */
    private static void unreadable(List<String> wrong, String session, String page, String parameter) {
        for (String value : UNREADABLE) {
            expect(wrong, session, page + (page.endsWith("&") ? "" : "?") + parameter + "=" + value, 400);
        }
    }

    private static Set<Long> pipelineIds(String user) {
        HttpResponse<String> response = Http.get(MasarServer.get(), "/api/v1/pipelines", user, PW);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    /** A pipeline Kebili's case worker sees and Sfax's does not. */
    private static long kebiliOnlyPipeline() {
        Set<Long> kebili = pipelineIds("kebili");
        kebili.removeAll(pipelineIds("sfax"));
        return kebili.iterator().next();
    }

    /** An enrolment of a Kebili person: Sfax's case worker may not see it. */
    private static long kebiliEnrolment() {
        for (long id = 1; id < 2000; id++) {
            if (Http.get(MasarServer.get(), "/api/v1/enrolments/" + id, "kebili", PW).statusCode() == 200) {
                return id;
            }
        }
        throw new AssertionError("no enrolment in Kebili");
    }

    private static String kebiliPerson() {
        HttpResponse<String> response = Http.get(MasarServer.get(), "/api/v1/beneficiaries?size=1", "kebili", PW);
        return Json.createReader(new StringReader(response.body())).readObject().getJsonArray("items")
                .getJsonObject(0).getString("code");
    }

    private static long stageOf(long pipeline, String user) {
        HttpResponse<String> response = Http.get(MasarServer.get(), "/api/v1/pipelines/" + pipeline, user, PW);
        return Json.createReader(new StringReader(response.body())).readObject().getJsonArray("stages")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aCaseWorkersPagesAnswer400ForUnreadableParametersAnd404ForWhatTheyCannotSee() {
        long otherPipeline = kebiliOnlyPipeline();
        long otherEnrolment = kebiliEnrolment();
        String otherPerson = kebiliPerson();
        long ownPipeline = pipelineIds("sfax").iterator().next();
        long otherStage = stageOf(otherPipeline, "kebili");
        String sfax = session("sfax");
        List<String> wrong = new ArrayList<>();
        for (String page : new String[] {"/report/funnel.xhtml", "/enrolment/board.xhtml", "/enrolment/list.xhtml"}) {
            unreadable(wrong, sfax, page, "pipeline");
            expect(wrong, sfax, page + "?pipeline=" + UNKNOWN, 404);
            expect(wrong, sfax, page + "?pipeline=-1", 404);
            expect(wrong, sfax, page + "?pipeline=" + otherPipeline, 404);
        }
        unreadable(wrong, sfax, "/enrolment/list.xhtml?pipeline=" + ownPipeline + "&", "stage");
        unreadable(wrong, sfax, "/enrolment/list.xhtml", "stage");
        expect(wrong, sfax, "/enrolment/list.xhtml?pipeline=" + ownPipeline + "&stage=" + UNKNOWN, 404);
        expect(wrong, sfax, "/enrolment/list.xhtml?pipeline=" + ownPipeline + "&stage=" + otherStage, 404);
        unreadable(wrong, sfax, "/enrolment/view.xhtml", "id");
        expect(wrong, sfax, "/enrolment/view.xhtml", 404);
        expect(wrong, sfax, "/enrolment/view.xhtml?id=", 404);
        expect(wrong, sfax, "/enrolment/view.xhtml?id=" + UNKNOWN, 404);
        expect(wrong, sfax, "/enrolment/view.xhtml?id=" + otherEnrolment, 404);
        for (String page : new String[] {"/beneficiary/view.xhtml", "/beneficiary/edit.xhtml"}) {
            expect(wrong, sfax, page + "?code=TN-SFX-999999", 404);
            expect(wrong, sfax, page + "?code=" + otherPerson, 404);
            expect(wrong, sfax, page + "?code=%27%22%3C%3E", 404);
        }
        expect(wrong, sfax, "/beneficiary/view.xhtml", 404);
        assertEquals(List.of(), wrong);
        HttpResponse<byte[]> good = get(sfax, "/report/funnel.xhtml?pipeline=" + ownPipeline);
        assertEquals(200, good.statusCode(), "a readable id in scope still opens the page");
    }

    @Test
    void unknownAndOutOfScopeLookTheSame() {
        long otherEnrolment = kebiliEnrolment();
        long otherPipeline = kebiliOnlyPipeline();
        String sfax = session("sfax");
        for (String[] pair : new String[][] {
                {"/enrolment/view.xhtml?id=" + UNKNOWN, "/enrolment/view.xhtml?id=" + otherEnrolment},
                {"/report/funnel.xhtml?pipeline=" + UNKNOWN, "/report/funnel.xhtml?pipeline=" + otherPipeline}}) {
            HttpResponse<byte[]> unknown = get(sfax, pair[0]);
            HttpResponse<byte[]> outside = get(sfax, pair[1]);
            assertEquals(unknown.statusCode(), outside.statusCode());
            assertEquals(page(unknown), page(outside), "nothing tells the two apart");
        }
    }

    /** The page without the per-render form state and script nonce. */
    private static String page(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8)
                .replaceAll("nonce=\"[^\"]*\"", "")
                .replaceAll("csp\\.init\\('[^']*'\\)", "")
                .replaceAll("value=\"[^\"]*\" autocomplete=\"off\"", "")
                .replaceAll("jakarta\\.faces\\.ViewState[^>]*>", "");
    }

    @Test
    void aDonorsFunnelAnswersTheSame() {
        String donor = session("donor");
        List<String> wrong = new ArrayList<>();
        unreadable(wrong, donor, "/report/funnel.xhtml", "pipeline");
        expect(wrong, donor, "/report/funnel.xhtml?pipeline=" + UNKNOWN, 404);
        assertEquals(List.of(), wrong);
    }

    @Test
    void administrationPagesAnswer400And404Too() {
        String admin = session("admin");
        List<String> wrong = new ArrayList<>();
        for (String page : new String[] {"/admin/user.xhtml", "/admin/site.xhtml", "/admin/partner.xhtml",
                "/admin/programme.xhtml", "/admin/pipeline.xhtml", "/admin/stage.xhtml"}) {
            unreadable(wrong, admin, page, "id");
            expect(wrong, admin, page + "?id=" + UNKNOWN, 404);
        }
        expect(wrong, admin, "/admin/pipeline.xhtml", 404);
        expect(wrong, admin, "/admin/stage.xhtml", 404);
        assertEquals(List.of(), wrong);
        assertTrue(get(admin, "/admin/user.xhtml").statusCode() == 200, "without an id: a new user");
    }
}
