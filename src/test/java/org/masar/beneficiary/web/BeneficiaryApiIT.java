package org.masar.beneficiary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/** The registry's REST API on the running server with the demo people. */
class BeneficiaryApiIT {

    private static final String PW = "masar-demo";
    private static MasarServer server;

    @BeforeAll
    static void start() {
        server = MasarServer.get();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String person(String first, String last, String birth, String site, String extra) {
        return """
                {"firstName":"%s","lastName":"%s","sex":"F","birthDate":"%s","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"%s","documentType":"NONE","educationLevel":"HIGHER",
                 "employmentStatus":"STUDENT","groups":["RETURNEE"],
                 "consent":{"date":"2025-02-01","purposes":["PARTICIPATION","FOLLOW_UP"]}%s}
                """.formatted(first, last, birth, site, extra);
    }

    @Test
    void registersReadsAndUpdatesWithOptimisticLocking() {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Dorra", "Apitest", "2000-02-29", "SFX-M", ",\"phone\":\"99 888 777\""));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created);
        String code = body.getString("code");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/beneficiaries/" + code));
        assertEquals("+21699888777", body.getString("phone"));
        assertEquals("RETURNEE", body.getJsonArray("groups").getString(0));
        int version = body.getInt("version");

        String edit = person("Dorra", "Apitest-Edited", "2000-02-29", "SFX-M", ",\"version\":" + version);
        HttpResponse<String> updated = Http.send(server, "PUT", "/api/v1/beneficiaries/" + code, "sfax", PW, edit);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Apitest-Edited", json(updated).getString("lastName"));

        HttpResponse<String> stale = Http.send(server, "PUT", "/api/v1/beneficiaries/" + code, "sfax", PW, edit);
        assertEquals(409, stale.statusCode(), "the same version again is stale");
        assertEquals(404, Http.send(server, "PUT", "/api/v1/beneficiaries/" + code, "kebili", PW, edit).statusCode());
    }

    @Test
    void badInputAnswers400WithAMessagePerField() {
        HttpResponse<String> response = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Too", "Young", "2020-01-01", "SFX", ",\"phone\":\"123\""));
        assertEquals(400, response.statusCode(), response.body());
        JsonObject fields = json(response).getJsonObject("fields");
        assertTrue(fields.getString("birthDate").contains("15"), fields.toString());
        assertTrue(fields.containsKey("phone"));

        HttpResponse<String> future = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Future", "Born", "2999-01-01", "SFX", ""));
        assertEquals(400, future.statusCode());
        assertTrue(json(future).getJsonObject("fields").containsKey("birthDate"));

        HttpResponse<String> outside = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Not", "Mine", "1990-01-01", "KEB", ""));
        assertEquals(400, outside.statusCode());
        assertTrue(json(outside).getJsonObject("fields").containsKey("siteCode"));
    }

    @Test
    void aLikelyDuplicateAnswers409WithCandidatesUnlessOverridden() {
        String muhammad = """
                {"firstName":"Muhammad","lastName":"Ibn Salah","sex":"M","birthDate":"1996-07-14","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"SFX","documentType":"NONE","educationLevel":"PRIMARY",
                 "employmentStatus":"UNEMPLOYED","consent":{"date":"2025-01-01","purposes":["PARTICIPATION"]}%s}
                """;
        HttpResponse<String> gate = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW, muhammad.formatted(""));
        assertEquals(409, gate.statusCode(), gate.body());
        assertTrue(json(gate).getJsonArray("candidates").size() >= 2, gate.body());
        HttpResponse<String> kebili = Http.send(server, "POST", "/api/v1/beneficiaries", "kebili", PW,
                muhammad.formatted("").replace("\"SFX\"", "\"KEB\""));
        assertEquals(201, kebili.statusCode(), "Sfax people are not candidates for Kebili: " + kebili.body());
        HttpResponse<String> overridden = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                muhammad.formatted(",\"duplicateOverride\":{\"reason\":\"Cousin, not the same person\"}"));
        assertEquals(201, overridden.statusCode(), overridden.body());
    }

    @Test
    void scopeHidesPeopleAndDonorsSeeNoneAtAll() {
        HttpResponse<String> list = Http.get(server, "/api/v1/beneficiaries?size=200", "kebili", PW);
        JsonObject page = json(list);
        String kebiliCode = page.getJsonArray("items").getJsonObject(0).getString("code");
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(p -> p.getString("siteCode").matches("KEB|KEB-M|DOUZ")));
        HttpResponse<String> fromSfax = Http.get(server, "/api/v1/beneficiaries/" + kebiliCode, "sfax", PW);
        HttpResponse<String> unknown = Http.get(server, "/api/v1/beneficiaries/TN-KEB-999999", "sfax", PW);
        assertEquals(404, fromSfax.statusCode());
        assertEquals(unknown.statusCode(), fromSfax.statusCode());
        assertEquals(unknown.body(), fromSfax.body(), "out of scope looks exactly like not there");
        assertEquals(0, json(Http.get(server, "/api/v1/beneficiaries?q=" + kebiliCode, "sfax", PW)).getInt("total"));
        assertEquals(403, Http.get(server, "/api/v1/beneficiaries", "donor", PW).statusCode());
        assertEquals(403, Http.get(server, "/api/v1/beneficiaries/" + kebiliCode, "donor", PW).statusCode());
    }

    /** Issue 10: a birth date of 1890 and a four-digit Tunisian CIN are refused on their fields, saying what is expected. */
    @Test
    void anImplausibleBirthDateAndAMisshapenDocumentNumberAreRefusedOnTheirFields() {
        String body = person("Salma", "Plausible", "1890-01-01", "SFX-M", "").replace("\"documentType\":\"NONE\"",
                "\"documentType\":\"CIN\",\"documentNumber\":\"12 34\"");
        HttpResponse<String> refused = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW, body);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject fields = json(refused).getJsonObject("fields");
        assertTrue(fields.getString("birthDate").contains("up to 80"), refused.body());
        assertTrue(fields.getString("documentNumber").contains("8 digits"), refused.body());
        HttpResponse<String> spaced = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                body.replace("1890-01-01", "1995-01-01").replace("12 34", "0812 " + (3000 + System.nanoTime() % 6000)));
        assertEquals(201, spaced.statusCode(), spaced.body());
        assertTrue(json(spaced).getString("documentNumber").matches("\\d{8}"), "kept without its space: " + spaced.body());
    }

    /** Hole 3: a document number held outside the caller's scope answers in the same words as one held inside it. */
    @Test
    void aDocumentNumberHeldOutsideTheScopeIsRefusedExactlyAsOneHeldInside() {
        String kebiliCin = String.valueOf(20_000_000 + (System.nanoTime() % 9_999_999));
        String sfaxCin = String.valueOf(30_000_000 + (System.nanoTime() % 9_999_999));
        String withCin = "\"documentType\":\"NONE\"";
        assertEquals(201, Http.send(server, "POST", "/api/v1/beneficiaries", "kebili", PW,
                person("Hend", "Docholder", "1990-01-02", "DOUZ", "").replace(withCin,
                        "\"documentType\":\"CIN\",\"documentNumber\":\"" + kebiliCin + "\"")).statusCode());
        assertEquals(201, Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Hiba", "Docholder", "1991-03-04", "SFX-M", "").replace(withCin,
                        "\"documentType\":\"CIN\",\"documentNumber\":\"" + sfaxCin + "\"")).statusCode());
        HttpResponse<String> outside = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Houda", "Newcomer", "1992-05-06", "SFX-M", "").replace(withCin,
                        "\"documentType\":\"CIN\",\"documentNumber\":\"" + kebiliCin + "\""));
        HttpResponse<String> inside = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Houda", "Newcomer", "1992-05-06", "SFX-M", "").replace(withCin,
                        "\"documentType\":\"CIN\",\"documentNumber\":\"" + sfaxCin + "\""));
        assertEquals(400, outside.statusCode(), outside.body());
        assertEquals(inside.statusCode(), outside.statusCode());
        assertEquals(inside.body(), outside.body(), "nothing tells a Kebili holder from a Sfax one");
        assertTrue(outside.body().contains("Only a manager can resolve it"), outside.body());
        assertFalse(outside.body().contains("Docholder") || outside.body().contains("TN-KEB"), outside.body());
    }

    @Test
    void listFiltersBySexSiteAndPage() {
        JsonObject women = json(Http.get(server, "/api/v1/beneficiaries?sex=F&site=SFX-M&size=5&page=0", "manager", PW));
        assertTrue(women.getInt("total") > 0);
        assertTrue(women.getJsonArray("items").size() <= 5);
        assertTrue(women.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(p -> p.getString("sex").equals("F") && p.getString("siteCode").equals("SFX-M")));
        assertEquals(400, Http.get(server, "/api/v1/beneficiaries?size=0", "manager", PW).statusCode());
        HttpResponse<String> unknownSex = Http.get(server, "/api/v1/beneficiaries?sex=X", "manager", PW);
        assertEquals(400, unknownSex.statusCode());
        assertTrue(json(unknownSex).getJsonObject("fields").containsKey("sex"));
    }

    @Test
    void fieldMessagesSpeakTheCallersLanguage() {
        HttpResponse<String> french = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                "{\"firstName\":\"Seul\"}", "fr");
        assertEquals(400, french.statusCode());
        JsonObject body = json(french);
        assertEquals("Certains champs sont à corriger.", body.getString("error"));
        assertTrue(body.getJsonObject("fields").getString("lastName").contains("obligatoire"), body.toString());
        HttpResponse<String> english = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                "{\"firstName\":\"Alone\",\"nationality\":\"tunisia\"}", "en");
        assertEquals("Use a two-letter ISO country code, such as TN, IT or MA.",
                json(english).getJsonObject("fields").getString("nationality"));
    }

    @Test
    void anUnreadableBodyIs400InJson() {
        for (String body : new String[] {"{not json", "{\"sex\":\"X\"}", "{\"birthDate\":\"1999-13-01\"}"}) {
            HttpResponse<String> response = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW, body);
            assertEquals(400, response.statusCode(), body);
            assertTrue(response.body().startsWith("{\"error\""), response.body());
        }
    }

    @Test
    void codesAreReadInAnyCase() {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW, """
                {"firstName":"Sonia","lastName":"Anycase","sex":"f","birthDate":"1998-06-07","nationality":"tn",
                 "residenceCountry":"TN","siteCode":"SFX-M","documentType":"none","educationLevel":"Higher",
                 "employmentStatus":"student","groups":["returnee"],
                 "consent":{"date":"2025-02-01","purposes":["participation","Follow_Up"]}}""");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created);
        assertEquals("F", body.getString("sex"), "answered in capitals");
        assertEquals("HIGHER", body.getString("educationLevel"));
        assertEquals("RETURNEE", body.getJsonArray("groups").getString(0));
        assertEquals(2, body.getJsonObject("consent").getJsonArray("purposes").size());
        assertEquals("1998-06-07", body.getString("birthDate"));
    }

    @Test
    void aCodeOrADateThatDoesNotReadIsRefusedOnItsFieldSayingWhatItAccepts() {
        HttpResponse<String> response = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Bad", "Values", "1990-13-45", "SFX-M", "").replace("\"sex\":\"F\"", "\"sex\":\"x\"")
                        .replace("\"groups\":[\"RETURNEE\"]", "\"groups\":[\"RETURNEE\",\"ALIEN\"]")
                        .replace("\"2025-02-01\"", "\"2025-02-30\""));
        assertEquals(400, response.statusCode(), response.body());
        JsonObject body = json(response);
        assertEquals("Some fields need correcting.", body.getString("error"));
        JsonObject fields = body.getJsonObject("fields");
        assertEquals("Not one of the accepted values: F, M (in any case).", fields.getString("sex"), fields.toString());
        assertTrue(fields.getString("birthDate").contains("YYYY-MM-DD"), fields.toString());
        assertTrue(fields.getString("consentDate").contains("YYYY-MM-DD"), fields.toString());
        assertTrue(fields.getString("groups").contains("RETURNEE"), fields.toString());
        HttpResponse<String> french = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Mauvais", "Sexe", "1990-01-01", "SFX-M", "").replace("\"sex\":\"F\"", "\"sex\":\"femme\""), "fr");
        assertEquals("Ce n’est pas une des valeurs acceptées : F, M (majuscules ou minuscules).",
                json(french).getJsonObject("fields").getString("sex"));
    }

    @Test
    void aValueOfTheWrongJsonTypeNamesItsField() {
        HttpResponse<String> response = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                "{\"firstName\":\"Wrong\",\"consent\":{\"date\":{}}}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(json(response).getJsonObject("fields").containsKey("consent.date"), response.body());
    }

    @Test
    void pagingThatDoesNotReadIs400OnItsFieldAndAFarPageIsEmpty() {
        for (String query : new String[] {"page=abc", "page=-1", "page=1.5", "page=99999999999", "size=abc", "size=201",
                "size=0"}) {
            HttpResponse<String> response = Http.get(server, "/api/v1/beneficiaries?" + query, "manager", PW);
            assertEquals(400, response.statusCode(), query + ": " + response.body());
            String field = query.substring(0, query.indexOf('='));
            assertEquals("Pages start at 0 and hold 1 to 200 people.", json(response).getJsonObject("fields").getString(field), query);
        }
        JsonObject first = json(Http.get(server, "/api/v1/beneficiaries?size=200", "manager", PW));
        HttpResponse<String> far = Http.get(server, "/api/v1/beneficiaries?page=10737419&size=200", "manager", PW);
        assertEquals(200, far.statusCode(), far.body());
        JsonObject beyond = json(far);
        assertEquals(0, beyond.getJsonArray("items").size(), "10737419 × 200 overflows an int: never the first page again");
        assertEquals(first.getInt("total"), beyond.getInt("total"));
        assertEquals(10737419, beyond.getInt("page"));
        HttpResponse<String> both = Http.get(server, "/api/v1/beneficiaries?page=x&sex=w", "manager", PW);
        assertEquals(400, both.statusCode());
        assertTrue(json(both).getJsonObject("fields").containsKey("page") && json(both).getJsonObject("fields").containsKey("sex"));
    }

    @Test
    void namesRefuseControlCharactersAndLoseBidirectionalOverrides() {
        // JSON escapes: the body carries U+0001, U+0000 and U+0007 themselves.
        HttpResponse<String> controls = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Am\\u0001el", "Zou\\u0000ari", "1997-01-02", "SFX-M", ",\"arabicName\":\"\u0623\u0645\u0644\\u0007\""));
        assertEquals(400, controls.statusCode(), controls.body());
        JsonObject fields = json(controls).getJsonObject("fields");
        for (String field : new String[] {"firstName", "lastName", "arabicName"}) {
            assertTrue(fields.getString(field).startsWith("Remove the invisible control characters"), fields.toString());
        }
        HttpResponse<String> overrides = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("\\u202eNadia", "Bidi\\u202dtest\\u2066", "1996-04-05", "SFX-M",
                        ",\"arabicName\":\"\\u2067\u0646\u0627\u062f\u064a\u0629\\u2069\""));
        assertEquals(201, overrides.statusCode(), overrides.body());
        JsonObject person = json(overrides);
        assertEquals("Nadia", person.getString("firstName"));
        assertEquals("Biditest", person.getString("lastName"));
        assertEquals("\u0646\u0627\u062f\u064a\u0629", person.getString("arabicName"));
        JsonObject found = json(Http.get(server, "/api/v1/beneficiaries?name=Biditest", "sfax", PW));
        assertEquals(1, found.getInt("total"), "the name is found as it was kept");
    }

    @Test
    void aNameOfSymbolsAloneIsRefusedNotReadAsNoFilter() {
        for (String name : new String[] {"%25", "--", "_", "123"}) {
            HttpResponse<String> response = Http.get(server, "/api/v1/beneficiaries?name=" + name, "sfax", PW);
            assertEquals(400, response.statusCode(), name + ": " + response.body());
            assertEquals("A name search needs at least one letter; codes, phone and document numbers are found by the quick search.",
                    json(response).getJsonObject("fields").getString("name"));
        }
        assertEquals(200, Http.get(server, "/api/v1/beneficiaries?name=%25Ben", "sfax", PW).statusCode());
    }

    /**
     * Client A saves edits; client B, watching, saves its own edit the moment A's is kept. Each of
     * A's answers must be the person as A's save left them (A's name, the version A's save made),
     * even when B's save landed before A's answer was written. A registration answers likewise.
     */
    @Test
    void aSaveAnswersWithWhatItWroteWhileAnotherClientSavesStraightAfter() throws Exception {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", "sfax", PW,
                person("Yasmine", "Race", "1995-05-05", "SFX-M", ""));
        assertEquals(201, created.statusCode(), created.body());
        String code = json(created).getString("code");
        assertEquals(json(created).getInt("version"), json(Http.get(server, "/api/v1/beneficiaries/" + code, "sfax", PW))
                .getInt("version"), "the registration's answer has the version it stored");
        String path = "/api/v1/beneficiaries/" + code;
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ExecutorService watcher = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<Integer> theirs = watcher.submit(() -> {
            int saved = 0;
            while (!done.get()) {
                JsonObject now = json(Http.get(server, path, "manager", PW));
                if (now.getString("lastName").startsWith("Race-Mine")) {
                    HttpResponse<String> put = Http.send(server, "PUT", path, "manager", PW,
                            person("Yasmine", "Race-Theirs", "1995-05-05", "SFX-M", ",\"version\":" + now.getInt("version")));
                    saved += put.statusCode() == 200 ? 1 : 0;
                }
            }
            return saved;
        });
        try {
            for (int round = 0; round < 25; round++) {
                int quoted = awaitLastName(path, round == 0 ? "Race" : "Race-Theirs").getInt("version");
                HttpResponse<String> mine = Http.send(server, "PUT", path, "sfax", PW,
                        person("Yasmine", "Race-Mine-" + round, "1995-05-05", "SFX-M", ",\"version\":" + quoted));
                assertEquals(200, mine.statusCode(), mine.body());
                JsonObject answer = json(mine);
                assertEquals("Race-Mine-" + round, answer.getString("lastName"), "round " + round + ": this save's name");
                assertEquals(quoted + 1, answer.getInt("version"), "round " + round + ": the version this save produced");
            }
        } finally {
            done.set(true);
            watcher.shutdown();
        }
        assertTrue(theirs.get(60, java.util.concurrent.TimeUnit.SECONDS) > 0, "the other client did save in between");
    }

    private JsonObject awaitLastName(String path, String lastName) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonObject now = json(Http.get(server, path, "sfax", PW));
            if (now.getString("lastName").equals(lastName)) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the person never came back to " + lastName);
    }
}
