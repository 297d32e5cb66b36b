package org.masar.programme.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.masar.programme.service.ProgrammeService;
import org.masar.programme.service.ProgrammeView;
import org.masar.security.service.CurrentUser;

/** Programmes that concern the caller's sites. */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<ProgrammeView> list() {
        return programmes.visibleTo(currentUser.scope());
    }
}
