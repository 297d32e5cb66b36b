package org.masar.shared.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else is logged here and answered as a plain 500, without a stack trace. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        LOG.log(Level.SEVERE, "Unexpected failure in the REST API", failure);
        return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, ApiValues.locale(headers),
                "error.unexpected", Map.of());
    }
}
