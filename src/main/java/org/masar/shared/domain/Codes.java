package org.masar.shared.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Enum constants as requests name them: in any case; blank is none, an unknown name is bad input
 * for its field, whose message lists the names it accepts.
 */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of(field, "api.error.unknownValue", accepted(type));
        }
    }

    /** The names a field of this type accepts, for messages: "F, M". */
    public static String accepted(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
