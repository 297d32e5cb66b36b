package org.masar.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.masar.shared.i18n.Texts;

/** What a date field does with what was typed: a date, nothing, or a refusal in the reader's language. */
class DateConverterTest {

    private static Locale locale(String language) {
        return Texts.supported(Locale.forLanguageTag(language));
    }

    @ParameterizedTest
    @CsvSource({"en, 1999-12-31", "fr, 31/12/1999", "fr, 1999-12-31", "ar, 31/12/1999", "ar, 1999-12-31",
            "it, 31/12/1999", "it, 1999-12-31"})
    void bothShapesReadAsTheSameDay(String language, String typed) {
        assertEquals(LocalDate.of(1999, 12, 31), DateConverter.read(typed, locale(language)));
    }

    @ParameterizedTest
    @CsvSource({
            "en, 1999-02-31, yyyy-mm-dd", "en, 2001-13-45, yyyy-mm-dd", "en, 31/02/1999, yyyy-mm-dd",
            "fr, 1999-02-31, jj/mm/aaaa", "fr, 2001-13-45, jj/mm/aaaa", "fr, 31/02/1999, jj/mm/aaaa",
            "ar, 1999-02-31, يوم/شهر/سنة", "ar, 2001-13-45, يوم/شهر/سنة", "ar, 31/02/1999, يوم/شهر/سنة",
            "it, 1999-02-31, gg/mm/aaaa", "it, 2001-13-45, gg/mm/aaaa", "it, 31/02/1999, gg/mm/aaaa"})
    void anImpossibleDateIsRefusedWithTheShapeToTypeInTheReadersLanguage(String language, String typed, String shape) {
        ConverterException refused = assertThrows(ConverterException.class, () -> DateConverter.read(typed, locale(language)));
        FacesMessage message = refused.getFacesMessage();
        assertEquals(FacesMessage.SEVERITY_ERROR, message.getSeverity());
        assertEquals(Texts.get(locale(language), DateConverter.INVALID), message.getSummary());
        assertTrue(message.getSummary().contains(shape), message.getSummary());
        assertTrue(message.getSummary().contains("1999-12-31"), "ISO is offered too: " + message.getSummary());
        if (!"en".equals(language)) {
            assertTrue(message.getSummary().contains("31/12/1999"), message.getSummary());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankIsNoDateForTheRequiredCheckToJudge(String typed) {
        assertNull(DateConverter.read(typed, Locale.ITALIAN));
        assertNull(DateConverter.read(null, Locale.ITALIAN));
    }
}
