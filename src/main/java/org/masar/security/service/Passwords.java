package org.masar.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.masar.shared.domain.InvalidInput;

/** Hashes and checks passwords with PBKDF2 (Jakarta Security's {@link Pbkdf2PasswordHash}). */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
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

    public String hash(String password) {
        requireAcceptable("newPassword", password);
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a real check, for unknown user names. */
    public void spendDecoyCheck(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }

    public static void requireAcceptable(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInput.of(field, "user.error.passwordShort");
        }
        if (password.length() > MAX_LENGTH) {
            throw InvalidInput.of(field, "user.error.passwordLong");
        }
    }
}
