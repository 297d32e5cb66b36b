package org.masar.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as typed and read on pages: strict, the reader's shape or ISO, nothing "corrected". */
class LocalDatesTest {

    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(1999, 12, 31);
    /** The locales the pages run in (Texts.supported): Arabic is that of Tunisia. */
    private static final Locale[] DAY_FIRST = {Locale.FRENCH, Locale.forLanguageTag("ar-TN"), Locale.ITALIAN};

    private static Locale locale(String tag) {
        return Texts.supported(Locale.forLanguageTag(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "it"})
    void isoReadsInEveryLanguage(String language) {
        assertEquals(Optional.of(NEW_YEARS_EVE), LocalDates.parse("1999-12-31", locale(language)));
        assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), LocalDates.parse(" 2000-02-29 ", locale(language)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "it"})
    void theDayFirstShapeReadsInFrenchArabicAndItalian(String language) {
        assertEquals(Optional.of(NEW_YEARS_EVE), LocalDates.parse("31/12/1999", locale(language)));
        assertEquals(Optional.of(LocalDate.of(1999, 2, 1)), LocalDates.parse("1/2/1999", locale(language)), "one-digit day and month");
        assertEquals(Optional.of(LocalDate.of(1999, 2, 1)), LocalDates.parse("01/02/1999", locale(language)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "it"})
    void arabicIndicDigitsAndDirectionMarksReadAsTyped(String language) {
        assertEquals(Optional.of(NEW_YEARS_EVE), LocalDates.parse("٣١/١٢/١٩٩٩", locale(language)));
        assertEquals(Optional.of(NEW_YEARS_EVE), LocalDates.parse("\u200F31/12/1999\u200E", locale(language)));
    }

    @ParameterizedTest
    @CsvSource({
            "en, 1999-02-31", "en, 2001-13-45", "en, 2001-02-29", "en, 1999-00-10", "en, 99-12-31",
            "en, 31/12/1999", // English is ISO only: 12/31 and 31/12 are both usual there
            "fr, 31/02/1999", "fr, 1999-02-31", "fr, 2001-13-45", "fr, 45/13/2001", "fr, 31/12/99", "fr, 31.12.1999",
            "ar, 31/02/1999", "ar, 1999-02-31", "ar, 2001-13-45", "ar, 29/02/2001",
            "it, 31/02/1999", "it, 1999-02-31", "it, 2001-13-45", "it, 31/04/2024",
            "fr, 12/31/1999", "it, 1999/12/31", "fr, hier", "it, 31/12/1999x"})
    void impossibleOrMisshapenDatesAreNoDates(String language, String typed) {
        assertEquals(Optional.empty(), LocalDates.parse(typed, locale(language)), typed + " in " + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNoDate(String typed) {
        assertEquals(Optional.empty(), LocalDates.parse(typed, Locale.FRENCH));
        assertEquals(Optional.empty(), LocalDates.parse(null, Locale.FRENCH));
    }

    @ParameterizedTest
    @CsvSource({"en, 1999-12-31", "fr, 31/12/1999", "ar, 31/12/1999", "it, 31/12/1999", "de, 1999-12-31"})
    void pagesShowDatesTheReadersWay(String language, String shown) {
        Locale reader = Locale.forLanguageTag(language);
        assertEquals(shown, LocalDates.format(NEW_YEARS_EVE, reader));
        assertEquals(shown, LocalDates.format(NEW_YEARS_EVE, Texts.supported(reader)));
        assertEquals(Optional.of(NEW_YEARS_EVE), LocalDates.parse(shown, Texts.supported(reader)), "what is shown reads back");
    }

    @ParameterizedTest
    @CsvSource({"en, yyyy-MM-dd", "fr, dd/MM/yyyy", "ar, dd/MM/yyyy", "it, dd/MM/yyyy"})
    void theDatePickerPatternIsTheShapeShown(String language, String pattern) {
        assertEquals(pattern, LocalDates.pattern(locale(language)));
    }

    @ParameterizedTest
    @CsvSource({"en, 2026-03-04 09:05, 2026-03-04 09:05:07", "fr, 04/03/2026 09:05, 04/03/2026 09:05:07",
            "ar, 04/03/2026 09:05, 04/03/2026 09:05:07", "it, 04/03/2026 09:05, 04/03/2026 09:05:07"})
    void momentsShowTheReadersDateAnd24HourTime(String language, String minutes, String seconds) {
        LocalDateTime moment = LocalDateTime.of(2026, 3, 4, 9, 5, 7);
        assertEquals(minutes, LocalDates.format(moment, locale(language), false));
        assertEquals(seconds, LocalDates.format(moment, locale(language), true));
        assertEquals("", LocalDates.format((LocalDateTime) null, locale(language), true));
    }

    @ParameterizedTest
    @CsvSource({"en, Due 1999-12-31", "fr, Échéance 31/12/1999", "it, Scadenza 31/12/1999"})
    void aDateInASentenceReadsTheReadersWay(String language, String sentence) {
        assertEquals(sentence, Texts.get(locale(language), "followUp.dueOn", NEW_YEARS_EVE));
    }

    @org.junit.jupiter.api.Test
    void westernDigitsStayInArabicSentences() {
        String said = Texts.get(locale("ar"), "followUp.dueOn", NEW_YEARS_EVE);
        assertTrue(said.endsWith("31/12/1999"), said);
        for (Locale reader : DAY_FIRST) {
            assertEquals("31/12/1999", LocalDates.format(NEW_YEARS_EVE, reader));
        }
    }
}
