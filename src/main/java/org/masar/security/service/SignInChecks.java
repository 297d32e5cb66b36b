package org.masar.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.masar.security.domain.AppUser;
import org.masar.security.domain.RecoveryCode;
import org.masar.security.domain.SignInThrottle;
import org.masar.security.domain.Totp;
import org.masar.security.service.SignInService.Outcome;
import org.masar.security.service.SignInService.Result;

/**
 * One sign-in check, in a transaction of its own (so that a failure is counted even when the
 * caller's work rolls back, and so that {@link SignInService} can run a check again after a lock
 * conflict). The failures of a name are counted exactly however many requests arrive at once:
 * before a failure is counted, the name's throttle row is made to exist by an insert that leaves
 * an existing row alone, then locked (SELECT … FOR UPDATE); every request for that name queues on
 * that one row. A name without failures, the usual case, costs no write when its password is right.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInChecks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    /** Checks a password; {@code name} is already normalised. */
    public Result password(String name, String password) {
        LocalDateTime now = LocalDateTime.now(clock);
        SignInThrottle throttle = null;
        if (hasFailures(name)) {
            throttle = lockedThrottle(name);
            if (throttle.isLocked(now)) {
                passwords.spendDecoyCheck(password);
                return new Result(Outcome.LOCKED, null);
            }
        }
        // Read once, with its roles and sites: reading it again for the caller cost three more queries a request.
        Optional<AppUser> user = users.activeAccount(name);
        boolean valid;
        if (user.isPresent()) {
            valid = passwords.matches(password, user.get().getPasswordHash());
        } else {
            passwords.spendDecoyCheck(password);
            valid = false;
        }
        if (valid && user.get().hasSecondFactor()) {
            // The failures stay counted until the code is right too: a known password must not
            // buy an attacker a fresh count of code guesses.
            return new Result(Outcome.CODE_NEEDED, UserService.caller(user.get()));
        }
        if (valid) {
            if (throttle != null) {
                em.remove(throttle);
            }
            return new Result(Outcome.OK, UserService.caller(user.get()));
        }
        if (throttle == null) {
            throttle = lockedThrottle(name);
            if (throttle.isLocked(now)) {
                // Concurrent failures locked the name while this password was being checked.
                return new Result(Outcome.LOCKED, null);
            }
        }
        return new Result(throttle.recordFailure(now) ? Outcome.LOCKED : Outcome.INVALID, null);
    }

    /**
     * Checks the second step of a sign-in whose password was right: a code of the account's
     * authenticator app (each accepted once), or one of its recovery codes (then used up).
     * Wrong codes count against the same throttle as wrong passwords.
     */
    public Result code(String name, String typed) {
        LocalDateTime now = LocalDateTime.now(clock);
        SignInThrottle throttle = lockedThrottle(name);
        if (throttle.isLocked(now)) {
            return new Result(Outcome.LOCKED, null);
        }
        Optional<AppUser> user = users.byUsername(name).filter(AppUser::isActive).filter(AppUser::hasSecondFactor);
        if (user.isPresent() && accepts(user.get(), typed == null ? "" : typed.replace(" ", ""), now)) {
            em.remove(throttle);
            return new Result(Outcome.OK, UserService.caller(user.get()));
        }
        return new Result(throttle.recordFailure(now) ? Outcome.LOCKED : Outcome.INVALID, null);
    }

    private boolean accepts(AppUser user, String typed, LocalDateTime now) {
        OptionalLong step = Totp.matchingStep(user.getTotpSecret(), typed, clock.instant(), user.getTotpLastStep());
        if (step.isPresent()) {
            return user.acceptCodeOf(step.getAsLong());
        }
        if (!RecoveryCode.looksLikeOne(typed)) {
            return false;
        }
        Optional<RecoveryCode> code = em.createQuery("select r from RecoveryCode r where r.userId = :user"
                        + " and r.codeHash = :hash and r.usedAt is null", RecoveryCode.class)
                .setParameter("user", user.getId())
                .setParameter("hash", RecoveryCode.digest(typed))
                .getResultStream().findFirst();
        code.ifPresent(c -> c.use(now));
        return code.isPresent();
    }

    public boolean isLocked(String name) {
        SignInThrottle throttle = em.find(SignInThrottle.class, name);
        return throttle != null && throttle.isLocked(LocalDateTime.now(clock));
    }

    /** A plain read, no lock: whether the name has a throttle row at all. */
    private boolean hasFailures(String name) {
        return em.createQuery("select count(t) from SignInThrottle t where t.username = :name", Long.class)
                .setParameter("name", name).getSingleResult() > 0;
    }

    /**
     * The name's throttle row, locked for this transaction. The insert leaves an existing row as it
     * is; "ON DUPLICATE KEY UPDATE" (rather than INSERT IGNORE) makes MariaDB take the row's
     * exclusive lock at once, so that requests queue on it instead of all taking a shared lock and
     * then deadlocking over who upgrades it first. H2 in MySQL mode understands the same statement.
     */
    private SignInThrottle lockedThrottle(String name) {
        em.createNativeQuery("INSERT INTO sign_in_throttle (username, failures) VALUES (?, 0)"
                + " ON DUPLICATE KEY UPDATE failures = failures").setParameter(1, name).executeUpdate();
        return em.find(SignInThrottle.class, name, LockModeType.PESSIMISTIC_WRITE);
    }
}
