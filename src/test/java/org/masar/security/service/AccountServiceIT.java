package org.masar.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Base32;
import org.masar.security.domain.PasswordPolicy;
import org.masar.security.domain.Role;
import org.masar.security.domain.SignInThrottle;
import org.masar.security.domain.Totp;
import org.masar.security.service.SignInService.Outcome;
import org.masar.shared.domain.InvalidInput;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/** A user's own password and second factor, and signing in with it, against MariaDB. */
class AccountServiceIT {

    private static Jpa jpa;
    private static UserService users;
    private static SignInService signIn;
    private static AccountService accounts;

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("accounts"));
        users = Wiring.users(jpa);
        signIn = Wiring.signIn(jpa);
        accounts = Wiring.accounts(jpa, signIn);
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static void account(String username, Role role) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Test " + username);
        form.setRoles(List.of(role));
        form.setNewPassword("a-long-password");
        jpa.tx(() -> users.save(form, "admin"));
    }

    private static String codeNow(String secret, int stepsFromNow) {
        return Totp.code(Base32.decode(secret), Totp.step(Instant.now(Wiring.CLOCK)) + stepsFromNow, Totp.DIGITS);
    }

    @Test
    void aUserChangesTheirPasswordAndTheOldOneNoLongerOpensAnything() {
        account("w.changer", Role.TRAINER);
        // Signed in once: the success is remembered, as for an API client sending Basic on every request.
        assertEquals(Outcome.OK, signIn.signIn("w.changer", "a-long-password").outcome());
        jpa.run(() -> accounts.changePassword("w.changer", "a-long-password", "olive trees by the river",
                "olive trees by the river"));
        assertEquals(Outcome.INVALID, signIn.signIn("w.changer", "a-long-password").outcome(),
                "the remembered old password opens nothing once the password changed");
        assertEquals(Outcome.OK, signIn.signIn("w.changer", "olive trees by the river").outcome());
    }

    @Test
    void everyRefusalOfAPasswordChangeIsNamedOnItsField() {
        account("w.refused", Role.TRAINER);
        InvalidInput all = assertThrows(InvalidInput.class, () -> jpa.run(() ->
                accounts.changePassword("w.refused", "not-my-password", "password12", "password13")));
        assertEquals(Map.of("newPassword", PasswordPolicy.COMMON, "repeatPassword", "account.password.error.repeat",
                "currentPassword", "account.error.currentPassword"), all.fieldKeys());
        InvalidInput named = assertThrows(InvalidInput.class, () -> jpa.run(() ->
                accounts.changePassword("w.refused", "a-long-password", "w.refused-2025", "w.refused-2025")));
        assertEquals(Map.of("newPassword", PasswordPolicy.USER_NAME), named.fieldKeys());
        InvalidInput same = assertThrows(InvalidInput.class, () -> jpa.run(() ->
                accounts.changePassword("w.refused", "a-long-password", "a-long-password", "a-long-password")));
        assertEquals(Map.of("newPassword", "account.password.error.same"), same.fieldKeys());
        assertEquals(Outcome.OK, signIn.signIn("w.refused", "a-long-password").outcome(), "nothing changed");
    }

    @Test
    void wrongCurrentPasswordsCountLikeWrongSignIns() {
        account("w.guesser", Role.TRAINER);
        for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
            assertThrows(InvalidInput.class, () -> jpa.run(() ->
                    accounts.changePassword("w.guesser", "guess", "olive trees by the river", "olive trees by the river")));
        }
        InvalidInput locked = assertThrows(InvalidInput.class, () -> jpa.run(() ->
                accounts.changePassword("w.guesser", "guess", "olive trees by the river", "olive trees by the river")));
        assertEquals("login.locked", locked.fieldKeys().get("currentPassword"));
        assertEquals(Outcome.LOCKED, signIn.signIn("w.guesser", "a-long-password").outcome());
    }

    @Test
    void aSecondFactorIsTurnedOnWithAFirstCodeAndThenAskedAtEverySignIn() {
        account("w.admin2fa", Role.ADMIN);
        String secret = Totp.newSecret();
        InvalidInput wrongCode = assertThrows(InvalidInput.class, () -> jpa.tx(() ->
                accounts.turnOnSecondFactor("w.admin2fa", "a-long-password", secret, "000000".equals(codeNow(secret, 0))
                        ? "111111" : "000000")));
        assertEquals("account.secondFactor.error.code", wrongCode.fieldKeys().get("code"));
        assertEquals(Outcome.OK, signIn.signIn("w.admin2fa", "a-long-password").outcome(), "still password only");

        String first = codeNow(secret, 0);
        List<String> recovery = jpa.tx(() -> accounts.turnOnSecondFactor("w.admin2fa", "a-long-password", secret, first));
        assertEquals(10, recovery.size());
        AccountService.SecondFactorStatus status = jpa.tx(() -> accounts.secondFactor("w.admin2fa"));
        assertTrue(status.on());
        assertEquals(10, status.recoveryCodesLeft());

        SignInService.Result password = signIn.signIn("w.admin2fa", "a-long-password");
        assertEquals(Outcome.CODE_NEEDED, password.outcome(), "the password alone no longer signs in");
        assertEquals(Outcome.INVALID, signIn.secondFactor("w.admin2fa", first).outcome(),
                "the code that confirmed the set-up is used up");
        String next = codeNow(secret, 1);
        assertEquals(Outcome.OK, signIn.secondFactor("w.admin2fa", next).outcome());
        assertEquals(Outcome.INVALID, signIn.secondFactor("w.admin2fa", next).outcome(), "a code works once");

        assertEquals(Outcome.OK, signIn.secondFactor("w.admin2fa", recovery.get(3).toUpperCase()).outcome());
        assertEquals(Outcome.INVALID, signIn.secondFactor("w.admin2fa", recovery.get(3)).outcome(),
                "a recovery code is used up");
        assertEquals(9, jpa.tx(() -> accounts.secondFactor("w.admin2fa")).recoveryCodesLeft());
    }

    @Test
    void wrongCodesLockTheNameAndAKnownPasswordDoesNotBuyMoreGuesses() {
        account("w.codeguess", Role.MANAGER);
        String secret = Totp.newSecret();
        jpa.tx(() -> accounts.turnOnSecondFactor("w.codeguess", "a-long-password", secret, codeNow(secret, 0)));
        String wrong = "000000".equals(codeNow(secret, 0)) || "000000".equals(codeNow(secret, 1))
                || "000000".equals(codeNow(secret, -1)) ? "999999" : "000000";
        for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
            assertEquals(Outcome.CODE_NEEDED, signIn.signIn("w.codeguess", "a-long-password").outcome());
            assertEquals(Outcome.INVALID, signIn.secondFactor("w.codeguess", wrong).outcome());
        }
        assertEquals(Outcome.LOCKED, signIn.secondFactor("w.codeguess", wrong).outcome());
        assertEquals(Outcome.LOCKED, signIn.signIn("w.codeguess", "a-long-password").outcome());
    }

    @Test
    void anAdministratorRemovesALostSecondFactor() {
        account("w.lostphone", Role.MANAGER);
        String secret = Totp.newSecret();
        jpa.tx(() -> accounts.turnOnSecondFactor("w.lostphone", "a-long-password", secret, codeNow(secret, 0)));
        long id = jpa.tx(() -> users.byUsername("w.lostphone")).orElseThrow().getId();
        UserForm edit = jpa.tx(() -> users.formFor(id));
        assertTrue(edit.isSecondFactor());
        edit.setRemoveSecondFactor(true);
        jpa.tx(() -> users.save(edit, "admin"));
        assertEquals(Outcome.OK, signIn.signIn("w.lostphone", "a-long-password").outcome());
        assertEquals(0, jpa.tx(() -> accounts.secondFactor("w.lostphone")).recoveryCodesLeft());
    }

    @Test
    void demoAccountsAloneKeepTheDemoPasswordAndOnlyInDemoMode() {
        UserForm demo = new UserForm();
        demo.setUsername("w.demo");
        demo.setFullName("Demo");
        demo.setRoles(List.of(Role.CASE_WORKER));
        demo.setNewPassword("masar-demo");
        InvalidInput policy = assertThrows(InvalidInput.class, () -> jpa.tx(() -> users.save(demo, "admin")));
        assertEquals(PasswordPolicy.PRODUCT_NAME, policy.fieldKeys().get("newPassword"));
        assertThrows(IllegalStateException.class, () -> jpa.tx(() -> users.saveDemoAccount(demo)));
        UserService demoMode = Wiring.set(Wiring.users(jpa), "demo", true);
        jpa.tx(() -> demoMode.saveDemoAccount(demo));
        assertEquals(Outcome.OK, signIn.signIn("w.demo", "masar-demo").outcome());
    }

    @Test
    void theClockOfTheChecksDecidesWhichCodeIsCurrent() {
        account("w.clock", Role.ADMIN);
        String secret = Totp.newSecret();
        jpa.tx(() -> accounts.turnOnSecondFactor("w.clock", "a-long-password", secret, codeNow(secret, 0)));
        Clock later = Clock.fixed(Instant.now(Wiring.CLOCK).plusSeconds(600), java.time.ZoneOffset.UTC);
        Wiring.set(signIn.checks, "clock", later);
        try {
            String codeThen = Totp.code(Base32.decode(secret), Totp.step(later.instant()), Totp.DIGITS);
            assertEquals(Outcome.OK, signIn.secondFactor("w.clock", codeThen).outcome());
        } finally {
            Wiring.set(signIn.checks, "clock", Wiring.CLOCK);
        }
    }
}
