package org.masar.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of the server over a benchmark's measured window: started and
 * dumped with {@code jcmd} on the server's JVM, then read here. Prints where the request threads'
 * CPU samples go, twice: by phase of the request (the outermost phase on the stack wins: a JDBC
 * call made while authenticating counts as authentication), and by component (the frame nearest
 * the top of the stack that belongs to a known library or to Masar). Also the CPU the server's
 * JVM used, as a share of the whole machine's.
 */
final class Profile {

    /** Phases of a move request, each recognised by a method on the stack. */
    private static final Map<String, Pattern> PHASES = phases();
    /** Components, recognised by the class of a frame. */
    private static final Map<String, Pattern> COMPONENTS = components();

    private final long pid;
    private final Path file;

    private Profile(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /** Starts a recording on the server's JVM (launched with a deep enough stack depth). */
    static Profile start(long pid, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=bench", "settings=profile");
        return new Profile(pid, file);
    }

    void stopAndPrint() throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=bench", "filename=" + file.toAbsolutePath());
        Map<String, Integer> byPhase = new LinkedHashMap<>();
        Map<String, Integer> byComponent = new LinkedHashMap<>();
        PHASES.keySet().forEach(k -> byPhase.put(k, 0));
        byPhase.put("HTTP, Jersey, CDI, security filters (the rest of the request)", 0);
        COMPONENTS.keySet().forEach(k -> byComponent.put(k, 0));
        byComponent.put("JDK and other", 0);
        int samples = 0;
        double jvm = 0;
        double machine = 0;
        int loads = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.CPULoad")) {
                jvm += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                machine += event.getFloat("machineTotal");
                loads++;
                continue;
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? "" : event.getThread("sampledThread").getJavaName();
            if (thread == null || !thread.startsWith("http-thread-pool")) {
                continue;
            }
            samples++;
            List<String> frames = new ArrayList<>();
            for (RecordedFrame f : event.getStackTrace().getFrames()) {
                frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
            }
            byPhase.merge(phase(frames), 1, Integer::sum);
            byComponent.merge(component(frames), 1, Integer::sum);
        }
        System.out.printf("JFR profile of the measured window (%s): %d CPU samples of request threads;"
                + " the server's JVM used %.0f%% of the machine's CPU, the machine was %.0f%% busy%n",
                file.getFileName(), samples, loads == 0 ? 0 : 100 * jvm / loads, loads == 0 ? 0 : 100 * machine / loads);
        print("by phase of the request", byPhase, samples);
        print("by component (nearest known frame to the top of the stack)", byComponent, samples);
    }

    private static void print(String title, Map<String, Integer> counts, int samples) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }

    /** The outermost phase on the stack; frames come top (leaf) first. */
    private static String phase(List<String> frames) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            for (Map.Entry<String, Pattern> p : PHASES.entrySet()) {
                if (p.getValue().matcher(frames.get(i)).find()) {
                    return p.getKey();
                }
            }
        }
        return "HTTP, Jersey, CDI, security filters (the rest of the request)";
    }

    private static String component(List<String> frames) {
        for (String frame : frames) {
            for (Map.Entry<String, Pattern> c : COMPONENTS.entrySet()) {
                if (c.getValue().matcher(frame).find()) {
                    return c.getKey();
                }
            }
        }
        return "JDK and other";
    }

    private static Map<String, Pattern> phases() {
        Map<String, Pattern> p = new LinkedHashMap<>();
        p.put("authentication (HTTP Basic: Jakarta Security, sign-in check, account read)",
                Pattern.compile("MasarAuthentication\\.validateRequest|IdentityStoreHandler|SignInService\\."));
        p.put("JSON: reading the request body", Pattern.compile("\\.readFrom$|MessageBodyReader"));
        p.put("move: load, lock, checks, verb, flush", Pattern.compile("EnrolmentService\\.move$"));
        p.put("audit trail", Pattern.compile("org\\.masar\\.audit\\."));
        p.put("read back: the enrolment and its history", Pattern.compile("EnrolmentService\\.(withHistory|find|lines|open)$"));
        p.put("commit (JTA, flush at commit, after-success observers)",
                Pattern.compile("(JavaEETransactionManagerSimplified|JavaEETransactionImpl|TransactionImpl)\\.commit"));
        p.put("JSON: mapping to records", Pattern.compile("EnrolmentJson\\.of$"));
        p.put("JSON: writing the answer", Pattern.compile("\\.writeTo$|yasson|parsson"));
        p.put("set-up calls (register, enrol)", Pattern.compile("EnrolmentResource\\.enrol$|BeneficiaryResource\\."));
        return p;
    }

    private static Map<String, Pattern> components() {
        Map<String, Pattern> c = new LinkedHashMap<>();
        c.put("password hashing (PBKDF2, HMAC)", Pattern.compile("Pbkdf2|PBKDF2|^javax\\.crypto|^com\\.sun\\.crypto"));
        c.put("JDBC driver (Connector/J)", Pattern.compile("^com\\.mysql\\."));
        c.put("connection pool", Pattern.compile("^com\\.sun\\.enterprise\\.resource|^com\\.sun\\.gjc|jdbcruntime"));
        c.put("JSON (JSON-B, JSON-P)", Pattern.compile("^org\\.eclipse\\.(yasson|parsson)|^jakarta\\.json"));
        c.put("JPA (EclipseLink)", Pattern.compile("^org\\.eclipse\\.persistence\\."));
        c.put("transactions (JTA)", Pattern.compile("^com\\.sun\\.enterprise\\.transaction|^com\\.sun\\.jts"));
        c.put("CDI (Weld)", Pattern.compile("^org\\.jboss\\.weld\\."));
        c.put("REST (Jersey, HK2)", Pattern.compile("^org\\.glassfish\\.jersey|^org\\.jvnet\\.hk2|^org\\.glassfish\\.hk2"));
        c.put("security (Soteria, JACC, realm)", Pattern.compile(
                "^org\\.glassfish\\.soteria|^com\\.sun\\.enterprise\\.security|^com\\.sun\\.web\\.security|^org\\.glassfish\\.exousia|^fish\\.payara\\.security"));
        c.put("HTTP (Grizzly, servlet container)", Pattern.compile(
                "^org\\.glassfish\\.grizzly|^org\\.apache\\.catalina|^org\\.glassfish\\.web|^com\\.sun\\.enterprise\\.web|^com\\.sun\\.enterprise\\.v3"));
        c.put("logging", Pattern.compile("^java\\.util\\.logging|^com\\.sun\\.enterprise\\.server\\.logging|^fish\\.payara\\.logging"));
        c.put("Masar", Pattern.compile("^org\\.masar\\."));
        return c;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0 || out.contains("Could not") || out.contains("Exception")) {
            throw new IllegalStateException(String.join(" ", line) + ": " + out);
        }
    }
}
