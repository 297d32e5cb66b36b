package org.masar.shared.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people type and read them, per language; REST, Excel and CSV keep ISO and do not come
 * here. French, Arabic (of Tunisia) and Italian write the day first, 31/12/1999. English keeps ISO,
 * 1999-12-31: Masar's English readers are partners and donors of several countries, for whom
 * 12/31 and 31/12 are both usual, and ISO is the one form neither misreads.
 * <p>
 * Parsing is strict ({@link ResolverStyle#STRICT}): 1999-02-31 or 2001-13-45 are no dates, never
 * "corrected" into another day. ISO is accepted in every language, so that a date copied from a
 * file or typed by habit still reads.
 */
public final class LocalDates {

    /** The day-first languages' shape, as p:datePicker and the pages write it. */
    static final String DAY_FIRST = "dd/MM/yyyy";
    static final String ISO = "yyyy-MM-dd";

    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Day and month may be typed with one digit (1/2/1999); the year always has four. */
    private static final DateTimeFormatter DAY_FIRST_STRICT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private LocalDates() {
    }

    /** The pattern (java.time letters) in which dates are shown to, and typed by, readers of {@code locale}. */
    public static String pattern(Locale locale) {
        return dayFirst(locale) ? DAY_FIRST : ISO;
    }

    /** The date typed, or empty when it is not one, in the reader's shape or in ISO. Blank is no date either. */
    public static Optional<LocalDate> parse(String typed, Locale locale) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = westernDigits(typed.strip());
        for (DateTimeFormatter format : dayFirst(locale)
                ? new DateTimeFormatter[] {DAY_FIRST_STRICT, ISO_STRICT} : new DateTimeFormatter[] {ISO_STRICT}) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisShape) {
                // the next shape, if any
            }
        }
        return Optional.empty();
    }

    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern(pattern(locale), Locale.ROOT));
    }

    /** A wall-clock moment: the reader's date, then the time in 24 hours (seconds where a record needs them). */
    public static String format(LocalDateTime moment, Locale locale, boolean seconds) {
        return moment == null ? "" : format(moment.toLocalDate(), locale) + " "
                + moment.format(DateTimeFormatter.ofPattern(seconds ? "HH:mm:ss" : "HH:mm", Locale.ROOT));
    }

    private static boolean dayFirst(Locale locale) {
        return locale != null && Texts.LANGUAGES.contains(locale.getLanguage()) && !"en".equals(locale.getLanguage());
    }

    /** Arabic-Indic and Persian digits, which an Arabic keyboard may type, read as the Western ones. */
    private static String westernDigits(String text) {
        StringBuilder western = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c != '\u200E' && c != '\u200F' && c != '\u061C') // direction marks pasted along
                .map(c -> c >= '\u0660' && c <= '\u0669' ? c - '\u0660' + '0' : c >= '\u06F0' && c <= '\u06F9' ? c - '\u06F0' + '0' : c)
                .forEach(western::appendCodePoint);
        return western.toString();
    }
}
