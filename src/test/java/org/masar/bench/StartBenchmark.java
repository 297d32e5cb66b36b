package org.masar.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start to first page: Masar on Payara Micro as the run command starts it (demo mode, the
 * embedded H2 database under ./data of the directory it starts in, {@code -Xmx768m}), timed from
 * launching the JVM to the sign-in page answering 200. First on a fresh database, which gets the
 * schema and the demo data, then again on the database that start left. Prints both beside the
 * targets of issue 11 and the resident memory of the server once the page answered.
 *
 * <pre>
 * mvn -q -DskipTests package
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.masar.bench.StartBenchmark \
 *     [-Dbench.jvm="-Xmx768m"] [-Dbench.starts=1]
 * </pre>
 */
public final class StartBenchmark {

    private static final int PORT = Integer.getInteger("masar.it.port", 18080);
    private static final Duration LIMIT = Duration.ofSeconds(240);
    private static final Pattern MILESTONE = Pattern.compile("(startup time : .*|\\S+ was successfully deployed in .*"
            + "|Successfully applied .*|Schema .* is up to date.*|Demo data loaded.*|Payara Micro .* ready in .*)");

    private StartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path jar = target.resolve("payara-micro.jar");
        Path war = Path.of(System.getProperty("masar.war", target.resolve("masar.war").toString())).toAbsolutePath();
        if (!Files.exists(jar) || !Files.exists(war)) {
            throw new IllegalStateException("Build first: mvn -q -DskipTests package (needs " + jar + " and " + war + ")");
        }
        int starts = Integer.getInteger("bench.starts", 1);
        Path home = target.resolve("start-bench");
        List<double[]> fresh = new ArrayList<>();
        List<double[]> existing = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            delete(home);
            Files.createDirectories(home);
            fresh.add(start(home, jar, war, "fresh H2 with demo data"));
            existing.add(start(home, jar, war, "existing H2"));
        }
        delete(home);
        System.out.printf("%-34s %10s %10s %7s%n", "figure", "masar", "target", "ratio");
        row("first page, fresh database (s)", best(fresh, 0), 20);
        row("first page, existing database (s)", best(existing, 0), 15);
        row("RSS after start, fresh (MB)", best(fresh, 1), 1024);
        row("RSS after start, existing (MB)", best(existing, 1), 1024);
        if (starts > 1) {
            System.out.println("(best of " + starts + " starts)");
        }
        System.exit(0);
    }

    /** Seconds from launch to the first page, and the server's RSS in MB then. */
    private static double[] start(Path home, Path jar, Path war, String what) throws IOException, InterruptedException {
        Path log = home.resolve("payara.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(System.getProperty("bench.jvm", "-Xmx768m").trim().split("\\s+")));
        command.addAll(List.of("-Djava.io.tmpdir=" + home, "-Dmasar.demo=true", "-Dmasar.mfa.required=false",
                "-jar", jar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(PORT), "--nocluster",
                "--postbootcommandfile", Path.of("payara-config/post-boot-commands.asadmin").toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The run command's database: the embedded H2 under ./data, never a MariaDB of the environment.
        builder.environment().keySet().removeIf(name -> name.startsWith("MASAR_DB_"));
        long launched = System.nanoTime();
        Process server = builder.start();
        try {
            firstPage(server, log);
            double seconds = (System.nanoTime() - launched) / 1e9;
            double rss = rssMb(server.pid());
            System.out.printf("%-26s first page after %5.1f s, RSS %4.0f MB%n", what, seconds, rss);
            // Where the time went, as Payara, Flyway and Masar log it.
            for (String line : Files.readAllLines(log)) {
                Matcher m = MILESTONE.matcher(line.replaceAll("\u001B\\[[0-9;]*m", ""));
                if (m.find()) {
                    System.out.println("    " + m.group().trim());
                }
            }
            Files.delete(log);
            return new double[] {seconds, rss};
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private static void firstPage(Process server, Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/login.xhtml"))
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up; see " + log);
            }
            try {
                HttpResponse<String> answer = client.send(page, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("<form")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No first page within " + LIMIT + "; see " + log);
    }

    private static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static double best(List<double[]> runs, int figure) {
        return runs.stream().mapToDouble(r -> r[figure]).min().orElse(Double.NaN);
    }

    private static void row(String figure, double masar, double target) {
        System.out.printf("%-34s %10.1f %10.1f %7.2f%n", figure, masar, target, masar / target);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
