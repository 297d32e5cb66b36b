package org.masar.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Failed sign-ins for one typed user name. After {@link #MAX_FAILURES} in a row the name is
 * locked for {@link #LOCK}; a success forgets the count. Kept for unknown names too, so that the
 * lock-out behaves the same whether or not an account exists.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(String username) {
        this.username = username;
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one more failure; returns true when it locks the name. */
    public boolean recordFailure(LocalDateTime now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failures = 0;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
            return true;
        }
        return false;
    }

    public String getUsername() {
        return username;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
