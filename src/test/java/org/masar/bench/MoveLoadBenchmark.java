package org.masar.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.masar.shared.db.MasarDataSource;
import org.masar.testing.Http;
import org.masar.testing.MasarServer;

/**
 * Moves under load: N clients (default 50, issue 11's figure) each move their own enrolment back and forth
 * between two stages through the REST API, as fast as answers come, for a fixed time against
 * Masar on Payara Micro and MariaDB. Prints moves per second and latency percentiles.
 *
 * <pre>
 * mvn -q -DskipTests package
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.masar.bench.MoveLoadBenchmark \
 *     [-Dbench.clients=50] [-Dbench.seconds=30] [-Dbench.warmup=10] [-Dbench.profile=true] [-Dbench.show=true]
 * </pre>
 */
public final class MoveLoadBenchmark {

    private static final String USER = "kebili";
    private static final String PASSWORD = "masar-demo";

    private MoveLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 50);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmup = Integer.getInteger("bench.warmup", 10);
        boolean profile = Boolean.getBoolean("bench.profile");
        // A profile needs deeper stacks than JFR's default 64 frames: a request is 150–250 deep.
        System.setProperty("masar.it.jvm", System.getProperty("masar.it.jvm",
                profile ? "-Xmx1g -XX:FlightRecorderOptions:stackdepth=512" : "-Xmx1g"));
        long started = System.nanoTime();
        MasarServer server = MasarServer.get();
        System.out.printf("server up in %.1f s%n", (System.nanoTime() - started) / 1e9);

        JsonArray pipelines = Json.createReader(new StringReader(
                Http.get(server, "/api/v1/pipelines?programme=CROLET", USER, PASSWORD).body())).readArray();
        JsonObject training = pipelines.stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("type").equals("TRAINING")).findFirst().orElseThrow();
        long pipelineId = training.getJsonNumber("id").longValue();
        JsonObject registered = training.getJsonArray("stages").getJsonObject(0);
        JsonObject selected = training.getJsonArray("stages").getJsonObject(1);
        long registeredId = registered.getJsonNumber("id").longValue();
        long selectedId = selected.getJsonNumber("id").longValue();
        long criterion = selected.getJsonArray("criteria").getJsonObject(0).getJsonNumber("id").longValue();

        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpResponse<String> person = Http.send(server, "POST", "/api/v1/beneficiaries", USER, PASSWORD, """
                    {"firstName":"Load%d","lastName":"Bench","sex":"M","birthDate":"%s","nationality":"TN",
                     "residenceCountry":"TN","siteCode":"KEB-M","documentType":"NONE","educationLevel":"SECONDARY",
                     "employmentStatus":"UNEMPLOYED","consent":{"date":"2026-01-10","purposes":["PARTICIPATION"]}}"""
                    .formatted(i, birthDate(i)));
            String code = json(created(person)).getString("code");
            HttpResponse<String> enrolled = Http.send(server, "POST", "/api/v1/enrolments", USER, PASSWORD,
                    "{\"beneficiaryCode\":\"%s\",\"pipelineId\":%d}".formatted(code, pipelineId));
            JsonObject e = json(created(enrolled));
            workers.add(new Worker(server.url("/api/v1/enrolments/" + e.getJsonNumber("id").longValue() + "/moves"),
                    e.getInt("version"), registeredId, selectedId, criterion));
        }

        // What one move costs the database: a move forward and one back, counted in MariaDB's general log.
        Worker first = workers.get(0);
        DataSource root = MasarDataSource.create("jdbc:mysql://127.0.0.1:3306/?allowPublicKeyRetrieval=true&useSSL=false",
                server.database().user(), server.database().password());
        Map<String, Integer> statements = GeneralLog.count(root, () -> {
            first.once();
            first.once();
        });
        System.out.printf("SQL statements per move: %.1f %s (a move forward and one back)%n",
                GeneralLog.total(statements) / 2.0, statements);
        System.out.printf("%d clients, %d s warm-up, %d s measured%n", clients, warmup, seconds);
        run(workers, warmup);
        workers.forEach(Worker::reset);
        java.time.Instant measuredFrom = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Rss rss = new Rss(server.pid());
        rss.start();
        Profile recording = profile ? Profile.start(server.pid(), Path.of("target", "moves.jfr")) : null;
        long[] window = run(workers, seconds);
        rss.interrupt();
        rss.join();
        if (recording != null) {
            recording.stopAndPrint();
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        long moves = 0;
        for (Worker w : workers) {
            all.addAll(w.latencies);
            errors += w.errors.get();
            moves += w.latencies.size();
        }
        Collections.sort(all);
        double elapsed = (window[1] - window[0]) / 1e9;
        System.out.printf("measured from %s to %s (UTC, to cut a profile to the window)%n", measuredFrom,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        System.out.printf("moves: %d in %.1f s = %.1f moves/s; errors: %d%n", moves, elapsed, moves / elapsed, errors);
        System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(all, 50), pct(all, 95), pct(all, 99),
                all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6);
        System.out.printf("server RSS MB: peak %d  at end %d%n", rss.peak / 1024, rss.last / 1024);
        // Masar's figure beside the target of issue 11, and their ratio (≥ 1 means met for a floor, ≤ 1 for a ceiling).
        System.out.printf("%-22s %10s %10s %7s%n", "figure", "masar", "target", "ratio");
        row("moves/s (at least)", moves / elapsed, 250);
        row("p95 ms (at most)", pct(all, 95), 100);
        row("errors (at most)", errors, 0);
        row("peak RSS MB (at most)", rss.peak / 1024.0, 1024);
        System.exit(errors == 0 ? 0 : 1);
    }

    private static void row(String figure, double masar, double target) {
        System.out.printf("%-22s %10.1f %10.1f %7s%n", figure, masar, target,
                target == 0 ? "-" : "%.2f".formatted(masar / target));
    }

    private static long[] run(List<Worker> workers, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(workers.size());
        for (Worker w : workers) {
            new Thread(() -> {
                try {
                    w.loop(end);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return new long[] {start, System.nanoTime()};
    }

    private static double pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** A birth date of its own for each client's person, so none looks like a duplicate of another. */
    private static LocalDate birthDate(int client) {
        return LocalDate.of(1996, 1, 1).plusDays(7L * client);
    }

    private static String created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** Samples the resident memory of the server's JVM (VmRSS, kB) twice a second until interrupted. */
    private static final class Rss extends Thread {
        private final Path status;
        private volatile long peak;
        private volatile long last;

        Rss(long pid) {
            status = Path.of("/proc/" + pid + "/status");
            setDaemon(true);
        }

        @Override
        public void run() {
            do {
                sample();
            } while (pause());
            sample();
        }

        private boolean pause() {
            try {
                Thread.sleep(500);
                return true;
            } catch (InterruptedException stop) {
                return false;
            }
        }

        private void sample() {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        last = Long.parseLong(line.replaceAll("\\D", ""));
                        peak = Math.max(peak, last);
                    }
                }
            } catch (IOException gone) {
                // the server stopped; keep the last figure
            }
        }
    }

    /** One client: its own enrolment, moved forward then back, quoting the version of the last answer. */
    private static final class Worker {
        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private static final String AUTH = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        private final String url;
        private final long registered;
        private final long selected;
        private final long criterion;
        private int version;
        private boolean forward = true;
        private List<Long> latencies = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();

        Worker(String url, int version, long registered, long selected, long criterion) {
            this.url = url;
            this.version = version;
            this.registered = registered;
            this.selected = selected;
            this.criterion = criterion;
        }

        void reset() {
            latencies = new ArrayList<>();
            errors.set(0);
        }

        void loop(long end) {
            while (System.nanoTime() < end) {
                once();
            }
        }

        /** One move, forward or back, timed when it succeeds. */
        void once() {
            String body = forward
                    ? "{\"action\":\"ADVANCE\",\"toStage\":%d,\"criteria\":[%d],\"version\":%d}".formatted(selected, criterion, version)
                    : "{\"action\":\"BACK\",\"toStage\":%d,\"note\":\"load test: back again\",\"version\":%d}".formatted(registered, version);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", AUTH).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - t0;
                if (response.statusCode() == 201) {
                    latencies.add(took);
                    version = json(response.body()).getInt("version");
                    forward = !forward;
                } else {
                    errors.incrementAndGet();
                    System.err.println(response.statusCode() + " " + response.body());
                }
            } catch (Exception failure) {
                errors.incrementAndGet();
                System.err.println(failure);
            }
        }
    }
}
