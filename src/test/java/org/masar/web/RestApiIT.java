package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/** The REST API and health endpoint of the running Masar (Payara Micro, MariaDB, demo data). */
class RestApiIT {

    private static final String PASSWORD = "masar-demo";
    private static MasarServer server;

    @BeforeAll
    static void start() {
        server = MasarServer.get();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void theApiContractIsAtOpenapiForSignedInAccountsOnly() {
        HttpResponse<String> anonymous = Http.get(server, "/openapi", null, null);
        assertEquals(401, anonymous.statusCode(), "no contract without an account");
        for (String user : new String[] {"sfax", "donor"}) {
            HttpResponse<String> contract = Http.get(server, "/openapi", user, PASSWORD);
            assertEquals(200, contract.statusCode(), user);
            JsonObject document = object(contract);
            assertTrue(document.getString("openapi").startsWith("3."));
            assertTrue(document.getJsonObject("paths").containsKey("/api/v1/enrolments/{id}/moves"));
        }
        HttpResponse<String> payaras = Http.get(server, "/payara-openapi", "sfax", PASSWORD);
        assertFalse(payaras.statusCode() == 200 && payaras.body().contains("\"paths\""),
                "Payara's own document is not served besides Masar's");
    }

    private static List<String> codes(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).sorted().toList();
    }

    @Test
    void withoutCredentialsTheApiAnswers401InJson() {
        HttpResponse<String> response = Http.get(server, "/api/v1/programmes", null, null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(object(response).getString("error").contains("Sign in"));
        assertTrue(object(response).getJsonObject("fields").isEmpty());
    }

    @Test
    void aWrongPasswordIsRefusedLikeAnUnknownUser() {
        HttpResponse<String> wrong = Http.get(server, "/api/v1/sites", "manager", "not-the-password");
        HttpResponse<String> unknown = Http.get(server, "/api/v1/sites", "no-such-user", "not-the-password");
        assertEquals(401, wrong.statusCode());
        assertEquals(wrong.statusCode(), unknown.statusCode());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void aManagerOverAllCountriesSeesTheFourDemoProgrammes() {
        JsonArray programmes = array(Http.get(server, "/api/v1/programmes", "manager", PASSWORD));
        assertEquals(List.of("CROLET", "MENTOR2", "SAVOIR-FAIRE", "TDU"), codes(programmes));
        JsonObject tdu = programmes.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("TDU")).findFirst().orElseThrow();
        assertEquals("Tuscany Region", tdu.getString("leadPartner"));
        assertEquals("2020-12-14", tdu.getString("startDate"));
        assertEquals(1311894.00, tdu.getJsonNumber("budget").doubleValue(), 0.001);
        assertEquals(11, tdu.getJsonArray("partners").size());
        assertEquals(List.of("MAH", "SFX", "TUN"), codes(tdu.getJsonArray("sites")));
    }

    @Test
    void caseWorkersSeeOnlyTheProgrammesOfTheirSites() {
        assertEquals(List.of("MENTOR2", "TDU"), codes(array(Http.get(server, "/api/v1/programmes", "sfax", PASSWORD))));
        assertEquals(List.of("CROLET"), codes(array(Http.get(server, "/api/v1/programmes", "kebili", PASSWORD))));
    }

    /** Other tests may add municipalities; whatever there is must lie under the caller's governorate. */
    private static void assertOnlyUnder(String governorate, JsonArray sites) {
        JsonObject first = sites.getJsonObject(0);
        assertEquals(governorate, first.getString("code"), "tree order starts at the assigned site");
        assertEquals("TN", first.getString("parent"));
        assertEquals("REGION", first.getString("level"));
        for (JsonObject site : sites.subList(1, sites.size()).stream().map(JsonObject.class::cast).toList()) {
            assertEquals(governorate, site.getString("parent"), site.toString());
        }
    }

    @Test
    void sitesAreThoseOfTheCallersScope() {
        JsonArray sfax = array(Http.get(server, "/api/v1/sites", "sfax", PASSWORD));
        assertTrue(codes(sfax).containsAll(List.of("SFX", "SFX-M")));
        assertOnlyUnder("SFX", sfax);
        JsonArray kebili = array(Http.get(server, "/api/v1/sites", "kebili", PASSWORD));
        assertTrue(codes(kebili).containsAll(List.of("DOUZ", "KEB", "KEB-M")));
        assertOnlyUnder("KEB", kebili);
    }

    @Test
    void unknownPathsAnswerJsonNotHtml() {
        HttpResponse<String> response = Http.get(server, "/api/v1/nothing-here", "manager", PASSWORD);
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertFalse(object(response).getString("error").isBlank());
    }

    @Test
    void healthReportsTheDatabaseCheck() {
        HttpResponse<String> response = Http.get(server, "/health", null, null);
        assertEquals(200, response.statusCode());
        JsonObject health = object(response);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("masar-database") && c.getString("status").equals("UP")));
        assertEquals("MySQL", health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("masar-database")).findFirst().orElseThrow()
                .getJsonObject("data").getString("product"));
    }

    @Test
    void pagesWithoutASessionLeadToSignIn() {
        HttpResponse<String> response = Http.get(server, "/admin/users.xhtml", null, null);
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml?next=%2Fadmin%2Fusers.xhtml"));
    }
}
