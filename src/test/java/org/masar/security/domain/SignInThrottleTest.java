package org.masar.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final LocalDateTime now = LocalDateTime.of(2026, 11, 23, 9, 0);

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        SignInThrottle throttle = new SignInThrottle("sfax");
        for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
            assertFalse(throttle.recordFailure(now), "failure " + i + " must not lock");
        }
        assertTrue(throttle.recordFailure(now));
        assertTrue(throttle.isLocked(now.plusMinutes(14)));
        assertFalse(throttle.isLocked(now.plusMinutes(15)));
    }

    @Test
    void afterTheLockExpiresCountingStartsAgain() {
        SignInThrottle throttle = new SignInThrottle("sfax");
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            throttle.recordFailure(now);
        }
        LocalDateTime later = now.plusMinutes(20);
        assertFalse(throttle.recordFailure(later));
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.isLocked(later));
    }
}
