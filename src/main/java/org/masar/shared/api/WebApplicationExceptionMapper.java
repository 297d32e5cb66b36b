package org.masar.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Unknown paths, wrong methods, unreadable bodies: JSON with the HTTP status, never an HTML page. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String key = switch (status) {
            case 401 -> "error.authenticationRequired";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 415, 400 -> "error.badRequest";
            default -> "error.unexpected";
        };
        return ErrorResponses.of(Response.Status.fromStatusCode(status) == null
                ? Response.Status.INTERNAL_SERVER_ERROR : Response.Status.fromStatusCode(status),
                ApiValues.locale(headers), key, Map.of());
    }
}
