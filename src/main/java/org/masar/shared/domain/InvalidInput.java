package org.masar.shared.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule tied to one or more fields: each field maps to a message key, and
 * optionally to the arguments of its message (the values a field accepts, say).
 */
public class InvalidInput extends BusinessException {

    private static final Object[] NONE = {};

    private final Map<String, String> fieldKeys;
    private final transient Map<String, Object[]> fieldArguments;

    public InvalidInput(Map<String, String> fieldKeys) {
        this(fieldKeys, Map.of());
    }

    public InvalidInput(Map<String, String> fieldKeys, Map<String, Object[]> fieldArguments) {
        super("error.invalidInput");
        this.fieldKeys = Collections.unmodifiableMap(new LinkedHashMap<>(fieldKeys));
        this.fieldArguments = Map.copyOf(fieldArguments);
    }

    public static InvalidInput of(String field, String messageKey, Object... arguments) {
        return new InvalidInput(Map.of(field, messageKey), arguments.length == 0 ? Map.of() : Map.of(field, arguments));
    }

    public Map<String, String> fieldKeys() {
        return fieldKeys;
    }

    /** The arguments of a field's message; none for most. */
    public Object[] arguments(String field) {
        return fieldArguments.getOrDefault(field, NONE).clone();
    }
}
