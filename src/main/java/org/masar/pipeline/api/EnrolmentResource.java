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
import java.util.Set;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.EvidenceSources;
import org.masar.pipeline.service.MoveCommand;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.api.ApiValues;
import org.masar.shared.api.StaleWrites;
import org.masar.shared.domain.FieldValues;
import org.masar.shared.domain.InvalidInput;

/**
 * Enrolments over HTTP. A move answers 201 with the enrolment as it now stands, 409 when the
 * version quoted is stale, 422 with the reason when the definition or state refuses it, 404
 * for an enrolment outside the caller's sites; a criterion bound to evidence that the records do not
 * meet answers 422 with their reason on the field {@code evidence}. Enrolling outside the programme's period answers
 * 422 with the field concerned, unless a manager gives a reason.
 */
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    /**
     * What enrols a person; the start date travels as text (YYYY-MM-DD) and is refused on its field
     * when it does not read. {@code overrideReason}: a manager's reason to enrol outside the
     * programme's period, ignored when the programme runs.
     */
    public record EnrolBody(String beneficiaryCode, Long pipelineId, String cohort, String caseWorker, String startDate,
                            String overrideReason) {

        EnrolForm toForm() {
            FieldValues read = new FieldValues();
            LocalDate start = read.date("startDate", startDate);
            read.check();
            return new EnrolForm(beneficiaryCode, pipelineId, cohort, caseWorker, start, overrideReason);
        }
    }

    /** A move; action and reason code are read in any case, each refused on its own field when unknown. */
    public record MoveBody(String action, Long toStage, String reasonCode, String note, Integer version,
                           Set<Long> criteria, String override) {

        MoveCommand toCommand() {
            FieldValues read = new FieldValues();
            MoveCommand.Action verb = read.constant(MoveCommand.Action.class, "action", action);
            DropReason reason = read.constant(DropReason.class, "reasonCode", reasonCode);
            read.check();
            return new MoveCommand(verb, toStage, reason, note, version, criteria, override);
        }
    }

    @Inject
    EnrolmentService enrolments;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @Inject
    java.time.Clock clock;

    @Inject
    EvidenceSources evidence;

    @POST
    public Response enrol(EnrolBody body, @Context UriInfo uri) {
        Caller caller = CaseWorkAccess.require(currentUser.require());
        if (body == null) {
            throw InvalidInput.of("body", "api.error.body");
        }
        // The answer is the enrolment as this request's transaction wrote it, not as it may stand by now.
        var created = enrolments.enrolAndRead(body.toForm(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.enrolment().getId())).build())
                .entity(json(created)).build();
    }

    @GET
    @Path("{id}")
    public EnrolmentJson get(@PathParam("id") long id) {
        Caller caller = CaseWorkAccess.require(currentUser.require());
        return json(enrolments.open(id, caller, org.masar.beneficiary.event.ReadView.REST));
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
        var command = body.toCommand();
        // A stale version, or any other writer met on the way, answers 409 with the enrolment as it now stands.
        EnrolmentService.Moved moved = StaleWrites.orCurrent(() -> enrolments.moveAndRead(id, command, caller),
                () -> json(enrolments.open(id, caller, org.masar.beneficiary.event.ReadView.REST)));
        // The enrolment as this move left it: another client's move made since is not shown as this one's.
        return Response.created(uri.getBaseUriBuilder().path("enrolments").path(String.valueOf(id))
                        .fragment("move-" + moved.line().getId()).build())
                .entity(json(moved.enrolment())).build();
    }

    private EnrolmentJson json(EnrolmentService.WithHistory current) {
        Enrolment e = current.enrolment();
        return EnrolmentJson.of(e, current.history(), evidence.of(e, e.nextStages()), ApiValues.locale(headers),
                e.getBeneficiary().getSite().today(clock));
    }

}
