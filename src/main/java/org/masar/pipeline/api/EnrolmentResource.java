package org.masar.pipeline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.MoveCommand;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.api.ApiValues;
import org.masar.shared.domain.Codes;
import org.masar.shared.domain.InvalidInput;

/**
 * Enrolments over HTTP. A move answers 201 with the enrolment as it now stands, 409 when the
 * version quoted is stale, 422 with the reason when the definition or state refuses it, 404
 * for an enrolment outside the caller's sites.
 */
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    public record EnrolBody(String beneficiaryCode, Long pipelineId, String cohort, String caseWorker, LocalDate startDate) {
    }

    public record MoveBody(String action, Long toStage, String reasonCode, String note, Integer version,
                           Set<Long> criteria, String override) {
    }

    @Inject
    EnrolmentService enrolments;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @Inject
    java.time.Clock clock;

    @POST
    public Response enrol(EnrolBody body, @Context UriInfo uri) {
        Caller caller = CaseWorkAccess.require(currentUser.require());
        if (body == null) {
            throw InvalidInput.of("body", "api.error.body");
        }
        Enrolment created = enrolments.enrol(new EnrolForm(body.beneficiaryCode(), body.pipelineId(), body.cohort(),
                body.caseWorker(), body.startDate()), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(json(created.getId(), caller)).build();
    }

    @GET
    @Path("{id}")
    public EnrolmentJson get(@PathParam("id") long id) {
        Caller caller = CaseWorkAccess.require(currentUser.require());
        return json(enrolments.open(id, caller, org.masar.beneficiary.event.ReadView.REST), caller);
    }

    @POST
    @Path("{id}/moves")
    public Response move(@PathParam("id") long id, MoveBody body, @Context UriInfo uri) {
        Caller caller = CaseWorkAccess.require(currentUser.require());
        if (body == null) {
            throw InvalidInput.of("body", "api.error.body");
        }
        if (body.version() == null) {
            throw InvalidInput.of("version", "api.error.version");
        }
        var command = new MoveCommand(Codes.constant(MoveCommand.Action.class, "action", body.action()),
                body.toStage(), Codes.constant(DropReason.class, "reasonCode", body.reasonCode()), body.note(), body.version(),
                body.criteria(), body.override());
        org.masar.pipeline.domain.StageTransition line;
        try {
            line = enrolments.move(id, command, caller);
        } catch (ConcurrentChange stale) {
            throw new Stale(json(id, caller));
        }
        return Response.created(uri.getBaseUriBuilder().path("enrolments").path(String.valueOf(id))
                        .fragment("move-" + line.getId()).build())
                .entity(json(id, caller)).build();
    }

    /** A stale version: 409, with the enrolment as it now stands so the client can show it and retry. */
    static final class Stale extends ConcurrentChange {
        private final transient EnrolmentJson current;

        Stale(EnrolmentJson current) {
            super("enrolment.error.changed");
            this.current = current;
        }

        @Override
        public java.util.Map<String, Object> extras() {
            return java.util.Map.of("current", current);
        }
    }

    private EnrolmentJson json(long id, Caller caller) {
        return json(enrolments.withHistory(id, caller.scope()), caller);
    }

    private EnrolmentJson json(EnrolmentService.WithHistory current, Caller caller) {
        Locale locale = ApiValues.locale(headers);
        return EnrolmentJson.of(current.enrolment(), current.history(), locale,
                current.enrolment().getBeneficiary().getSite().today(clock));
    }


}
