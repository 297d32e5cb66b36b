package org.masar.shared.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masar.shared.i18n.Texts;

/** Builds JSON error responses in the caller's language (Accept-Language). */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Texts.supported(accepted.isEmpty() ? null : accepted.get(0));
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
