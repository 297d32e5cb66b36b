package org.masar.training.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.shared.domain.FieldValues;
import org.masar.shared.domain.InvalidInput;

/** {@link FieldValues} with times of day (HH:MM) as well: every field that does not read named in one answer. */
final class BodyValues {

    private final FieldValues read = new FieldValues();
    private final Map<String, String> times = new LinkedHashMap<>();

    LocalDate date(String field, String value) {
        return read.date(field, value);
    }

    <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        return read.constant(type, field, value);
    }

    <E extends Enum<E>> List<E> constants(Class<E> type, String field, Collection<String> values) {
        return read.constants(type, field, values);
    }

    /** A time written HH:MM (or HH:MM:SS); null when blank or unreadable. */
    LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeParseException unreadable) {
            times.putIfAbsent(field, "training.error.time");
            return null;
        }
    }

    void check() {
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Object[]> arguments = new LinkedHashMap<>();
        try {
            read.check();
        } catch (InvalidInput bad) {
            keys.putAll(bad.fieldKeys());
            bad.fieldKeys().keySet().forEach(f -> arguments.put(f, bad.arguments(f)));
        }
        times.forEach(keys::putIfAbsent);
        if (!keys.isEmpty()) {
            throw new InvalidInput(keys, arguments);
        }
    }

    static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }
}
