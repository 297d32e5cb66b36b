package org.masar.internship.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * The hosts API on the running server: recorded by the internship coordinator (400 per field, 409
 * with the candidates for a likely duplicate, then 201 with a reason), described again from its
 * version (409 when stale), read by a case worker, refused to a trainer and a donor.
 */
class HostApiIT {

    private static final String PW = "masar-demo";
    private final MasarServer server = MasarServer.get();
    private static final String HOST = """
            {"name":"%s","country":"IT","city":"%s","sector":"mechanics","size":"UNDER_250","phone":"011 234 5678",
             "email":"hr@officine.example.it","registrationNumber":"%s",
             "tutors":[{"name":"Luca Verdi","role":"Capo reparto","languages":["it","fr"]}]%s}""";

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void hostsAreRecordedCheckedForDuplicatesDescribedAgainAndListed() {
        String number = "IT" + (10_000_000_000L + System.nanoTime() % 80_000_000_000L);
        String nonce = String.valueOf(System.nanoTime() % 100_000);
        HttpResponse<String> bad = Http.send(server, "POST", "/api/v1/hosts", "interns", PW,
                "{\"name\":\"S.r.l.\",\"country\":\"Italia\",\"city\":\"\",\"sector\":\"knitting\",\"size\":\"BIG\",\"email\":\"no\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject fields = json(bad).getJsonObject("fields");
        assertTrue(fields.containsKey("sector") && fields.containsKey("size"), bad.body());

        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/hosts", "interns", PW,
                HOST.formatted("Officine Api Torinesi " + nonce + " S.r.l.", "Torino", number, ""));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject host = json(created);
        long id = host.getJsonNumber("id").longValue();
        assertEquals("+390112345678", host.getString("phone"));
        assertEquals("MECHANICS", host.getString("sector"));

        HttpResponse<String> duplicate = Http.send(server, "POST", "/api/v1/hosts", "interns", PW,
                HOST.formatted("OFFICINE API TORINESI " + nonce, "Moncalieri", "", ""));
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        assertEquals(id, json(duplicate).getJsonArray("candidates").getJsonObject(0).getJsonNumber("id").longValue());
        HttpResponse<String> anyway = Http.send(server, "POST", "/api/v1/hosts", "manager", PW,
                HOST.formatted("OFFICINE API TORINESI " + nonce, "Moncalieri", "", ",\"duplicateReason\":\"Another firm, same name, in Moncalieri\""));
        assertEquals(201, anyway.statusCode(), anyway.body());

        int version = host.getInt("version");
        HttpResponse<String> updated = Http.send(server, "PUT", "/api/v1/hosts/" + id, "interns", PW,
                HOST.formatted("Officine Api Torinesi " + nonce + " S.r.l.", "Torino", number, ",\"notes\":\"Visited\",\"version\":" + version));
        assertEquals(200, updated.statusCode(), updated.body());
        HttpResponse<String> stale = Http.send(server, "PUT", "/api/v1/hosts/" + id, "manager", PW,
                HOST.formatted("Officine Api Torinesi " + nonce + " S.r.l.", "Rivoli", number, ",\"version\":" + version));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("Torino", json(stale).getJsonObject("current").getString("city"));
        int v2 = json(updated).getInt("version");
        HttpResponse<String> off = Http.send(server, "PUT", "/api/v1/hosts/" + id, "interns", PW, HOST.formatted(
                "Officine Api Torinesi " + nonce + " S.r.l.", "Torino", number, ",\"active\":false,\"version\":" + v2));
        assertEquals(200, off.statusCode(), off.body());
        HttpResponse<String> untold = Http.send(server, "PUT", "/api/v1/hosts/" + id, "interns", PW, HOST.formatted(
                "Officine Api Torinesi " + nonce + " S.r.l.", "Torino", number, ",\"notes\":\"Called\",\"version\":"
                        + json(off).getInt("version")));
        assertEquals(200, untold.statusCode(), untold.body());
        assertEquals(false, json(untold).getBoolean("active"), "a body that does not say keeps the host inactive");

        HttpResponse<String> listed = Http.get(server, "/api/v1/hosts?name=api%20torinesi%20" + nonce + "&country=it&sector=MECHANICS", "sfax", PW);
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(2, json(listed).getInt("total"), listed.body());
        assertEquals(1, json(Http.get(server, "/api/v1/hosts?name=api%20torinesi%20" + nonce + "&active=true", "sfax", PW))
                .getInt("total"), "the inactive one left out");
        assertEquals(403, Http.send(server, "POST", "/api/v1/hosts", "sfax", PW,
                HOST.formatted("Case worker host", "Torino", "", "")).statusCode(), "case workers read hosts only");
        assertEquals(403, Http.send(server, "POST", "/api/v1/hosts", "sfax", PW, "{\"sector\":\"knitting\"}").statusCode(),
                "refused for the role before the body is read");
        assertEquals(403, Http.get(server, "/api/v1/hosts", "trainer", PW).statusCode());
        assertEquals(403, Http.get(server, "/api/v1/hosts/" + id, "donor", PW).statusCode());
        assertEquals(404, Http.get(server, "/api/v1/hosts/987654321", "interns", PW).statusCode());
        assertEquals(400, Http.get(server, "/api/v1/hosts?sector=KNITTING", "interns", PW).statusCode());
    }

    @Test
    void theDemoHasMentorTwosThreeHundredHostsInMilanAndTurin() {
        assertTrue(json(Http.get(server, "/api/v1/hosts?pageSize=1", "interns", PW)).getInt("total") >= 300);
        for (String city : new String[] {"Milano", "Torino"}) {
            JsonObject page = json(Http.get(server, "/api/v1/hosts?country=IT&city=" + city + "&pageSize=200", "interns", PW));
            assertTrue(page.getInt("total") >= 20, city + ": " + page.getInt("total"));
            JsonObject first = page.getJsonArray("items").getJsonObject(0);
            assertTrue(first.getString("phone").startsWith("+39"), first.toString());
            assertTrue(first.getJsonArray("tutors").size() >= 1, first.toString());
        }
    }
}
