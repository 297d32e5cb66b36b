package org.masar.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A one-time code that stands in for the authenticator app, shown to the user once when they set
 * up the second factor. Only its SHA-256 digest is kept: a code carries 50 random bits, so a
 * slow hash would add nothing. A used code keeps its row with the time it was used.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    public static final int COUNT = 10;
    /** No 0/o, 1/l/i: codes are read off paper. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(Long userId, String code) {
        this.userId = userId;
        this.codeHash = digest(code);
    }

    /** {@link #COUNT} new codes such as {@code k7q2m-x9dpa}. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int n = 0; n < COUNT; n++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < LENGTH; i++) {
                if (i == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** What a typed code is compared by: small letters and digits only, so "K7Q2M X9DPA" matches too. */
    public static String digest(String typed) {
        String normal = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code typed} can still be used as a recovery code. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").length() == LENGTH;
    }

    public void use(LocalDateTime now) {
        usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public Long getUserId() {
        return userId;
    }

    public LocalDateTime getUsedAt() {
        return usedAt;
    }
}
