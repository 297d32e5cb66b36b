package org.masar.shared.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or a value of the wrong JSON type (a text where a number goes, an
 * object where a text goes): 400. Enum names and dates are read as text by the bodies
 * themselves, which name their field and what it accepts; here the field is named too when the
 * JSON-B provider says which it was (Yasson: "Unable to deserialize property 'consent' because
 * of: Unable to deserialize property 'date'…" gives consent.date), with a general message.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException unreadable) {
        Optional<String> field = field(unreadable);
        return ErrorResponses.of(Response.Status.BAD_REQUEST, ApiValues.locale(headers),
                field.isPresent() ? "error.invalidInput" : "error.badRequest",
                field.map(name -> Map.of(name, "api.error.unreadableValue")).orElse(Map.of()));
    }

    /** The dotted path of the property the provider could not read, when its messages name one. */
    static Optional<String> field(Throwable unreadable) {
        for (Throwable t = unreadable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() == null) {
                continue;
            }
            List<String> path = new ArrayList<>();
            Matcher property = PROPERTY.matcher(t.getMessage());
            while (property.find()) {
                path.add(property.group(1));
            }
            if (!path.isEmpty()) {
                return Optional.of(String.join(".", path));
            }
        }
        return Optional.empty();
    }
}
