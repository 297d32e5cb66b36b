package org.masar.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.security.domain.SignInThrottle;
import org.masar.security.service.SignInService.Outcome;
import org.masar.site.domain.Site;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * Many wrong passwords for one name at the same moment, against MariaDB: each is counted exactly
 * once, the name locks after {@link SignInThrottle#MAX_FAILURES}, no request answers an error, and
 * the right password is refused afterwards. Each thread has its own service and connection, as
 * concurrent requests have in the server.
 */
class SignInConcurrencyIT {

    private static Jpa jpa;
    private static UserService users;

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("signin"));
        users = Wiring.users(jpa);
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static void account(String username) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Test " + username);
        form.setRoles(List.of(Role.CASE_WORKER));
        form.setSiteIds(jpa.tx(() -> Wiring.sites(jpa).byCodes(List.of("SFX"))).stream().map(Site::getId).toList());
        form.setNewPassword("a-long-password");
        jpa.tx(() -> users.save(form, "admin"));
    }

    /** {@code threads} wrong passwords for {@code name} at once; the outcomes counted, any exception thrown here. */
    private static Map<Outcome, Integer> wrongAtOnce(String name, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            SignInService own = Wiring.signIn(jpa);
            String password = "wrong-password-" + t;
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return own.signIn(name, password).outcome();
            }));
        }
        ready.await();
        go.countDown();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Future<Outcome> future : futures) {
            // get() rethrows whatever a thread met: none may.
            counts.merge(future.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
        pool.shutdown();
        return counts;
    }

    private static SignInThrottle throttle(String name) {
        return jpa.tx(() -> jpa.em().find(SignInThrottle.class, name));
    }

    @Test
    void fifteenWrongPasswordsAtOnceForAFreshNameLockItAfterExactlyFive() throws Exception {
        account("w.race");
        Map<Outcome, Integer> outcomes = wrongAtOnce("w.race", 15);
        assertEquals(Map.of(Outcome.INVALID, SignInThrottle.MAX_FAILURES - 1, Outcome.LOCKED,
                15 - (SignInThrottle.MAX_FAILURES - 1)), outcomes, "four refusals, then the fifth locks and the rest find it locked");
        SignInThrottle throttle = throttle("w.race");
        assertNotNull(throttle.getLockedUntil());
        assertTrue(throttle.getLockedUntil().isAfter(LocalDateTime.now(Wiring.CLOCK).plusMinutes(14)));
        assertEquals(0, throttle.getFailures(), "the count starts again after the lock");
        assertEquals(Outcome.LOCKED, Wiring.signIn(jpa).signIn("w.race", "a-long-password").outcome(),
                "the right password is refused while the name is locked");
    }

    @Test
    void tenWrongPasswordsAtOnceForAnUnknownNameLockIt() throws Exception {
        Map<Outcome, Integer> outcomes = wrongAtOnce("nobody.at.all", 10);
        assertEquals(Map.of(Outcome.INVALID, SignInThrottle.MAX_FAILURES - 1, Outcome.LOCKED,
                10 - (SignInThrottle.MAX_FAILURES - 1)), outcomes);
        assertTrue(Wiring.signIn(jpa).isLocked("Nobody.At.All"));
    }

    @Test
    void aNameThatAlreadyHasFailuresCountsOnFromThemExactly() throws Exception {
        account("w.counted");
        SignInService signIn = Wiring.signIn(jpa);
        assertEquals(Outcome.INVALID, signIn.signIn("w.counted", "wrong-once").outcome());
        assertEquals(Outcome.INVALID, signIn.signIn("w.counted", "wrong-twice").outcome());
        Map<Outcome, Integer> outcomes = wrongAtOnce("w.counted", 12);
        assertEquals(Map.of(Outcome.INVALID, SignInThrottle.MAX_FAILURES - 3, Outcome.LOCKED,
                12 - (SignInThrottle.MAX_FAILURES - 3)), outcomes);
    }

    @Test
    void theRightPasswordAtOnceFromManyRequestsSignsEveryOneIn() throws Exception {
        account("w.busy");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            SignInService own = Wiring.signIn(jpa);
            futures.add(pool.submit(() -> own.signIn("w.busy", "a-long-password").outcome()));
        }
        for (Future<Outcome> future : futures) {
            assertEquals(Outcome.OK, future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(null, throttle("w.busy"), "a right password writes nothing for a name without failures");
    }
}
