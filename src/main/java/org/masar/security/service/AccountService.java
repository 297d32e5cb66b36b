package org.masar.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.masar.security.domain.AppUser;
import org.masar.security.domain.PasswordPolicy;
import org.masar.security.domain.RecoveryCode;
import org.masar.security.domain.Totp;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;

/**
 * What signed-in users change about their own account: their password and their second factor.
 * Both ask for the current password first, checked (and its failures counted) like a sign-in, so
 * that a session left open on a shared tablet cannot take the account over.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    SignInService signIns;

    @Inject
    Clock clock;

    /** Whether the account has a second factor, and how many recovery codes it has left. */
    public record SecondFactorStatus(boolean on, LocalDateTime since, long recoveryCodesLeft) {
        // Faces' expression language (EL 5) reads bean properties, not record components.
        public boolean isOn() {
            return on;
        }

        public LocalDateTime getSince() {
            return since;
        }

        public long getRecoveryCodesLeft() {
            return recoveryCodesLeft;
        }
    }

    /**
     * Changes the user's password. Refusals name the field: currentPassword, newPassword,
     * repeatPassword (all that apply, at once). The stored hash changes, so a password remembered
     * for HTTP Basic ({@link Passwords#matches}) no longer opens anything.
     */
    public void changePassword(String username, String currentPassword, String newPassword, String repeatPassword) {
        Map<String, String> refusals = new LinkedHashMap<>();
        PasswordPolicy.refusal(username, newPassword).ifPresent(key -> refusals.put("newPassword", key));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            refusals.putIfAbsent("newPassword", "account.password.error.same");
        }
        if (newPassword != null && !newPassword.equals(repeatPassword)) {
            refusals.put("repeatPassword", "account.password.error.repeat");
        }
        confirm(username, currentPassword, refusals);
        if (!refusals.isEmpty()) {
            throw new InvalidInput(refusals);
        }
        account(username).changePassword(passwords.hash(username, newPassword));
    }

    public SecondFactorStatus secondFactor(String username) {
        AppUser user = account(username);
        long left = em.createQuery("select count(r) from RecoveryCode r where r.userId = :user and r.usedAt is null",
                Long.class).setParameter("user", user.getId()).getSingleResult();
        return new SecondFactorStatus(user.hasSecondFactor(), user.getTotpSince(), user.hasSecondFactor() ? left : 0);
    }

    /**
     * Turns the second factor on with {@code secret}, which the user's app shows codes for, once
     * the current password and a first code of the app are right; replaces any earlier one.
     * Answers the new recovery codes, to show once: only their digests are kept.
     */
    public List<String> turnOnSecondFactor(String username, String currentPassword, String secret, String code) {
        Map<String, String> refusals = new LinkedHashMap<>();
        OptionalLong step = Totp.matchingStep(secret, code == null ? "" : code.replace(" ", ""), clock.instant(),
                Long.MIN_VALUE);
        if (step.isEmpty()) {
            refusals.put("code", "account.secondFactor.error.code");
        }
        confirm(username, currentPassword, refusals);
        if (!refusals.isEmpty()) {
            throw new InvalidInput(refusals);
        }
        AppUser user = account(username);
        user.useSecondFactor(secret, step.getAsLong(), LocalDateTime.now(clock));
        em.createQuery("delete from RecoveryCode r where r.userId = :user").setParameter("user", user.getId())
                .executeUpdate();
        List<String> codes = RecoveryCode.generate();
        codes.forEach(c -> em.persist(new RecoveryCode(user.getId(), c)));
        return codes;
    }

    private void confirm(String username, String currentPassword, Map<String, String> refusals) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            refusals.put("currentPassword", "account.error.currentPassword");
            return;
        }
        switch (signIns.confirm(username, currentPassword)) {
            case OK -> {
            }
            case LOCKED -> refusals.put("currentPassword", "login.locked");
            case UNAVAILABLE -> refusals.put("currentPassword", "login.unavailable");
            default -> refusals.put("currentPassword", "account.error.currentPassword");
        }
    }

    private AppUser account(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username)
                .getResultStream().findFirst().orElseThrow(NotFound::new);
    }
}
