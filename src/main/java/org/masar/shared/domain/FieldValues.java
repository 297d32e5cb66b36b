package org.masar.shared.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values a request body sends as text — enum names in any case, ISO dates — field by
 * field, keeping a message for each field that does not read, so that one answer names every
 * field to correct and what it accepts ({@link #check}). A value that does not read counts as
 * none, and is never seen by a rule of the domain.
 */
public final class FieldValues {

    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Map<String, Object[]> arguments = new LinkedHashMap<>();

    /** The constant named, in any case; null when blank or unknown (then the field has its message). */
    public <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        try {
            return Codes.constant(type, field, value);
        } catch (InvalidInput unknown) {
            keep(unknown, field);
            return null;
        }
    }

    /** The constants named, each in any case; null for no list, the known ones when some are unknown. */
    public <E extends Enum<E>> List<E> constants(Class<E> type, String field, Collection<String> values) {
        if (values == null) {
            return null;
        }
        List<E> read = new ArrayList<>();
        for (String value : values) {
            E constant = constant(type, field, value);
            if (constant != null) {
                read.add(constant);
            }
        }
        return read;
    }

    /** A date written YYYY-MM-DD (a real day: not 1990-02-30); null when blank or unreadable. */
    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException unreadable) {
            keys.putIfAbsent(field, "api.error.date");
            return null;
        }
    }

    /**
     * A whole number from {@code min} to {@code max}; null when blank. Anything else — letters, a
     * fraction, a number beyond the range, however long — gives the field {@code messageKey}.
     */
    public Integer whole(String field, String value, int min, int max, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.trim();
        if (digits.matches("[+-]?\\d{1,10}")) {
            long n = Long.parseLong(digits);
            if (n >= min && n <= max) {
                return (int) n;
            }
        }
        keys.putIfAbsent(field, messageKey);
        return null;
    }

    /** Refuses the request, naming every field that did not read, if any did not. */
    public void check() {
        if (!keys.isEmpty()) {
            throw new InvalidInput(keys, arguments);
        }
    }

    private void keep(InvalidInput refusal, String field) {
        if (!keys.containsKey(field)) {
            keys.put(field, refusal.fieldKeys().get(field));
            arguments.put(field, refusal.arguments(field));
        }
    }
}
