package org.masar.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that has landed is never edited: databases out there have run it. sql/landed.sha256
 * holds the checksum of every landed script (sha256sum's format: `cd sql && sha256sum -c
 * landed.sha256` checks it by hand); a script added since has a higher version and no line yet,
 * and gets one when it lands.
 */
class LandedMigrationsTest {

    private static final Path SQL = Path.of("sql");

    @Test
    void noLandedMigrationWasEdited() throws IOException {
        Map<String, String> landed = landed();
        assertTrue(landed.size() >= 6, "the landed scripts are listed");
        for (var entry : landed.entrySet()) {
            Path script = SQL.resolve(entry.getKey());
            assertTrue(Files.exists(script), entry.getKey() + " landed and may not be removed");
            assertEquals(entry.getValue(), sha256(script),
                    entry.getKey() + " landed and was edited: restore it and write a new migration instead");
        }
    }

    @Test
    void scriptsNotYetLandedComeAfterEveryLandedOne() throws IOException {
        Map<String, String> landed = landed();
        int lastLanded = landed.keySet().stream().mapToInt(LandedMigrationsTest::version).max().orElse(0);
        try (Stream<Path> scripts = Files.list(SQL.resolve("migration"))) {
            for (Path script : scripts.toList()) {
                String name = "migration/" + script.getFileName();
                if (!landed.containsKey(name)) {
                    assertTrue(version(name) > lastLanded, name + " is new, so its version must come after V" + lastLanded);
                }
            }
        }
    }

    private static Map<String, String> landed() throws IOException {
        Map<String, String> checksums = new TreeMap<>();
        for (String line : Files.readAllLines(SQL.resolve("landed.sha256"))) {
            if (!line.isBlank()) {
                List<String> parts = List.of(line.trim().split("\\s+", 2));
                checksums.put(parts.get(1).replaceFirst("^\\*", ""), parts.get(0));
            }
        }
        return checksums;
    }

    private static int version(String name) {
        return Integer.parseInt(name.replaceAll(".*/V(\\d+)(?:_\\d+)*__.*", "$1"));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
