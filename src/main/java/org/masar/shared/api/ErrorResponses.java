package org.masar.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.i18n.Texts;

/** Builds JSON error responses in the caller's language ({@link ApiValues#locale}). */
final class ErrorResponses {

    private ErrorResponses() {
    }

    /**
     * {@code status} (400, or 422 for a rule refusing a field) with one message per field of the
     * refusal, each with its own arguments.
     */
    static Response of(Response.StatusType status, Locale locale, InvalidInput invalid) {
        Map<String, String> fields = new LinkedHashMap<>();
        invalid.fieldKeys().forEach((field, fieldKey) -> fields.put(field, Texts.get(locale, fieldKey, invalid.arguments(field))));
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(Texts.get(locale, invalid.messageKey()), fields))
                .build();
    }

    static Response of(Response.StatusType status, Locale locale, String key, Map<String, String> fieldKeys,
                       Object... arguments) {
        Map<String, String> fields = new LinkedHashMap<>();
        fieldKeys.forEach((field, fieldKey) -> fields.put(field, Texts.get(locale, fieldKey)));
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(Texts.get(locale, key, arguments), fields))
                .build();
    }
}
