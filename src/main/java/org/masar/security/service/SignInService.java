package org.masar.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.masar.security.domain.AppUser;
import org.masar.security.domain.SignInThrottle;

/**
 * Checks a user name and password, counting failures per typed name. Answers only OK, INVALID or
 * LOCKED: a wrong password, an unknown name and a deactivated account all look the same.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = RuntimeException.class)
public class SignInService {

    public enum Outcome { OK, INVALID, LOCKED }

    public record Result(Outcome outcome, Caller caller) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    public Result signIn(String typedName, String password) {
        String name = normalise(typedName);
        if (name.isEmpty() || name.length() > AppUser.USERNAME_MAX) {
            return new Result(Outcome.INVALID, null);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        SignInThrottle throttle = em.find(SignInThrottle.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null && throttle.isLocked(now)) {
            passwords.spendDecoyCheck(password);
            return new Result(Outcome.LOCKED, null);
        }
        Optional<AppUser> user = users.byUsername(name).filter(AppUser::isActive);
        boolean valid;
        if (user.isPresent()) {
            valid = passwords.matches(password, user.get().getPasswordHash());
        } else {
            passwords.spendDecoyCheck(password);
            valid = false;
        }
        if (valid) {
            if (throttle != null) {
                em.remove(throttle);
            }
            return new Result(Outcome.OK, users.activeCaller(name).orElseThrow());
        }
        if (throttle == null) {
            throttle = new SignInThrottle(name);
            em.persist(throttle);
        }
        boolean lockedNow = throttle.recordFailure(now);
        return new Result(lockedNow ? Outcome.LOCKED : Outcome.INVALID, null);
    }

    public boolean isLocked(String typedName) {
        SignInThrottle throttle = em.find(SignInThrottle.class, normalise(typedName));
        return throttle != null && throttle.isLocked(LocalDateTime.now(clock));
    }

    static String normalise(String typedName) {
        return typedName == null ? "" : typedName.trim().toLowerCase(Locale.ROOT);
    }
}
