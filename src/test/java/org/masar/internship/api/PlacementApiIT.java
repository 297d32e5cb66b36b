package org.masar.internship.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.testing.Accounts;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * The placements API on the running server, on the demo's MENTOR 2 candidates: the internship
 * coordinator matches one with a host in Turin that a suggestion names, reads it back, signs the
 * agreement, marks its documents and moves the journey on (refused, naming the insurance, while the
 * insurance is missing); stale versions answer 409 and values that do not read their field's
 * message; a Sfax case worker reads Sfax's interns only and changes nothing, a trainer and a donor
 * list none (403) and find none (404); the list's filters narrow it.
 */
class PlacementApiIT {

    private static final String PW = "masar-demo";
    private static final String DATE = "Write a date as YYYY-MM-DD, such as 1999-03-04, and a day that exists.";
    private final MasarServer server = MasarServer.get();

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> send(String method, String path, String user, String body) {
        return Http.send(server, method, path, user, PW, body);
    }

    private HttpResponse<String> get(String path, String user) {
        return Http.get(server, path, user, PW);
    }

    /** A MENTOR 2 candidate of the coordinator's scope, without a placement: enrolment id and person code. */
    private String[] candidate(String pathPrefix) throws SQLException {
        try (Connection c = server.database().dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT e.id, b.code FROM enrolment e JOIN pipeline p ON p.id = e.pipeline_id"
                        + " JOIN programme pr ON pr.id = p.programme_id JOIN stage st ON st.id = e.current_stage_id"
                        + " JOIN beneficiary b ON b.id = e.beneficiary_id JOIN site s ON s.id = b.site_id"
                        + " WHERE pr.code = 'MENTOR2' AND p.type = 'INTERNSHIP' AND e.status = 'ACTIVE'"
                        + " AND st.code = 'candidate' AND b.taking_part = TRUE AND b.erased_at IS NULL"
                        + " AND b.merged_into_id IS NULL AND s.path LIKE ?"
                        + " AND NOT EXISTS (SELECT 1 FROM placement pl WHERE pl.enrolment_id = e.id) ORDER BY e.id")) {
            q.setString(1, pathPrefix + "%");
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "the demo has a MENTOR 2 candidate under " + pathPrefix);
                return new String[] {String.valueOf(r.getLong(1)), r.getString(2)};
            }
        }
    }

    private long site(String code) throws SQLException {
        try (Connection c = server.database().dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id FROM site WHERE code = ?")) {
            q.setString(1, code);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), code);
                return r.getLong(1);
            }
        }
    }

    /** A host in Turin with a place left, as the suggestions for the candidate name it. */
    private long turinHost(String enrolment) {
        HttpResponse<String> suggested = get("/api/v1/placements/suggestions?enrolment=" + enrolment
                + "&city=torino&languages=fr,ar", "interns");
        assertEquals(200, suggested.statusCode(), suggested.body());
        JsonArray hosts = Json.createReader(new StringReader(suggested.body())).readArray();
        assertFalse(hosts.isEmpty(), "the demo's Turin hosts are suggested");
        JsonObject first = hosts.getJsonObject(0);
        assertTrue(first.getBoolean("sameCity"), first.toString());
        assertTrue(first.getJsonNumber("free").longValue() > 0, first.toString());
        return first.getJsonNumber("hostId").longValue();
    }

    private static String match(String enrolment, long host, LocalDate start, LocalDate end, long receiving) {
        return """
                {"enrolment":%s,"host":%d,"tutorName":"Luca Verdi","plannedStart":"%s","plannedEnd":"%s","city":"Torino",
                 "receivingSite":%d}""".formatted(enrolment, host, start, end, receiving);
    }

    private static JsonObject document(JsonObject placement, String kind) {
        return placement.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void aCandidateIsMatchedSignedDocumentedAndMovedOnItsDocuments() throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Tunis"));
        LocalDate start = today.plusDays(30);
        LocalDate end = start.plusDays(120);
        String[] sfaxCandidate = candidate("/TN/SFX/");
        String enrolment = sfaxCandidate[0];
        String code = sfaxCandidate[1];
        long turin = site("TRN");
        long host = turinHost(enrolment);

        // Values that do not read, and rules of the plan, answer each field's message.
        HttpResponse<String> badDate = send("POST", "/api/v1/placements", "interns",
                match(enrolment, host, start, end, turin).replace(start.toString(), "2027-02-30"));
        assertEquals(400, badDate.statusCode(), badDate.body());
        assertEquals(DATE, json(badDate).getJsonObject("fields").getString("plannedStart"), badDate.body());
        HttpResponse<String> tooShort = send("POST", "/api/v1/placements", "interns",
                match(enrolment, host, start, start.plusDays(20), turin));
        assertEquals(400, tooShort.statusCode(), tooShort.body());
        assertEquals("An internship lasts at least 60 days.", json(tooShort).getJsonObject("fields").getString("plannedEnd"));
        assertEquals(403, send("POST", "/api/v1/placements", "sfax", match(enrolment, host, start, end, turin)).statusCode(),
                "case workers read placements only");

        HttpResponse<String> created = send("POST", "/api/v1/placements", "interns", match(enrolment, host, start, end, turin));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject placement = json(created);
        long id = placement.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/placements/" + id));
        assertEquals("matched", placement.getString("stage"), "the journey moved from candidate to matched");
        assertEquals(6, placement.getJsonArray("documents").size());
        HttpResponse<String> again = send("POST", "/api/v1/placements", "interns", match(enrolment, host, start, end, turin));
        assertEquals(422, again.statusCode(), again.body());
        assertEquals("This intern already has a placement.", json(again).getJsonObject("fields").getString("host"));

        JsonObject read = json(get("/api/v1/placements/" + id, "interns"));
        assertEquals(code, read.getString("personCode"));
        assertEquals(host, read.getJsonObject("host").getJsonNumber("id").longValue());
        assertEquals("Luca Verdi", read.getJsonObject("plan").getString("tutorName"));
        assertEquals(start.toString(), read.getJsonObject("plan").getString("plannedStart"));
        assertTrue(read.getJsonObject("sendingSite").getString("code").startsWith("SFX"), "the intern's site sends");
        assertEquals("TRN", read.getJsonObject("receivingSite").getString("code"));
        assertEquals("MISSING", document(read, "INSURANCE").getString("state"));
        assertFalse(document(read, "INSURANCE").getBoolean("hasScan"));
        int version = read.getInt("version");

        // The agreement: a signature in the future is refused on its field; then all three sign.
        String before = """
                {"programme":"Quality control on the line","learningOutcomes":"Reads a technical sheet","languageLevel":"b1",
                 "signedByIntern":"%s","signedByHost":"%s","signedBySending":"%s","version":%d}""";
        HttpResponse<String> future = send("PUT", "/api/v1/placements/" + id + "/agreement/before", "interns",
                before.formatted(today.minusDays(1), today.plusDays(5), today.minusDays(1), version));
        assertEquals(400, future.statusCode(), future.body());
        assertEquals("A signature date cannot be in the future.", json(future).getJsonObject("fields").getString("signedByHost"));
        HttpResponse<String> signed = send("PUT", "/api/v1/placements/" + id + "/agreement/before", "interns",
                before.formatted(today.minusDays(2), today.minusDays(1), today.minusDays(1), version));
        assertEquals(200, signed.statusCode(), signed.body());
        JsonObject agreement = json(signed).getJsonObject("agreementBefore");
        assertTrue(agreement.getBoolean("signed"), signed.body());
        assertEquals("B1", agreement.getString("languageLevel"));
        assertEquals(today.minusDays(1).toString(), agreement.getString("signedByHost"));

        // A stale version: 409 with the placement as it is.
        HttpResponse<String> stale = send("PUT", "/api/v1/placements/" + id + "/agreement/after", "manager",
                "{\"hostEvaluation\":\"Too early\",\"version\":" + version + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(json(signed).getInt("version"), json(stale).getJsonObject("current").getInt("version"));
        assertEquals(400, send("PUT", "/api/v1/placements/" + id + "/agreement/after", "interns",
                "{\"hostEvaluation\":\"No version\"}").statusCode());
        version = json(signed).getInt("version");

        HttpResponse<String> changed = send("POST", "/api/v1/placements/" + id + "/agreement/changes", "interns",
                "{\"changedOn\":\"" + today.minusDays(1) + "\",\"description\":\"Two weeks on the dyeing line\","
                        + "\"agreedBy\":\"Luca Verdi, the intern\",\"version\":" + version + "}");
        assertEquals(201, changed.statusCode(), changed.body());
        assertEquals("interns", json(changed).getJsonArray("agreementChanges").getJsonObject(0).getString("recordedBy"));
        version = json(changed).getInt("version");

        // Documents: a date that does not read, then the agreement and the visa verified.
        HttpResponse<String> badValidity = send("PUT", "/api/v1/placements/" + id + "/documents/insurance", "interns",
                "{\"state\":\"received\",\"number\":\"POL-1\",\"validFrom\":\"" + start + "\",\"validTo\":\"31/12/2027\",\"version\":"
                        + version + "}");
        assertEquals(400, badValidity.statusCode(), badValidity.body());
        assertEquals(DATE, json(badValidity).getJsonObject("fields").getString("validTo"));
        HttpResponse<String> noPolicy = send("PUT", "/api/v1/placements/" + id + "/documents/INSURANCE", "interns",
                "{\"state\":\"verified\",\"version\":" + version + "}");
        assertEquals(400, noPolicy.statusCode(), noPolicy.body());
        assertEquals("Give the policy number, up to 60 characters.", json(noPolicy).getJsonObject("fields").getString("number"));
        assertEquals(400, send("PUT", "/api/v1/placements/" + id + "/documents/passport", "interns",
                "{\"state\":\"verified\",\"version\":" + version + "}").statusCode(), "an unknown document");
        HttpResponse<String> agreed = send("PUT", "/api/v1/placements/" + id + "/documents/agreement", "interns",
                "{\"state\":\"verified\",\"version\":" + version + "}");
        assertEquals(200, agreed.statusCode(), agreed.body());
        JsonObject agreementDoc = document(json(agreed), "AGREEMENT");
        assertEquals("VERIFIED", agreementDoc.getString("state"));
        assertEquals("interns", agreementDoc.getString("receivedBy"));
        assertEquals("interns", agreementDoc.getString("verifiedBy"));
        assertNotNull(agreementDoc.getString("verifiedAt"));
        HttpResponse<String> visa = send("PUT", "/api/v1/placements/" + id + "/documents/visa", "interns",
                "{\"state\":\"verified\",\"number\":\"X1234567\",\"type\":\"D\",\"validFrom\":\"" + start.minusDays(5)
                        + "\",\"validTo\":\"" + end.plusDays(10) + "\",\"version\":" + json(agreed).getInt("version") + "}");
        assertEquals(200, visa.statusCode(), visa.body());
        assertEquals("X1234567", document(json(visa), "VISA").getString("number"));
        version = json(visa).getInt("version");

        // The list narrows to it, by the intern's code and the document still missing.
        assertEquals(1, json(get("/api/v1/placements?name=" + code + "&missing=insurance", "interns")).getInt("total"));
        assertEquals(0, json(get("/api/v1/placements?name=" + code + "&missing=VISA", "interns")).getInt("total"));
        JsonObject byHost = json(get("/api/v1/placements?name=" + code + "&host=" + host + "&status=running", "interns"));
        assertEquals(1, byHost.getInt("total"), byHost.toString());
        assertEquals(id, byHost.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, json(get("/api/v1/placements?name=" + code + "&status=ENDED", "interns")).getInt("total"));
        HttpResponse<String> badFilter = get("/api/v1/placements?status=paused&missing=passport", "interns");
        assertEquals(400, badFilter.statusCode(), badFilter.body());
        assertTrue(json(badFilter).getJsonObject("fields").containsKey("status"));
        assertTrue(json(badFilter).getJsonObject("fields").containsKey("missing"));

        // Moves: on to paperwork, then "placed" refused while the insurance is missing, naming it.
        HttpResponse<String> paperwork = send("POST", "/api/v1/placements/" + id + "/moves", "interns",
                "{\"toStage\":\"paperwork\",\"version\":" + version + "}");
        assertEquals(201, paperwork.statusCode(), paperwork.body());
        assertEquals("paperwork", json(paperwork).getString("stage"));
        assertEquals(409, send("POST", "/api/v1/placements/" + id + "/moves", "interns",
                "{\"toStage\":\"placed\",\"version\":" + (version - 1) + "}").statusCode(), "a move from a stale version");
        HttpResponse<String> uninsured = send("POST", "/api/v1/placements/" + id + "/moves", "interns",
                "{\"toStage\":\"placed\",\"version\":" + version + "}");
        assertEquals(422, uninsured.statusCode(), uninsured.body());
        String why = json(uninsured).getJsonObject("fields").getString("evidence");
        assertTrue(why.contains("nsurance"), why);
        assertFalse(why.contains("isa"), "the visa is met: " + why);
        HttpResponse<String> insured = send("PUT", "/api/v1/placements/" + id + "/documents/insurance", "interns",
                "{\"state\":\"verified\",\"number\":\"POL-778812\",\"validFrom\":\"" + start.minusDays(5) + "\",\"validTo\":\""
                        + end.plusDays(10) + "\",\"version\":" + version + "}");
        assertEquals(200, insured.statusCode(), insured.body());
        HttpResponse<String> placed = send("POST", "/api/v1/placements/" + id + "/moves", "interns",
                "{\"toStage\":\"placed\",\"version\":" + json(insured).getInt("version") + "}");
        assertEquals(201, placed.statusCode(), placed.body());
        assertEquals("placed", json(placed).getString("stage"));
        assertEquals(0, json(get("/api/v1/placements?name=" + code + "&missing=insurance", "interns")).getInt("total"));

        // Who else: the Sfax case worker reads it and changes nothing; a trainer and a donor have no placements.
        assertEquals(200, get("/api/v1/placements/" + id, "sfax").statusCode());
        assertEquals(1, json(get("/api/v1/placements?name=" + code, "sfax")).getInt("total"));
        assertEquals(403, send("PUT", "/api/v1/placements/" + id + "/agreement/after", "sfax",
                "{\"hostEvaluation\":\"x\",\"version\":" + json(placed).getInt("version") + "}").statusCode());
        assertEquals(403, get("/api/v1/placements", "trainer").statusCode());
        assertEquals(403, get("/api/v1/placements?name=" + code, "donor").statusCode());
        assertEquals(404, get("/api/v1/placements/" + id, "donor").statusCode(), "a donor finds no placement there");
        assertEquals(404, get("/api/v1/placements/" + id, "trainer").statusCode());
        assertEquals(403, get("/api/v1/placements/suggestions?enrolment=" + enrolment, "sfax").statusCode());
        assertEquals(404, get("/api/v1/placements/987654321", "interns").statusCode());
        assertEquals(400, get("/api/v1/placements/suggestions", "interns").statusCode(), "no enrolment");
    }

    @Test
    void aPlacementOutsideTheCaseWorkersSiteIsNotThereForThemAndAnInterruptionEndsIt() throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Tunis"));
        LocalDate start = today.plusDays(20);
        LocalDate end = start.plusDays(90);
        String[] tunisCandidate = candidate("/TN/TUN/");
        String enrolment = tunisCandidate[0];
        String code = tunisCandidate[1];
        HttpResponse<String> created = send("POST", "/api/v1/placements", "interns",
                match(enrolment, turinHost(enrolment), start, end, site("TRN")));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        int version = json(created).getInt("version");

        HttpResponse<String> outside = get("/api/v1/placements/" + id, "sfax");
        assertEquals(404, outside.statusCode(), "outside the case worker's site, as unknown: " + outside.body());
        assertEquals(get("/api/v1/placements/987654321", "sfax").body(), outside.body());
        assertEquals(0, json(get("/api/v1/placements?name=" + code, "sfax")).getInt("total"));

        // Insurance ending before the internship does: the list's attention filter finds it.
        HttpResponse<String> shortCover = send("PUT", "/api/v1/placements/" + id + "/documents/insurance", "interns",
                "{\"state\":\"received\",\"number\":\"POL-2\",\"validFrom\":\"" + start + "\",\"validTo\":\"" + end.minusDays(15)
                        + "\",\"version\":" + version + "}");
        assertEquals(200, shortCover.statusCode(), shortCover.body());
        JsonObject attention = json(get("/api/v1/placements?attention=true&name=" + code, "interns"));
        assertEquals(1, attention.getInt("total"), attention.toString());
        assertTrue(attention.getJsonArray("items").getJsonObject(0).getJsonArray("alerts").getValuesAs(JsonObject.class)
                .stream().anyMatch(a -> a.getString("code").equals("INSURANCE_EXPIRES")), attention.toString());
        version = json(shortCover).getInt("version");

        HttpResponse<String> notYet = send("POST", "/api/v1/placements/" + id + "/end", "interns",
                "{\"outcome\":\"completed\",\"endedOn\":\"" + today + "\",\"version\":" + version + "}");
        assertEquals(422, notYet.statusCode(), notYet.body());
        assertTrue(json(notYet).getJsonObject("fields").containsKey("outcome"), notYet.body());
        HttpResponse<String> noReason = send("POST", "/api/v1/placements/" + id + "/end", "interns",
                "{\"outcome\":\"interrupted\",\"endedOn\":\"" + today + "\",\"version\":" + version + "}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals("Say why the internship was interrupted.", json(noReason).getJsonObject("fields").getString("outcomeReason"));
        HttpResponse<String> ended = send("POST", "/api/v1/placements/" + id + "/end", "interns",
                "{\"outcome\":\"interrupted\",\"outcomeReason\":\"Visa refused\",\"endedOn\":\"" + today + "\",\"version\":"
                        + version + "}");
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals("INTERRUPTED", json(ended).getString("outcome"));
        JsonObject open = json(created);
        assertTrue(!open.containsKey("outcome") || open.isNull("outcome"), "no outcome while it ran");
        assertEquals(1, json(get("/api/v1/placements?name=" + code + "&status=ended", "interns")).getInt("total"));
        assertEquals(0, json(get("/api/v1/placements?name=" + code + "&status=running", "interns")).getInt("total"));
    }

    /** A raw body (a file) with HTTP Basic credentials. */
    private HttpResponse<byte[]> raw(String method, String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en").header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PW).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(byte[] body) {
        return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
    }

    @Test
    void aScanIsUploadedAndDownloadedOverHttpByBothSidesAndNobodyElse() throws SQLException {
        LocalDate start = LocalDate.now(ZoneId.of("Africa/Tunis")).plusDays(30);
        String enrolment = candidate("/TN/TUN/")[0];
        HttpResponse<String> created = send("POST", "/api/v1/placements", "interns",
                match(enrolment, turinHost(enrolment), start, start.plusDays(120), site("PIE")));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        int version = json(created).getInt("version");
        String scan = "/api/v1/placements/" + id + "/documents/visa/scan";

        byte[] png = new byte[4096];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        HttpResponse<byte[]> text = raw("PUT", scan + "?version=" + version + "&name=visa.png", "interns", "image/png",
                "not an image at all".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, text.statusCode(), new String(text.body(), StandardCharsets.UTF_8));
        assertEquals("A scan is a PDF, JPEG or PNG file; this file is none of them, whatever its name.",
                json(text.body()).getJsonObject("fields").getString("scan"), "checked by its content, not its name or type");
        HttpResponse<byte[]> large = raw("PUT", scan + "?version=" + version, "interns", "application/pdf",
                new byte[10 * 1024 * 1024 + 1]);
        assertEquals(422, large.statusCode());
        assertEquals("A scan is at most 10 MB.", json(large.body()).getJsonObject("fields").getString("scan"));
        assertEquals(403, raw("PUT", scan + "?version=" + version, "sfax", "image/png", png).statusCode(),
                "a case worker reads placements, does not change them");

        HttpResponse<byte[]> kept = raw("PUT", scan + "?version=" + version + "&name=visa.png", "interns", "image/png", png);
        assertEquals(200, kept.statusCode(), new String(kept.body(), StandardCharsets.UTF_8));
        JsonObject visa = document(json(kept.body()), "VISA");
        assertTrue(visa.getBoolean("hasScan"), visa.toString());
        HttpResponse<byte[]> stale = raw("PUT", scan + "?version=" + version, "interns", "image/png", png);
        assertEquals(409, stale.statusCode(), "the version read before the upload is stale after it");

        HttpResponse<byte[]> read = raw("GET", scan, "interns", null, null);
        assertEquals(200, read.statusCode());
        assertEquals("image/png", read.headers().firstValue("Content-Type").orElse(""));
        assertEquals(java.util.Arrays.toString(png), java.util.Arrays.toString(read.body()), "the scan as it was kept");
        String turin = Accounts.create(server, "api-scan-turin", Role.INTERNSHIP_COORDINATOR, "PIE");
        assertEquals(200, raw("GET", scan, turin, null, null).statusCode(), "the receiving side's coordinator has it");
        String milan = Accounts.create(server, "api-scan-milan", Role.INTERNSHIP_COORDINATOR, "LOM");
        HttpResponse<byte[]> elsewhere = raw("GET", scan, milan, null, null);
        HttpResponse<byte[]> none = raw("GET", "/api/v1/placements/987654321/documents/visa/scan", milan, null, null);
        assertEquals(404, elsewhere.statusCode(), "a coordinator of neither side: not there");
        assertEquals(new String(none.body(), StandardCharsets.UTF_8), new String(elsewhere.body(), StandardCharsets.UTF_8));
        assertEquals(404, raw("GET", scan, "donor", null, null).statusCode(), "never served to a donor");
        assertEquals(404, raw("GET", "/api/v1/placements/" + id + "/documents/insurance/scan", "interns", null, null)
                .statusCode(), "no scan of that document");
    }
}
