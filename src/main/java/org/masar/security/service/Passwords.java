package org.masar.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.masar.security.domain.PasswordPolicy;
import org.masar.shared.domain.InvalidInput;

/** Hashes and checks passwords with PBKDF2 (Jakarta Security's {@link Pbkdf2PasswordHash}). */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int MAX_LENGTH = PasswordPolicy.MAX_LENGTH;
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "100000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private Pbkdf2PasswordHash hash;
    /** Checked against when the user name is unknown, so that both answers take as long. */
    private String decoy;

    protected Passwords() {
    }

    @Inject
    public Passwords(Pbkdf2PasswordHash hash) {
        this.hash = hash;
    }

    @PostConstruct
    void init() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate("decoy-password".toCharArray());
    }

    /** For use outside a container, where nobody calls {@code @PostConstruct}. */
    public static Passwords standalone(Pbkdf2PasswordHash hash) {
        Passwords passwords = new Passwords(hash);
        passwords.init();
        return passwords;
    }

    /** The stored form of a new password of {@code username}, which must pass the {@link PasswordPolicy}. */
    public String hash(String username, String password) {
        requireAcceptable("newPassword", username, password);
        return hash.generate(password.toCharArray());
    }

    /**
     * The stored form of a password the policy is not asked about: only for the demo accounts'
     * published password "masar-demo", which the policy refuses on purpose (see
     * {@link UserService#saveDemoAccount}). Package-private so that nothing else reaches it.
     */
    String hashWithoutPolicy(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * Whether the password is the one stored. A REST client sends its name and password with
     * every request; a success is remembered for {@link #REMEMBERED} so that those requests do
     * not each pay a full PBKDF2. The memory holds a keyed digest of the stored hash with the
     * password, never the password: a new password means a new stored hash, so an old entry
     * never matches it. Failures are never remembered, so guessing stays as slow as ever.
     */
    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        String key = digest(storedHash, password);
        long now = System.nanoTime();
        Long until = remembered.get(key);
        if (until != null && until - now > 0) {
            return true;
        }
        boolean valid = hash.verify(password.toCharArray(), storedHash);
        if (valid) {
            if (remembered.size() >= REMEMBERED_MAX) {
                remembered.values().removeIf(expiry -> expiry - now <= 0);
                if (remembered.size() >= REMEMBERED_MAX) {
                    remembered.clear();
                }
            }
            remembered.put(key, now + REMEMBERED.toNanos());
        }
        return valid;
    }

    static final java.time.Duration REMEMBERED = java.time.Duration.ofMinutes(5);
    private static final int REMEMBERED_MAX = 10_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Long> remembered = new java.util.concurrent.ConcurrentHashMap<>();
    private final byte[] digestKey = randomKey();

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    private String digest(String storedHash, String password) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(digestKey, "HmacSHA256"));
            mac.update(storedHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return java.util.Base64.getEncoder().encodeToString(
                    mac.doFinal(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Spends the time of a real check, for unknown user names. */
    public void spendDecoyCheck(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }

    /** Refuses, on {@code field}, a password the {@link PasswordPolicy} refuses for {@code username}. */
    public static void requireAcceptable(String field, String username, String password) {
        PasswordPolicy.refusal(username, password).ifPresent(key -> {
            throw InvalidInput.of(field, key);
        });
    }
}
