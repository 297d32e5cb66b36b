package org.masar.shared.domain;

import java.util.Map;

/**
 * Input that reads well but a rule of the domain refuses, tied to the field it concerns: shown
 * next to that field on a page like any {@link InvalidInput}, but answered 422 in REST, as a
 * broken rule, not 400 as a malformed request.
 */
public class FieldRefused extends InvalidInput {

    public FieldRefused(String field, String messageKey, Object... arguments) {
        super(Map.of(field, messageKey), arguments.length == 0 ? Map.of() : Map.of(field, arguments));
    }
}
