package org.masar.shared.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.masar.shared.db.Contention;

/**
 * Anything else. A failure that another writer of the same record caused — a stale version found
 * at flush or commit, a deadlock, a lock wait timeout, however the container wrapped it
 * ({@link Contention}) — is the 409 of a {@link org.masar.shared.domain.ConcurrentChange}, on every
 * endpoint. The rest is logged here and answered as a plain 500, without a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        var stale = Contention.refusal(failure);
        if (stale.isPresent()) {
            LOG.log(Level.FINE, "A write met another writer of the same record", failure);
            return BusinessExceptionMapper.answer(stale.get(), ApiValues.locale(headers));
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the REST API", failure);
        return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, ApiValues.locale(headers),
                "error.unexpected", Map.of());
    }
}
