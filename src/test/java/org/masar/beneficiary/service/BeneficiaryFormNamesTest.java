package org.masar.beneficiary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.Sex;
import org.masar.testing.People;

/** The names of the registration form: bidirectional controls removed, control characters refused beside their field. */
class BeneficiaryFormNamesTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Locale before = Locale.getDefault();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private static BeneficiaryForm form(String first, String last, String arabic) {
        BeneficiaryForm f = People.form("Amel", "Zouari", Sex.F, LocalDate.of(1999, 3, 4), "SFX-M");
        f.setFirstName(first);
        f.setLastName(last);
        f.setArabicName(arabic);
        return f;
    }

    private Map<String, String> violations(BeneficiaryForm f) {
        Set<ConstraintViolation<BeneficiaryForm>> found = validator.validate(f);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + " | " + b));
    }

    @Test
    void bidirectionalControlsAreRemovedFromEveryName() {
        BeneficiaryForm f = form("\u202EAmel", "Zouari\u202C\u2066", "\u2067أمل الزواري\u2069");
        assertEquals("Amel", f.getFirstName());
        assertEquals("Zouari", f.getLastName());
        assertEquals("أمل الزواري", f.getArabicName());
        assertTrue(violations(f).isEmpty(), violations(f).toString());
    }

    @Test
    void controlCharactersAreRefusedBesideEachNameWithOneMessage() {
        Map<String, String> found = violations(form("Am\u0001el", "Zou\u0000ari", "أمل\u0007"));
        String message = "Remove the invisible control characters (pasted from another program, perhaps):"
                + " a name holds letters, spaces, hyphens and apostrophes.";
        assertEquals(Map.of("firstName", message, "lastName", message, "arabicName", message), found,
                "the Arabic name's script rule does not add a second message");
    }

    @Test
    void ordinaryNamesStayValid() {
        assertTrue(violations(form("Zoë", "O’Brien-Ben Salah", "عبد القادر بن علي")).isEmpty());
        assertEquals(Map.of("arabicName", "Use Arabic letters here; the Latin spelling goes in the first and last name."),
                violations(form("Amel", "Zouari", "Amel")));
    }
}
