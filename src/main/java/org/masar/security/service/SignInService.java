package org.masar.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.masar.security.domain.AppUser;

/**
 * Checks a user name and password, and for an account with a second factor then its code,
 * counting failures per typed name. Answers only with an {@link Outcome}: a wrong password, an
 * unknown name and a deactivated account all look the same, and no exception ever leaves a
 * sign-in: a check that meets a lock conflict or a lost connection is run again, and after
 * {@link #ATTEMPTS} tries answers {@link Outcome#UNAVAILABLE}.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());
    static final int ATTEMPTS = 3;

    /**
     * OK: signed in. CODE_NEEDED: the password is right, and the account's second factor must follow.
     * INVALID: wrong (or unknown name). LOCKED: too many failures. UNAVAILABLE: the check could not run.
     */
    public enum Outcome { OK, CODE_NEEDED, INVALID, LOCKED, UNAVAILABLE }

    public record Result(Outcome outcome, Caller caller) {
    }

    @Inject
    SignInChecks checks;

    public Result signIn(String typedName, String password) {
        String name = normalise(typedName);
        if (name.isEmpty() || name.length() > AppUser.USERNAME_MAX) {
            return new Result(Outcome.INVALID, null);
        }
        return retried(() -> checks.password(name, password));
    }

    /** The second step of a sign-in whose password was right for {@code username}. */
    public Result secondFactor(String username, String code) {
        String name = normalise(username);
        if (name.isEmpty() || name.length() > AppUser.USERNAME_MAX) {
            return new Result(Outcome.INVALID, null);
        }
        return retried(() -> checks.code(name, code));
    }

    /** Whether {@code password} is the signed-in user's own, asked again before a change; counts like a sign-in. */
    public Outcome confirm(String username, String password) {
        Outcome outcome = signIn(username, password).outcome();
        return outcome == Outcome.CODE_NEEDED ? Outcome.OK : outcome;
    }

    public boolean isLocked(String typedName) {
        try {
            return checks.isLocked(normalise(typedName));
        } catch (RuntimeException unavailable) {
            return false;
        }
    }

    private static Result retried(Supplier<Result> check) {
        for (int attempt = 1; ; attempt++) {
            try {
                return check.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS) {
                    LOG.log(Level.WARNING, "A sign-in check failed " + ATTEMPTS + " times; answering UNAVAILABLE", failure);
                    return new Result(Outcome.UNAVAILABLE, null);
                }
                LOG.log(Level.FINE, "A sign-in check failed; trying again", failure);
            }
        }
    }

    static String normalise(String typedName) {
        return typedName == null ? "" : typedName.trim().toLowerCase(Locale.ROOT);
    }
}
