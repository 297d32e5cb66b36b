package org.masar.shared.domain;

import java.util.Locale;

/** Enum constants as requests name them: in any case; blank is none, an unknown name is bad input for its field. */
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
            throw InvalidInput.of(field, "api.error.unknownValue");
        }
    }
}
