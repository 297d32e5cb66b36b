package org.masar.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Certificate codes (no look-alikes, typed back in any shape) and the limit on checks per address. */
class CertificateCodeTest {

    @Test
    void aCodeIsTwoGroupsOfFiveFromAnAlphabetWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = Certificate.newCode();
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}"), code);
            seen.add(code);
        }
        assertEquals(2000, seen.size(), "31^10 codes: no two alike in a few thousand");
        assertFalse(Certificate.ALPHABET.matches(".*[01OIL].*"));
    }

    @Test
    void aCodeTypedInAnyCaseWithSpacesOrWithoutItsDashIsTheStoredOne() {
        assertEquals("ABCDE-FGH23", Certificate.normalise(" abcde fgh23 "));
        assertEquals("ABCDE-FGH23", Certificate.normalise("ABCDEFGH23"));
        assertEquals("ABCDE-FGH23", Certificate.normalise("abc-de-fgh-23"));
        assertEquals("ABC", Certificate.normalise("abc"), "too short stays as typed, and matches nothing");
        assertEquals("", Certificate.normalise(null));
    }

    @Test
    void anAddressChecksTenTimesInTenMinutesThenWaits() {
        VerifyThrottle throttle = new VerifyThrottle();
        Instant start = Instant.parse("2026-12-02T10:00:00Z");
        for (int i = 0; i < VerifyThrottle.MAX_CHECKS; i++) {
            assertTrue(throttle.allow("10.0.0.1", start.plusSeconds(i)));
        }
        assertFalse(throttle.allow("10.0.0.1", start.plusSeconds(60)), "the eleventh within ten minutes");
        assertTrue(throttle.allow("10.0.0.2", start.plusSeconds(60)), "another address is not held back");
        assertFalse(throttle.allow("10.0.0.1", start.plus(VerifyThrottle.WINDOW).minusSeconds(1)), "the first check counts for ten minutes");
        assertTrue(throttle.allow("10.0.0.1", start.plus(VerifyThrottle.WINDOW)), "and is forgotten then");
    }
}
