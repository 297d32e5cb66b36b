package org.masar.shared.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A body that is not JSON, or whose values do not fit (a date of month 13, an unknown code): 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException unreadable) {
        return ErrorResponses.of(Response.Status.BAD_REQUEST, ApiValues.locale(headers), "error.badRequest", Map.of());
    }
}
