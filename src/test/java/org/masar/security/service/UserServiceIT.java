package org.masar.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.InvalidInput;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/** Accounts, roles, sites and sign-in against MariaDB. */
class UserServiceIT {

    private static Jpa jpa;
    private static UserService users;
    private static SignInService signIn;
    private static SiteService sites;

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("users"));
        sites = Wiring.sites(jpa);
        users = Wiring.users(jpa);
        signIn = Wiring.signIn(jpa);
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static UserForm form(String username, Role role, String... siteCodes) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Test " + username);
        form.setRoles(List.of(role));
        form.setSiteIds(jpa.tx(() -> sites.byCodes(List.of(siteCodes))).stream().map(Site::getId).toList());
        form.setNewPassword("a-long-password");
        return form;
    }

    @Test
    void anAccountCarriesItsRolesAndTheScopeOfItsSites() {
        UserForm sfax = form("w.sfax", Role.CASE_WORKER, "SFX");
        jpa.tx(() -> users.save(sfax, "admin"));
        Caller caller = jpa.tx(() -> users.activeCaller("w.sfax")).orElseThrow();
        assertEquals(Set.of(Role.CASE_WORKER), caller.roles());
        assertTrue(caller.scope().includes("/TN/SFX/SFX-M/"));
        assertFalse(caller.scope().includes("/TN/KEB/"));
    }

    @Test
    void userNamesAreUniqueAndANewUserNeedsAPassword() {
        UserForm first = form("w.taken", Role.TRAINER, "TUN");
        UserForm again = form("W.Taken", Role.TRAINER, "TUN");
        jpa.tx(() -> users.save(first, "admin"));
        InvalidInput taken = assertThrows(InvalidInput.class, () -> jpa.tx(() -> users.save(again, "admin")));
        assertEquals("user.error.usernameTaken", taken.fieldKeys().get("username"));
        UserForm noPassword = form("w.nopass", Role.TRAINER, "TUN");
        noPassword.setNewPassword(null);
        InvalidInput missing = assertThrows(InvalidInput.class, () -> jpa.tx(() -> users.save(noPassword, "admin")));
        assertEquals("user.error.passwordRequired", missing.fieldKeys().get("newPassword"));
        assertTrue(jpa.tx(() -> users.byUsername("w.nopass")).isEmpty());
    }

    @Test
    void aDeactivatedAccountNoLongerSignsIn() {
        UserForm leaving = form("w.leaving", Role.COACH, "KEB");
        var saved = jpa.tx(() -> users.save(leaving, "admin"));
        assertEquals(SignInService.Outcome.OK, jpa.tx(() -> signIn.signIn("w.leaving", "a-long-password")).outcome());
        UserForm edit = jpa.tx(() -> users.formFor(saved.getId()));
        edit.setActive(false);
        jpa.tx(() -> users.save(edit, "admin"));
        assertTrue(jpa.tx(() -> users.activeCaller("w.leaving")).isEmpty());
        assertEquals(SignInService.Outcome.INVALID, jpa.tx(() -> signIn.signIn("w.leaving", "a-long-password")).outcome());
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        UserForm adminForm = form("w.admin", Role.ADMIN, "TN");
        var admin = jpa.tx(() -> users.save(adminForm, "someone"));
        UserForm edit = jpa.tx(() -> users.formFor(admin.getId()));
        edit.setRoles(List.of(Role.MANAGER));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> jpa.tx(() -> users.save(edit, "w.admin")));
        assertEquals("user.error.selfLockout", refused.fieldKeys().get("roles"));
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstStays() {
        UserForm stale = form("w.stale", Role.TRAINER, "MAH");
        var saved = jpa.tx(() -> users.save(stale, "admin"));
        UserForm mine = jpa.tx(() -> users.formFor(saved.getId()));
        UserForm theirs = jpa.tx(() -> users.formFor(saved.getId()));
        theirs.setFullName("Their name");
        jpa.tx(() -> users.save(theirs, "admin"));
        mine.setFullName("My name");
        assertThrows(ConcurrentChange.class, () -> jpa.tx(() -> users.save(mine, "admin")));
        assertEquals("Their name", jpa.tx(() -> users.byUsername("w.stale")).orElseThrow().getFullName());
    }

    @Test
    void fiveWrongPasswordsLockTheNameEvenForTheRightPassword() {
        UserForm locked = form("w.locked", Role.TRAINER, "TUN");
        jpa.tx(() -> users.save(locked, "admin"));
        for (int i = 1; i <= 4; i++) {
            assertEquals(SignInService.Outcome.INVALID, jpa.tx(() -> signIn.signIn("w.locked", "wrong")).outcome());
        }
        assertEquals(SignInService.Outcome.LOCKED, jpa.tx(() -> signIn.signIn("w.locked", "wrong")).outcome());
        assertEquals(SignInService.Outcome.LOCKED, jpa.tx(() -> signIn.signIn("w.locked", "a-long-password")).outcome());
        assertTrue(jpa.tx(() -> signIn.isLocked("W.Locked")));

        // Sixteen minutes later the lock is over.
        Clock later = Clock.fixed(Instant.now().plusSeconds(16 * 60), ZoneOffset.UTC);
        Wiring.set(signIn.checks, "clock", later);
        try {
            assertEquals(SignInService.Outcome.OK, jpa.tx(() -> signIn.signIn("w.locked", "a-long-password")).outcome());
        } finally {
            Wiring.set(signIn.checks, "clock", Clock.systemUTC());
        }
    }

    @Test
    void unknownNamesLockExactlyLikeRealOnes() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(SignInService.Outcome.INVALID, jpa.tx(() -> signIn.signIn("nobody.here", "x")).outcome());
        }
        assertEquals(SignInService.Outcome.LOCKED, jpa.tx(() -> signIn.signIn("nobody.here", "x")).outcome());
    }
}
