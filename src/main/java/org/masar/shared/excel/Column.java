package org.masar.shared.excel;

import java.time.Clock;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * One column of a sheet: the field it holds (its header is the bundle's text for the table's
 * prefix and this key, in the reader's language), what kind of cells it has, how wide it is, and
 * how a row gives its value.
 */
public record Column<T>(String key, Kind kind, int width, BiFunction<T, Context, Object> value) {

    /** How the cells of a column are written (and, for imports, read). */
    public enum Kind {
        TEXT, NUMBER, DATE, DATE_TIME, BOOLEAN
    }

    /** What a value may depend on beyond its row: the reader's language, and today's date through the clock. */
    public record Context(Locale locale, Clock clock) {
    }
}
