package org.masar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.testing.Accounts;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * Many clients writing one record at once, on the running server: every stale write answers 409
 * with the record's current version, never 500, and every write that answered 200 is in the
 * person's history. Checks figures, not speed (README: speed is for benchmarks).
 */
class StaleWritesIT {

    private static final String PW = Accounts.PASSWORD;
    private static final int CLIENTS = 20;
    private static final String CHANGED = "Someone else saved this record while you were editing it.";

    private static MasarServer server;

    @BeforeAll
    static void start() {
        server = MasarServer.get();
    }

    @Test
    void twentyClientsPuttingOnePersonWithTheSameVersionGetOne200PerVersionAndNever500() throws Exception {
        String writer = Accounts.create(server, "stale.same", Role.CASE_WORKER, "SFX");
        String code = register(writer, "Samever");
        String path = "/api/v1/beneficiaries/" + code;
        int first = version(Http.get(server, path, writer, PW));
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        int rounds = 10;
        int current = first;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < rounds; round++) {
                int quoted = current;
                CyclicBarrier together = new CyclicBarrier(CLIENTS);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    String lastName = "Samever-" + round + "-" + i;
                    answers.add(clients.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return Http.send(server, "PUT", path, writer, PW, person("Rim", lastName, ",\"version\":" + quoted));
                    }));
                }
                List<JsonObject> saved = new ArrayList<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    assertTrue(response.statusCode() == 200 || response.statusCode() == 409,
                            "round " + round + ": " + response.statusCode() + " " + response.body());
                    JsonObject body = json(response);
                    if (response.statusCode() == 200) {
                        saved.add(body);
                    } else {
                        assertTrue(body.getString("error").startsWith(CHANGED), body.toString());
                        assertTrue(body.getJsonObject("current").getInt("version") > quoted,
                                "a 409 tells the version that won: " + body);
                    }
                }
                assertEquals(1, saved.size(), "round " + round + ": exactly one save from version " + quoted);
                assertEquals(quoted + 1, saved.get(0).getInt("version"));
                current = quoted + 1;
                JsonObject now = json(Http.get(server, path, writer, PW));
                assertEquals(current, now.getInt("version"), "round " + round);
                assertEquals(saved.get(0).getString("lastName"), now.getString("lastName"), "the winner's edit is kept");
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.println("StaleWritesIT same version, " + rounds + " rounds x " + CLIENTS + " clients: " + statuses);
        assertEquals(rounds, editLines(code), "one history line per save");
        assertEquals(rounds, statuses.get(200).get());
        forgetUnusualReading(writer);
    }

    /**
     * The small load check: 20 writers on one person for 10 s, each reading the current version
     * after a 409 and trying again. No 500 at all, and every save is in the person's history.
     */
    @Test
    void twentyWritersRetryingForTenSecondsNeverSee500AndEverySaveIsInTheHistory() throws Exception {
        String writer = Accounts.create(server, "stale.load", Role.CASE_WORKER, "SFX");
        String code = register(writer, "Loadtest");
        String path = "/api/v1/beneficiaries/" + code;
        int first = version(Http.get(server, path, writer, PW));
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Set<String> savedNames = ConcurrentHashMap.newKeySet();
        Set<Integer> savedVersions = ConcurrentHashMap.newKeySet();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                loops.add(clients.submit(() -> {
                    int quoted = version(Http.get(server, path, writer, PW));
                    for (int n = 0; System.nanoTime() < end; n++) {
                        String lastName = "Load-" + client + "-" + n;
                        HttpResponse<String> put = Http.send(server, "PUT", path, writer, PW,
                                person("Rim", lastName, ",\"version\":" + quoted));
                        statuses.computeIfAbsent(put.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (put.statusCode() == 200) {
                            quoted = version(put);
                            savedNames.add(lastName);
                            if (!savedVersions.add(quoted)) {
                                failures.add("two saves answered version " + quoted);
                            }
                        } else if (put.statusCode() == 409) {
                            quoted = version(Http.get(server, path, writer, PW));
                        } else {
                            failures.add(put.statusCode() + " " + put.body());
                            quoted = version(Http.get(server, path, writer, PW));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get(120, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.println("StaleWritesIT load, " + CLIENTS + " writers for 10 s: " + new TreeMap<>(statuses));
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.stream().limit(5).toList());
        assertFalse(statuses.containsKey(500));
        int saves = statuses.get(200).get();
        assertTrue(saves > 0 && statuses.containsKey(409), "the writers did meet: " + statuses);
        JsonObject now = json(Http.get(server, path, writer, PW));
        assertEquals(first + saves, now.getInt("version"), "each save made one version, nothing else did");
        assertEquals(saves, editLines(code), "the registry history has a line per save");

        // The audit trail's field-level history, as a manager reads it: each save's new name is there.
        List<String> changes = new ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || (long) page * 200 < total; page++) {
            JsonObject history = json(Http.get(server, "/api/v1/audit?action=EDIT&size=200&page=" + page
                    + "&person=" + code, "manager", PW));
            total = history.getJsonNumber("total").longValue();
            history.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(entry -> changes.add(entry.getString("changes", "")));
        }
        assertEquals(saves, total, "one audit entry per save");
        Set<String> missing = new HashSet<>(savedNames);
        missing.removeIf(name -> changes.stream().anyMatch(c -> ("\n" + c + "\n").contains("→ " + name + "\n")));
        assertTrue(missing.isEmpty(), "saves not in the audit trail: " + missing);
        forgetUnusualReading(writer);
    }

    /** Moves take the enrolment under a row lock: 20 clients quoting one version, one moves, 19 hear 409 with the enrolment. */
    @Test
    void twentyClientsMovingOneEnrolmentWithTheSameVersionGetOne201AndNever500() throws Exception {
        // In Kebili, into CROLET's training: it runs (open-ended), so the test does not age.
        String writer = Accounts.create(server, "stale.mover", Role.CASE_WORKER, "KEB");
        JsonObject training = json(Http.get(server, "/api/v1/pipelines?programme=CROLET", writer, PW).body(), true)
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("type").equals("TRAINING"))
                .findFirst().orElseThrow();
        JsonObject selected = training.getJsonArray("stages").getJsonObject(1);
        long criterion = selected.getJsonArray("criteria").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> mover = Http.send(server, "POST", "/api/v1/beneficiaries", writer, PW,
                person("Rim", "Mover", "").replace("SFX-M", "KEB-M"));
        assertEquals(201, mover.statusCode(), mover.body());
        String code = json(mover).getString("code");
        HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", writer, PW,
                "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d}".formatted(code, training.getJsonNumber("id").longValue()));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        JsonObject enrolment = json(enrolled);
        String moves = "/api/v1/enrolments/" + enrolment.getJsonNumber("id").longValue() + "/moves";
        String move = "{\"action\":\"ADVANCE\",\"toStage\":%d,\"criteria\":[%d],\"version\":%d}"
                .formatted(selected.getJsonNumber("id").longValue(), criterion, enrolment.getInt("version"));
        CyclicBarrier together = new CyclicBarrier(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(clients.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return Http.send(server, "POST", moves, writer, PW, move);
                }));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 409) {
                    assertEquals(selected.getString("code"), json(response).getJsonObject("current").getJsonObject("stage").getString("code"),
                            response.body());
                }
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.println("StaleWritesIT one enrolment, " + CLIENTS + " movers: " + statuses);
        assertEquals(Map.of(201, 1, 409, CLIENTS - 1), statuses);
        forgetUnusualReading(writer);
    }

    /**
     * No endpoint code of its own: 20 clients registering people with one document number at
     * once. The checks before the insert pass for several; the unique key then refuses all but
     * one, and that refusal is a 409 of the REST API's one mechanism, never a 500.
     */
    @Test
    void twentyClientsRegisteringOneDocumentNumberAtOnceGetOne201AndNever500() throws Exception {
        String writer = Accounts.create(server, "stale.registrar", Role.CASE_WORKER, "SFX");
        String number = String.valueOf(10_000_000 + (System.nanoTime() & 0x3FFFFFF) % 89_999_999);
        CyclicBarrier together = new CyclicBarrier(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String body = person("Rim", "Samedoc" + (char) ('a' + i), "").replace("\"documentType\":\"NONE\"",
                        "\"documentType\":\"CIN\",\"documentNumber\":\"" + number + "\"")
                        .replace("1994-08-17", "1990-01-" + String.format("%02d", 1 + i));
                answers.add(clients.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return Http.send(server, "POST", "/api/v1/beneficiaries", writer, PW, body);
                }));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                assertTrue(response.statusCode() == 201 || response.statusCode() == 400 || response.statusCode() == 409,
                        response.statusCode() + " " + response.body());
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.println("StaleWritesIT one document number, " + CLIENTS + " registrations: " + statuses);
        assertEquals(1, statuses.get(201), "one registration keeps the number: " + statuses);
    }

    private static String register(String user, String lastName) {
        HttpResponse<String> created = Http.send(server, "POST", "/api/v1/beneficiaries", user, PW,
                person("Rim", lastName, ""));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getString("code");
    }

    private static String person(String first, String last, String extra) {
        return """
                {"firstName":"%s","lastName":"%s","sex":"F","birthDate":"1994-08-17","nationality":"TN",
                 "residenceCountry":"TN","siteCode":"SFX-M","documentType":"NONE","educationLevel":"HIGHER",
                 "employmentStatus":"STUDENT","consent":{"date":"2025-02-01","purposes":["PARTICIPATION"]}%s}
                """.formatted(first, last, extra);
    }

    private static int version(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getInt("version");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray json(String body, boolean array) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    /** The registry history's lines of edits of the person, counted in the server's database. */
    private static int editLines(String code) throws SQLException {
        try (Connection c = server.database().dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM beneficiary_event e"
                     + " JOIN beneficiary b ON b.id = e.beneficiary_id WHERE b.code = ? AND e.kind = 'EDITED'")) {
            q.setString(1, code);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /**
     * The writers re-read the person hundreds of times, which rightly alerts administrators; marked
     * seen here so that the alert list other tests look at holds only theirs.
     */
    private static void forgetUnusualReading(String username) throws SQLException {
        try (Connection c = server.database().dataSource().getConnection();
             PreparedStatement seen = c.prepareStatement("UPDATE audit_alert SET seen_at = NOW(6), seen_by = 'admin'"
                     + " WHERE username = ? AND seen_at IS NULL")) {
            seen.setString(1, username);
            seen.executeUpdate();
        }
    }
}
