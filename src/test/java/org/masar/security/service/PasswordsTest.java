package org.masar.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;
import org.masar.shared.domain.InvalidInput;

class PasswordsTest {

    private final Passwords passwords = Passwords.standalone(new Pbkdf2PasswordHashImpl());

    @Test
    void storesASaltedPbkdf2HashThatVerifies() {
        String first = passwords.hash("someone", "olive trees by the river");
        String second = passwords.hash("someone", "olive trees by the river");
        assertTrue(first.startsWith("PBKDF2WithHmacSHA256:100000:"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(passwords.matches("olive trees by the river", first));
        assertFalse(passwords.matches("olive trees by the river!", first));
        assertFalse(passwords.matches(null, first));
    }

    @Test
    void refusesShortAndOverlongPasswordsOnTheNamedField() {
        InvalidInput shortOne = assertThrows(InvalidInput.class, () -> passwords.hash("someone", "123456789"));
        assertEquals("user.error.passwordShort", shortOne.fieldKeys().get("newPassword"));
        InvalidInput longOne = assertThrows(InvalidInput.class, () -> passwords.hash("someone", "x".repeat(129)));
        assertEquals("user.error.passwordLong", longOne.fieldKeys().get("newPassword"));
    }

    @Test
    void aRememberedSuccessNeverOpensAnotherPasswordOrAnotherHash() {
        String stored = passwords.hash("someone", "the-first-password");
        org.junit.jupiter.api.Assertions.assertTrue(passwords.matches("the-first-password", stored));
        org.junit.jupiter.api.Assertions.assertTrue(passwords.matches("the-first-password", stored), "remembered");
        org.junit.jupiter.api.Assertions.assertFalse(passwords.matches("the-first-passwore", stored));
        String changed = passwords.hash("someone", "a-second-password");
        org.junit.jupiter.api.Assertions.assertFalse(passwords.matches("the-first-password", changed),
                "after a password change the old password is checked against the new hash, and fails");
        org.junit.jupiter.api.Assertions.assertTrue(passwords.matches("a-second-password", changed));
        org.junit.jupiter.api.Assertions.assertFalse(passwords.matches(null, stored));
    }
}
