package org.masar.pipeline.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.api.ApiValues;

/** Pipeline definitions of the programmes that reach the caller's sites. */
@Path("pipelines")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    @Inject
    PipelineService pipelines;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    public List<PipelineJson> list(@QueryParam("programme") String programme) {
        Caller caller = CaseWorkAccess.require(currentUser.require());
        Locale locale = ApiValues.locale(headers);
        return pipelines.visibleTo(caller.scope(), programme).stream().map(p -> PipelineJson.of(p, locale)).toList();
    }

    @GET
    @Path("{id}")
    public PipelineJson get(@PathParam("id") long id) {
        Caller caller = CaseWorkAccess.require(currentUser.require());
        return PipelineJson.of(pipelines.get(id, caller.scope()), ApiValues.locale(headers));
    }

}
