package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masar.beneficiary.domain.ProfilePart;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.security.domain.Role;
import org.masar.testing.BrowserTest;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The need-to-know table (README), tried as each role would: role × pipeline type × action over
 * REST, and the parts of the profile each role is shown, on the page and in the API. The expected
 * answers come from the table itself ({@link CaseWorkAccess#types}, {@link BeneficiaryAccess#parts}),
 * and {@code NeedToKnowTableTest} holds README to the same table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedToKnowIT extends BrowserTest {

    private static final String PW = "masar-demo";
    private static final long NO_SUCH_STAGE = 999_999_999L;

    /** Demo accounts by role, with a site of their scope where the people of the test live. */
    private static final Map<String, Role> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("sfax", Role.CASE_WORKER);
        ACCOUNTS.put("trainer", Role.TRAINER);
        ACCOUNTS.put("coach", Role.COACH);
        ACCOUNTS.put("loans", Role.LOAN_OFFICER);
        ACCOUNTS.put("interns", Role.INTERNSHIP_COORDINATOR);
        ACCOUNTS.put("manager", Role.MANAGER);
        ACCOUNTS.put("donor", Role.DONOR_VIEWER);
    }

    private final MasarServer server = MasarServer.get();
    /** A person in Sfax enrolled in the five pipeline types (TDU's four and MENTOR 2's internships). */
    private String sfaxPerson;
    private final Map<PipelineType, Long> sfaxEnrolments = new EnumMap<>(PipelineType.class);
    /** A person in Kebili, the coach's region, in CROLET's training, incubation and micro-credit. */
    private String kebiliPerson;
    private final Map<PipelineType, Long> kebiliEnrolments = new EnumMap<>(PipelineType.class);
    /** A person in Sfax in micro-credit alone: the loan officer's, not the trainer's. */
    private String loanOnlyPerson;

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Whether the answer holds a value for the field (the API leaves out the parts a role is not shown). */
    private static boolean present(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field);
    }

    private String person(String first, String site, String purposes) {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", "manager", PW, """
                {"firstName":"%s","lastName":"Needtoknow","sex":"F","birthDate":"2000-05-06","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"%s","phone":"22 444 555","documentType":"CIN",
                 "documentNumber":"%s","educationLevel":"HIGHER","employmentStatus":"UNEMPLOYED",
                 "groups":["RETURNEE"],"consent":{"date":"2026-02-01","purposes":[%s]},
                 "duplicateOverride":{"reason":"test people of the need-to-know table, all different"}}"""
                .formatted(first, site, String.valueOf(10_000_000 + (System.nanoTime() % 89_999_999)), purposes));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getString("code");
    }

    private long pipeline(String programme, PipelineType type) {
        JsonArray all = Json.createReader(new StringReader(Http.send(server, "GET", "/api/v1/pipelines?programme=" + programme,
                "manager", PW, null).body())).readArray();
        return all.stream().map(v -> v.asJsonObject()).filter(p -> p.getString("type").equals(type.name()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /**
     * Enrolled by the manager. TDU alone has all four of its pipeline types at Sfax, and it ended
     * on 13 December 2023: the manager records these journeys with a reason (ignored where the
     * programme runs), as enrolling into an ended programme takes.
     */
    private long enrol(String code, long pipelineId) {
        HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", "manager", PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d,\"overrideReason\":\"Need-to-know test: every pipeline type\"}"
                        .formatted(code, pipelineId));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        return json(enrolled).getJsonNumber("id").longValue();
    }

    @BeforeAll
    void people() {
        sfaxPerson = person("Sonia", "SFX-M", "\"PARTICIPATION\"");
        for (PipelineType type : List.of(PipelineType.TRAINING, PipelineType.INCUBATION, PipelineType.ACCELERATION,
                PipelineType.MICROCREDIT)) {
            sfaxEnrolments.put(type, enrol(sfaxPerson, pipeline("TDU", type)));
        }
        sfaxEnrolments.put(PipelineType.INTERNSHIP, enrol(sfaxPerson, pipeline("MENTOR2", PipelineType.INTERNSHIP)));
        kebiliPerson = person("Karima", "DOUZ", "\"PARTICIPATION\",\"FOLLOW_UP\"");
        for (PipelineType type : List.of(PipelineType.TRAINING, PipelineType.INCUBATION, PipelineType.MICROCREDIT)) {
            kebiliEnrolments.put(type, enrol(kebiliPerson, pipeline("CROLET", type)));
        }
        loanOnlyPerson = person("Latifa", "SFX-M", "\"PARTICIPATION\"");
        enrol(loanOnlyPerson, pipeline("TDU", PipelineType.MICROCREDIT));
    }

    /** Whether the account's scope reaches the person's site: the table applies within scope. */
    private static boolean reachesSfax(String account) {
        return !account.equals("coach");
    }

    private static boolean reachesKebili(String account) {
        return account.equals("coach") || account.equals("trainer") || account.equals("loans") || account.equals("manager")
                || account.equals("donor");
    }

    @Test
    void everyRoleReadsAndMovesTheEnrolmentsOfThePipelineTypesItWorksAndNoOthers() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Role> account : ACCOUNTS.entrySet()) {
            String user = account.getKey();
            Role role = account.getValue();
            check(wrong, user, role, sfaxEnrolments, reachesSfax(user));
            check(wrong, user, role, kebiliEnrolments, reachesKebili(user));
        }
        assertEquals(List.of(), wrong);
    }

    private void check(List<String> wrong, String user, Role role, Map<PipelineType, Long> enrolments, boolean inScope) {
        for (Map.Entry<PipelineType, Long> e : enrolments.entrySet()) {
            PipelineType type = e.getKey();
            boolean works = inScope && CaseWorkAccess.types(role).contains(type);
            int read = Http.get(server, "/api/v1/enrolments/" + e.getValue(), user, PW).statusCode();
            // A move to a stage that does not exist: refused for its stage (400) by whoever works the
            // enrolment, and not there at all (404) for anyone else; nothing is changed either way.
            int version = json(Http.get(server, "/api/v1/enrolments/" + e.getValue(), "manager", PW)).getInt("version");
            int move = Http.send(server, "POST", "/api/v1/enrolments/" + e.getValue() + "/moves", user, PW,
                    "{\"action\":\"ADVANCE\",\"toStage\":%d,\"version\":%d}".formatted(NO_SUCH_STAGE, version))
                    .statusCode();
            int expectedRead = role == Role.DONOR_VIEWER ? 403 : works ? 200 : 404;
            int expectedMove = role == Role.DONOR_VIEWER ? 403 : works ? 400 : 404;
            if (read != expectedRead || move != expectedMove) {
                wrong.add(user + " " + type + ": read " + read + " (expected " + expectedRead + "), move " + move
                        + " (expected " + expectedMove + ")");
            }
        }
    }

    /** The same table on the pages: each role opens the enrolment pages of the types it works, and no others. */
    @Test
    void everyRoleOpensTheEnrolmentPagesOfThePipelineTypesItWorksAndNoOthers() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Role> account : ACCOUNTS.entrySet()) {
            String user = account.getKey();
            Role role = account.getValue();
            browser.signIn(user, PW);
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            for (boolean sfax : new boolean[] {true, false}) {
                Map<PipelineType, Long> enrolments = sfax ? sfaxEnrolments : kebiliEnrolments;
                boolean inScope = sfax ? reachesSfax(user) : reachesKebili(user);
                for (Map.Entry<PipelineType, Long> e : enrolments.entrySet()) {
                    boolean works = inScope && CaseWorkAccess.types(role).contains(e.getKey());
                    int expected = role == Role.DONOR_VIEWER ? 403 : works ? 200 : 404;
                    int page = Http.download(server.url("/enrolment/view.xhtml?id=" + e.getValue()), session).statusCode();
                    if (page != expected) {
                        wrong.add(user + " " + e.getKey() + " page: " + page + " (expected " + expected + ")");
                    }
                }
            }
            browser.signOut();
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRegistryBelongsToTheRolesThatWorkItAndEachRoleIsShownItsPartsOfTheRecord() {
        for (Map.Entry<String, Role> account : ACCOUNTS.entrySet()) {
            int list = Http.get(server, "/api/v1/beneficiaries?q=" + sfaxPerson, account.getKey(), PW).statusCode();
            assertEquals(BeneficiaryAccess.usesRegistry(account.getValue()) ? 200 : 403, list, account.getKey());
        }
        for (String user : List.of("sfax", "trainer", "loans", "interns", "manager")) {
            HttpResponse<String> read = Http.get(server, "/api/v1/beneficiaries/" + sfaxPerson, user, PW);
            assertEquals(200, read.statusCode(), user + ": " + read.body());
            JsonObject b = json(read);
            var parts = BeneficiaryAccess.parts(ACCOUNTS.get(user));
            assertEquals(sfaxPerson, b.getString("code"));
            assertEquals("Sonia", b.getString("firstName"), "every role that reaches a person sees their name");
            assertEquals(parts.contains(ProfilePart.CONTACT), present(b, "phone"), user + " phone: " + b);
            assertEquals(parts.contains(ProfilePart.DOCUMENTS), present(b, "documentNumber"), user + " document: " + b);
            assertEquals(parts.contains(ProfilePart.DOCUMENTS), present(b, "birthDate"), user + " birth date: " + b);
            assertEquals(parts.contains(ProfilePart.PROTECTION), present(b, "groups"), user + " groups: " + b);
            assertEquals(parts.contains(ProfilePart.SOCIO), present(b, "educationLevel"), user + " education: " + b);
        }
        HttpResponse<String> coach = Http.get(server, "/api/v1/beneficiaries/" + kebiliPerson, "coach", PW);
        assertEquals(200, coach.statusCode(), coach.body());
        assertFalse(present(json(coach), "groups"), "a coach is not shown protection groups");
        assertEquals(404, Http.get(server, "/api/v1/beneficiaries/" + loanOnlyPerson, "trainer", PW).statusCode(),
                "a trainer reaches the people of training, not a loan file in the same city");
        assertEquals(200, Http.get(server, "/api/v1/beneficiaries/" + loanOnlyPerson, "loans", PW).statusCode());
        assertEquals(403, Http.get(server, "/api/v1/beneficiaries/" + sfaxPerson, "donor", PW).statusCode());
    }

    @Test
    void aTrainerHasNoRegistryAndSeesTheTrainingPartOfTheProfileOnly() {
        browser.signIn("trainer", PW);
        assertFalse(browser.present("#menu-beneficiaries"), "no registry in a trainer's menu");
        assertTrue(browser.present("#menu-enrolments"));
        browser.open("/beneficiary/list.xhtml");
        assertTrue(browser.present("#error-403"), "nor behind the menu");
        browser.open("/beneficiary/view.xhtml?code=" + sfaxPerson);
        assertEquals(sfaxPerson, browser.find("#profile-code").getText());
        assertTrue(browser.present("#profile-age-band"), "an age band, not a birth date");
        for (String hidden : List.of("#profile-phone", "#profile-document", "#profile-groups", "#profile-birth-date",
                "#notes-section", "#follow-ups")) {
            assertFalse(browser.present(hidden), hidden);
        }
        String enrolments = browser.find("#enrolments").getText();
        assertTrue(enrolments.contains("Training"), enrolments);
        assertFalse(enrolments.contains("Micro-credit"), "only the trainer's own pipeline type: " + enrolments);
        browser.screenshot("need-to-know-trainer-profile-en");
        browser.open("/beneficiary/view.xhtml?code=" + loanOnlyPerson);
        assertTrue(browser.present("#error-404"));
    }

    @Test
    void aLoanOfficerSeesWhatACreditFileNeeds() {
        browser.signIn("loans", PW);
        browser.open("/beneficiary/view.xhtml?code=" + loanOnlyPerson);
        assertTrue(browser.present("#profile-phone"));
        assertTrue(browser.present("#profile-document"));
        assertFalse(browser.present("#profile-groups"), "protection status is not a loan officer's to know");
        browser.screenshot("need-to-know-loans-profile-en");
        browser.clickAndWait("#languages a[data-lang='fr']");
        browser.screenshot("need-to-know-loans-profile-fr");
        browser.clickAndWait("#languages a[data-lang='en']");
    }

    @Test
    void aPersonWhoWithdrewConsentToTakePartLeavesListsAndRecordsForAllButManagers() {
        String code = person("Wafa", "SFX-M", "\"PARTICIPATION\"");
        long enrolment = enrol(code, pipeline("TDU", PipelineType.TRAINING));
        browser.signIn("sfax", PW);
        browser.open("/beneficiary/view.xhtml?code=" + code);
        assertTrue(browser.present("#follow-up-no-consent"), "no follow-up without consent to be followed up");
        assertFalse(browser.present("#followUp\\:followUpButton"));
        WebElement participation = browser.driver().findElements(By.cssSelector("#consents tr.active")).stream()
                .filter(row -> row.getText().contains("Programme participation")).findFirst().orElseThrow();
        participation.findElement(By.tagName("button")).click();
        browser.find("#withheld-note");
        assertTrue(browser.find("#withheld-note").getText().contains(code), browser.find("#withheld-note").getText());
        assertFalse(browser.present("#profile-code"), "the record itself is no longer shown");
        browser.screenshot("consent-withheld-en");
        browser.clickAndWait("#languages a[data-lang='ar']");
        browser.screenshot("consent-withheld-ar");
        browser.clickAndWait("#languages a[data-lang='it']");
        browser.screenshot("consent-withheld-it");
        browser.clickAndWait("#languages a[data-lang='en']");

        HttpResponse<String> refused = Http.get(server, "/api/v1/beneficiaries/" + code, "sfax", PW);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("withdrew consent"), refused.body());
        assertEquals(0, json(Http.get(server, "/api/v1/beneficiaries?q=" + code, "sfax", PW)).getInt("total"),
                "gone from the case worker's search");
        assertEquals(403, Http.get(server, "/api/v1/enrolments/" + enrolment, "sfax", PW).statusCode());
        assertEquals(200, Http.get(server, "/api/v1/beneficiaries/" + code, "manager", PW).statusCode());
        assertEquals(1, json(Http.get(server, "/api/v1/beneficiaries?q=" + code, "manager", PW)).getInt("total"),
                "a manager still finds them");
        browser.open("/beneficiary/list.xhtml");
        assertTrue(browser.present("#withheld-list-note"), "the list says who it leaves out");
    }
}
