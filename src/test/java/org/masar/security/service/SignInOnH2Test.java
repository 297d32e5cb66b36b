package org.masar.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.security.domain.Role;
import org.masar.security.domain.SignInThrottle;
import org.masar.security.service.SignInService.Outcome;
import org.masar.shared.db.Migrations;
import org.masar.testing.Jpa;
import org.masar.testing.Wiring;

/**
 * The throttle's insert-then-lock statements on the embedded H2 (MySQL mode), the zero-install
 * database: the same SQL as on MariaDB, which {@code SignInConcurrencyIT} checks under load.
 */
class SignInOnH2Test {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void start() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:signin-h2;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Migrations.migrate(h2);
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", h2);
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.logging.level", "WARNING");
        factory = Persistence.createEntityManagerFactory("masar", properties);
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void failuresAreCountedAndLockTheNameOnH2Too() {
        EntityManager em = factory.createEntityManager();
        UserService users = Wiring.set(new UserService(), "em", em, "clock", Wiring.CLOCK, "passwords", Wiring.passwords());
        UserForm form = new UserForm();
        form.setUsername("h2.user");
        form.setFullName("H2 User");
        form.setRoles(List.of(Role.TRAINER));
        form.setNewPassword("a-long-password");
        Jpa.tx(em, () -> users.save(form, "admin"));
        SignInChecks checks = Wiring.set(new SignInChecks(), "em", em, "clock", Wiring.CLOCK,
                "passwords", Wiring.passwords(), "users", users);
        assertEquals(Outcome.OK, Jpa.tx(em, () -> checks.password("h2.user", "a-long-password")).outcome());
        for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
            assertEquals(Outcome.INVALID, Jpa.tx(em, () -> checks.password("h2.user", "wrong")).outcome());
        }
        assertEquals(Outcome.LOCKED, Jpa.tx(em, () -> checks.password("h2.user", "wrong")).outcome());
        assertEquals(Outcome.LOCKED, Jpa.tx(em, () -> checks.password("h2.user", "a-long-password")).outcome());
        em.close();
    }
}
