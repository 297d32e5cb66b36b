package org.masar.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: from {@link #MIN_LENGTH} to {@link #MAX_LENGTH} characters, not one
 * of the common and breached passwords of {@code common-passwords.txt} (nor such a password with
 * digits or signs added at its end), not a character or two repeated, and not built mostly of the
 * product's name or the user's own name. Each refusal is a message key of the bundle.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** Fewer different characters than this is a pattern, not a password ("aaaaaaaaaa", "abababab12"). */
    static final int MIN_DISTINCT = 5;
    static final String PRODUCT = "masar";
    /** Parts of a user name shorter than this ("w" of "w.sfax") are too short to look for in a password. */
    static final int MIN_NAME_PART = 4;

    public static final String TOO_SHORT = "user.error.passwordShort";
    public static final String TOO_LONG = "user.error.passwordLong";
    public static final String COMMON = "user.error.passwordCommon";
    public static final String REPETITIVE = "user.error.passwordRepetitive";
    public static final String PRODUCT_NAME = "user.error.passwordProductName";
    public static final String USER_NAME = "user.error.passwordUserName";

    private static final class Common {
        static final Set<String> PASSWORDS = load();
    }

    private PasswordPolicy() {
    }

    /** The message key of the first rule {@code password} breaks for {@code username}, or empty when it is acceptable. */
    public static Optional<String> refusal(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        Optional<String> weak = weakness(lower);
        if (weak.isPresent()) {
            return weak;
        }
        if (lower.contains(PRODUCT) && !standsWithout(lower, List.of(PRODUCT))) {
            return Optional.of(PRODUCT_NAME);
        }
        List<String> names = nameParts(username);
        if (names.stream().anyMatch(lower::contains) && !standsWithout(lower, names)) {
            return Optional.of(USER_NAME);
        }
        return Optional.empty();
    }

    /** Whether {@code lower} is a common password, one with an ending added, or a pattern of few characters. */
    private static Optional<String> weakness(String lower) {
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of(REPETITIVE);
        }
        if (isCommon(lower)) {
            return Optional.of(COMMON);
        }
        return Optional.empty();
    }

    static boolean isCommon(String lower) {
        if (Common.PASSWORDS.contains(lower)) {
            return true;
        }
        // "dragon2024!" is "dragon" with the ending every cracking tool tries first.
        String stem = lower.replaceFirst("[^\\p{L}]+$", "");
        return stem.length() >= 4 && !stem.equals(lower) && Common.PASSWORDS.contains(stem);
    }

    /**
     * Whether the password is still a good one without the names in it: "masar-demo" leaves
     * "-demo", far too little; in "my masar garden of olives" the name is a small part.
     */
    private static boolean standsWithout(String lower, List<String> names) {
        String rest = lower;
        for (String name : names) {
            rest = rest.replace(name, "");
        }
        return rest.length() >= MIN_LENGTH && weakness(rest).isEmpty();
    }

    /** The user name and its parts split at dots, hyphens and underscores, long enough to matter. */
    static List<String> nameParts(String username) {
        if (username == null || username.isBlank()) {
            return List.of();
        }
        String lower = username.trim().toLowerCase(Locale.ROOT);
        Set<String> parts = new java.util.LinkedHashSet<>();
        if (lower.length() >= 3) {
            parts.add(lower);
        }
        for (String part : lower.split("[._-]+")) {
            if (part.length() >= MIN_NAME_PART) {
                parts.add(part);
            }
        }
        return List.copyOf(parts);
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(65_536);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/org/masar/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
