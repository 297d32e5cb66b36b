package org.masar.security.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238's key for its SHA-1 vectors: the ASCII of "12345678901234567890". */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B, the SHA-1 column: time in seconds, and the eight-digit code. */
    @ParameterizedTest
    @CsvSource({
        "59,          94287082",
        "1111111109,  07081804",
        "1111111111,  14050471",
        "1234567890,  89005924",
        "2000000000,  69279037",
        "20000000000, 65353130"})
    void theRfc6238TestVectors(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(expected, Totp.code(RFC_KEY, step, 8));
        // Six digits, as apps show them, are the last six of the same number.
        assertEquals(expected.substring(2), Totp.code(RFC_KEY, step, Totp.DIGITS));
    }

    @Test
    void theRfc6238StepsAreThirtySecondsFromTheEpoch() {
        assertEquals(0x23523EC, Totp.step(Instant.ofEpochSecond(1111111109)));
        assertEquals(0x273EF07, Totp.step(Instant.ofEpochSecond(1234567890)));
        assertEquals(1, Totp.step(Instant.ofEpochSecond(59)));
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateButNotTwo() {
        String secret = Base32.encode(RFC_KEY);
        Instant at = Instant.ofEpochSecond(1111111111);
        long now = Totp.step(at);
        for (long offset = -1; offset <= 1; offset++) {
            String code = Totp.code(RFC_KEY, now + offset, 6);
            assertEquals(OptionalLong.of(now + offset), Totp.matchingStep(secret, code, at, Long.MIN_VALUE));
        }
        assertTrue(Totp.matchingStep(secret, Totp.code(RFC_KEY, now - 2, 6), at, Long.MIN_VALUE).isEmpty());
        assertTrue(Totp.matchingStep(secret, Totp.code(RFC_KEY, now + 2, 6), at, Long.MIN_VALUE).isEmpty());
    }

    @Test
    void aCodeAlreadyUsedOrOlderIsRefused() {
        String secret = Base32.encode(RFC_KEY);
        Instant at = Instant.ofEpochSecond(1234567890);
        long now = Totp.step(at);
        String code = Totp.code(RFC_KEY, now, 6);
        assertTrue(Totp.matchingStep(secret, code, at, now).isEmpty(), "this step was used");
        assertTrue(Totp.matchingStep(secret, Totp.code(RFC_KEY, now - 1, 6), at, now - 1).isEmpty());
        assertEquals(OptionalLong.of(now), Totp.matchingStep(secret, code, at, now - 1));
    }

    @Test
    void whatIsNoCodeIsRefused() {
        String secret = Base32.encode(RFC_KEY);
        Instant at = Instant.ofEpochSecond(59);
        assertTrue(Totp.matchingStep(secret, null, at, Long.MIN_VALUE).isEmpty());
        assertTrue(Totp.matchingStep(secret, "28708", at, Long.MIN_VALUE).isEmpty());
        assertTrue(Totp.matchingStep(secret, "28708a", at, Long.MIN_VALUE).isEmpty());
        assertEquals(OptionalLong.of(1), Totp.matchingStep(secret, "287082", at, Long.MIN_VALUE));
    }

    @Test
    void base32AsRfc4648AndAuthenticatorAppsWriteIt() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_KEY));
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(RFC_KEY, Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        assertEquals("GEZD GNBV", Base32.grouped("GEZDGNBV"));
        String secret = Totp.newSecret();
        assertEquals(32, secret.length(), "160 bits");
        assertEquals(Totp.SECRET_BYTES, Base32.decode(secret).length);
    }

    @Test
    void theAddressAnAppReads() {
        assertEquals("otpauth://totp/Masar:amira.bensalah?secret=GEZDGNBV&issuer=Masar&algorithm=SHA1&digits=6&period=30",
                Totp.uri("amira.bensalah", "GEZDGNBV"));
    }

    @Test
    void recoveryCodesAreTenDifferentOnesComparedLoosely() {
        var codes = RecoveryCode.generate();
        assertEquals(10, codes.size());
        assertEquals(10, codes.stream().distinct().count());
        String code = codes.get(0);
        assertTrue(code.matches("[a-z2-9]{5}-[a-z2-9]{5}"), code);
        assertEquals(RecoveryCode.digest(code), RecoveryCode.digest(code.toUpperCase().replace("-", " ")));
        assertTrue(RecoveryCode.looksLikeOne(code));
    }
}
