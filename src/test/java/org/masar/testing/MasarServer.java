package org.masar.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Masar on Payara Micro for the HTTP and browser tests: the built WAR, demo mode, a fresh
 * MariaDB database. Started once per test JVM and stopped when it exits. Readiness is the
 * application's own health check answering UP, so a failed deployment fails the tests.
 */
public final class MasarServer {

    /** Profiles one account may open in an hour before administrators are alerted, on the test server. */
    public static final int UNUSUAL_READS = 25;

    private static MasarServer instance;

    private final String baseUrl;
    private final Process process;
    private final Path log;
    private final TestDatabase database;

    private MasarServer() throws IOException, InterruptedException {
        int port = Integer.getInteger("masar.it.port", 18080);
        Path target = Path.of(System.getProperty("masar.target", "target"));
        log = target.resolve("payara-it.log");
        database = TestDatabase.create("server");
        String java = ProcessHandle.current().info().command().orElse("java");
        // Tuned to start fast for tests; benchmarks pass the JVM flags of a real server (masar.it.jvm).
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(System.getProperty("masar.it.jvm", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1")
                .trim().split("\\s+")));
        command.addAll(List.of("-Djava.io.tmpdir=" + target.toAbsolutePath(), "-Dmasar.demo=true",
                // Low enough for AuditTrailIT to reach it with a handful of reads.
                "-Dmasar.audit.unusualReads=" + UNUSUAL_READS,
                // As the run command (payara-config/demo.properties): demo administrators sign in with a password only.
                "-Dmasar.mfa.required=" + System.getProperty("masar.it.mfaRequired", "false"),
                "-jar", System.getProperty("masar.payara.jar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("masar.war", "target/masar.war"),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                "--postbootcommandfile", "payara-config/post-boot-commands.asadmin"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MASAR_DB_URL", database.url());
        builder.environment().put("MASAR_DB_USER", database.user());
        builder.environment().put("MASAR_DB_PASSWORD", database.password());
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        baseUrl = "http://localhost:" + port;
        try {
            awaitHealthy(Duration.ofSeconds(240));
        } catch (IllegalStateException failed) {
            // Leave nothing running on the port for the next attempt.
            process.destroyForcibly().waitFor();
            throw failed;
        }
    }

    public static synchronized MasarServer get() {
        if (instance == null) {
            try {
                instance = new MasarServer();
            } catch (IOException e) {
                throw new IllegalStateException("Could not start Payara Micro", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** The database the server runs on, for tools that look into it. */
    public TestDatabase database() {
        return database;
    }

    /** The process id of the server's JVM, for tools that measure it (memory, profiles). */
    public long pid() {
        return process.pid();
    }

    public String url(String path) {
        return baseUrl + path;
    }

    private void awaitHealthy(Duration limit) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up; see " + log + "\n" + tail());
            }
            if (java.nio.file.Files.readString(log).contains("Exception while loading the app")) {
                throw new IllegalStateException("Masar failed to deploy; see " + log + "\n" + tail());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url("/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("masar-database")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Masar did not become healthy in " + limit + "; see " + log + "\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
