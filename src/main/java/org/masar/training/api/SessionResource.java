package org.masar.training.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.api.StaleWrites;
import org.masar.shared.domain.InvalidInput;
import org.masar.training.service.AttendanceService;
import org.masar.training.service.SessionService;
import org.masar.training.service.TrainingAccess;

/**
 * A session and its attendance grid over HTTP. The grid is saved whole from the version read:
 * a stale one answers 409 with the grid as it now stands, and nothing of the request is applied.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentUser currentUser;

    /** Edits one session (of a series or not), from the version the caller saw. */
    @PUT
    @Path("{id}")
    public SessionJson update(@PathParam("id") long id, SessionJson body) {
        Caller caller = caller();
        if (body == null || body.version() == null) {
            throw InvalidInput.of("version", "api.error.version");
        }
        var form = body.toForm();
        return StaleWrites.orCurrent(() -> SessionJson.of(sessions.update(id, body.version(), form, caller)),
                () -> SessionJson.of(sessions.find(id, caller)));
    }

    @GET
    @Path("{id}/attendance")
    public GridJson grid(@PathParam("id") long id) {
        return GridJson.of(attendance.grid(id, caller()));
    }

    @PUT
    @Path("{id}/attendance")
    public GridJson save(@PathParam("id") long id, AttendanceBody body) {
        Caller caller = caller();
        if (body == null || body.version() == null) {
            throw InvalidInput.of("version", "api.error.version");
        }
        var lines = body.lines();
        return StaleWrites.orCurrent(() -> GridJson.of(attendance.save(id, body.version(), lines, caller)),
                () -> GridJson.of(attendance.grid(id, caller)));
    }

    private Caller caller() {
        return TrainingAccess.require(currentUser.require());
    }
}
