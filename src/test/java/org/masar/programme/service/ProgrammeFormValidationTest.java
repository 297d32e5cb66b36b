package org.masar.programme.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bean Validation rules of the programme form, and that their messages come from Masar's bundle. */
class ProgrammeFormValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private ProgrammeForm valid() {
        ProgrammeForm p = new ProgrammeForm();
        p.setCode("TDU");
        p.setName("TRAIT D'union");
        p.setLeadPartnerId(1L);
        p.setStartDate(LocalDate.of(2020, 12, 14));
        p.setEndDate(LocalDate.of(2023, 12, 13));
        p.setBudget(new BigDecimal("1311894.00"));
        p.setCurrency("EUR");
        return p;
    }

    private Map<String, String> violations(ProgrammeForm p) {
        Set<ConstraintViolation<ProgrammeForm>> found = validator.validate(p);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a));
    }

    @Test
    void aCompleteProgrammeIsValid() {
        assertTrue(violations(valid()).isEmpty());
    }

    @Test
    void unknownDatesAndBudgetAreAllowed() {
        ProgrammeForm p = valid();
        p.setStartDate(null);
        p.setEndDate(null);
        p.setBudget(null);
        p.setDonor(" ");
        assertTrue(violations(p).isEmpty());
    }

    @Test
    void theEndCannotComeBeforeTheStart() {
        Locale.setDefault(Locale.ENGLISH);
        ProgrammeForm p = valid();
        p.setEndDate(LocalDate.of(2019, 1, 1));
        assertEquals("The end date cannot be before the start date.", violations(p).get("endNotBeforeStart"));
    }

    @Test
    void codesAndCurrenciesHaveTheirShapeAndMessagesAreTranslated() {
        Locale.setDefault(Locale.FRENCH);
        ProgrammeForm p = valid();
        p.setCurrency("EURO");
        p.setCode("tdu 2");
        p.setBudget(new BigDecimal("-1"));
        Map<String, String> found = violations(p);
        assertEquals("Utilisez un code de devise ISO à trois lettres, comme EUR ou TND.", found.get("currency"));
        assertTrue(found.containsKey("budget"));
    }
}
