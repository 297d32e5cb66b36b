package org.masar.shared.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;

/**
 * Domain refusals as HTTP: 400 bad input, 404 unknown (or out of scope), 409 stale, 422 other rules
 * (with the field, for a {@link FieldRefused}).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException refusal) {
        return answer(refusal, ApiValues.locale(headers));
    }

    /** The refusal as the API answers it, in {@code locale}; also for failures found to be one ({@link UnexpectedExceptionMapper}). */
    static Response answer(BusinessException refusal, java.util.Locale locale) {
        if (refusal instanceof InvalidInput invalid) {
            return ErrorResponses.of(invalid instanceof FieldRefused ? new UnprocessableEntity() : Response.Status.BAD_REQUEST,
                    locale, invalid);
        }
        Response.StatusType status;
        if (refusal instanceof NotFound) {
            status = Response.Status.NOT_FOUND;
        } else if (refusal instanceof Forbidden) {
            status = Response.Status.FORBIDDEN;
        } else if (refusal instanceof ConcurrentChange || refusal.conflict()) {
            status = Response.Status.CONFLICT;
        } else {
            status = new UnprocessableEntity();
        }
        Response response = ErrorResponses.of(status, locale, refusal.messageKey(), Map.of(), refusal.arguments());
        if (refusal.extras().isEmpty()) {
            return response;
        }
        ErrorBody body = (ErrorBody) response.getEntity();
        Map<String, Object> extended = new java.util.LinkedHashMap<>();
        extended.put("error", body.error());
        extended.put("fields", body.fields());
        extended.putAll(refusal.extras());
        return Response.status(status).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).entity(extended).build();
    }

    private static final class UnprocessableEntity implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    }
}
