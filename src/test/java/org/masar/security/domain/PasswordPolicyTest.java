package org.masar.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static Optional<String> refusal(String username, String password) {
        return PasswordPolicy.refusal(username, password);
    }

    @Test
    void theLengthRuleStays() {
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), refusal("sfax", "olive-tree"
                .substring(0, 9)));
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), refusal("sfax", null));
        assertEquals(Optional.of(PasswordPolicy.TOO_LONG), refusal("sfax", "olive trees ".repeat(11)));
    }

    @Test
    void aCharacterRepeatedIsAPatternNotAPassword() {
        assertEquals(Optional.of(PasswordPolicy.REPETITIVE), refusal("sfax", "aaaaaaaaaa"));
        assertEquals(Optional.of(PasswordPolicy.REPETITIVE), refusal("sfax", "abababab12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password12", "Password12", "qwertyuiop", "1234567890", "iloveyou12", "dragon2024!",
            "Sunshine!!!!", "football123"})
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCaseOrEnding(String password) {
        assertEquals(Optional.of(PasswordPolicy.COMMON), refusal("sfax", password), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"masar-demo", "MASAR-demo", "masar2025!!", "Masar Masar", "masarpassword12", "my-masar!!!"})
    void theProductNameIsRefusedWhenItIsMostOfThePassword(String password) {
        assertEquals(Optional.of(PasswordPolicy.PRODUCT_NAME), refusal("sfax", password), password);
    }

    @Test
    void theProductNameMayBeASmallPartOfAGoodPassphrase() {
        assertEquals(Optional.empty(), refusal("sfax", "olives of the masar garden grow slowly"));
    }

    @Test
    void theUsersOwnNameIsRefused() {
        assertEquals(Optional.of(PasswordPolicy.USER_NAME), refusal("amira.bensalah", "amira.bensalah"));
        assertEquals(Optional.of(PasswordPolicy.USER_NAME), refusal("amira.bensalah", "Amira.BenSalah!"));
        assertEquals(Optional.of(PasswordPolicy.USER_NAME), refusal("amira.bensalah", "bensalah-1987"));
        assertEquals(Optional.of(PasswordPolicy.USER_NAME), refusal("kebili", "kebili-kebili"));
        assertEquals(Optional.of(PasswordPolicy.USER_NAME), refusal("w.sfax.lead", "w.sfax.lead.2025"));
    }

    @Test
    void aGoodPassphrasePasses() {
        assertEquals(Optional.empty(), refusal("sfax", "olive trees by the river"));
        assertEquals(Optional.empty(), refusal("amira.bensalah", "Correct-Horse-Battery-Staple"));
        assertEquals(Optional.empty(), refusal("w.sfax", "a-long-password"), "the integration tests' password");
        assertEquals(Optional.empty(), refusal(null, "camel lantern paper 42"));
    }

    @Test
    void theListShipsTensOfThousandsOfPasswords() {
        assertTrue(PasswordPolicy.isCommon("123456"));
        assertTrue(PasswordPolicy.isCommon("trustno1"));
        assertTrue(PasswordPolicy.isCommon("password12"));
        // One from far down the list: the whole list is there, not only its top 10,000.
        assertTrue(PasswordPolicy.isCommon(lastEntry()));
    }

    private static String lastEntry() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/org/masar/security/common-passwords.txt")) {
            var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            assertTrue(lines.length > 40_000, "lines: " + lines.length);
            return lines[lines.length - 1].toLowerCase(java.util.Locale.ROOT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
