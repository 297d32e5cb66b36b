package org.masar.shared.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule tied to one or more fields: each field maps to a message key. */
public class InvalidInput extends BusinessException {

    private final Map<String, String> fieldKeys;

    public InvalidInput(Map<String, String> fieldKeys) {
        super("error.invalidInput");
        this.fieldKeys = Collections.unmodifiableMap(new LinkedHashMap<>(fieldKeys));
    }

    public static InvalidInput of(String field, String messageKey) {
        return new InvalidInput(Map.of(field, messageKey));
    }

    public Map<String, String> fieldKeys() {
        return fieldKeys;
    }
}
