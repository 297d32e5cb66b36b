package org.masar.internship.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.internship.service.HostFilter;
import org.masar.internship.service.HostService;
import org.masar.internship.service.InternshipAccess;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.api.StaleWrites;
import org.masar.shared.domain.FieldValues;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;

/**
 * Host organisations over HTTP: listed by name, searched and filtered; recorded and described
 * by internship coordinators, managers and administrators (others 403); a likely duplicate
 * answers 409 with the candidates until a {@code duplicateReason} is given; a stale version 409
 * with the host as it is.
 */
@Path("hosts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostResource {

    public record PageJson(int page, int size, long total, List<HostJson> items) {
    }

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    @Inject
    HostService hosts;

    @Inject
    CurrentUser currentUser;

    @GET
    public PageJson list(@QueryParam("name") String name, @QueryParam("country") String country, @QueryParam("city") String city,
                         @QueryParam("sector") String sector, @QueryParam("size") String size,
                         @QueryParam("active") String active, @QueryParam("page") String pageNumber,
                         @QueryParam("pageSize") String pageSize) {
        Caller caller = caller();
        FieldValues read = new FieldValues();
        HostSector s = read.constant(HostSector.class, "sector", sector);
        HostSize z = read.constant(HostSize.class, "size", size);
        Integer page = read.whole("page", pageNumber, 0, Integer.MAX_VALUE, "api.error.paging");
        Integer rows = read.whole("pageSize", pageSize, 1, MAX_SIZE, "api.error.paging");
        read.check();
        int p = page == null ? 0 : page;
        int n = rows == null ? DEFAULT_SIZE : rows;
        Page<Host> found = hosts.page(new HostFilter(name, country, city, s, z, "true".equalsIgnoreCase(active)),
                PageRequest.numbered(p, n), caller);
        return new PageJson(p, n, found.total(), found.rows().stream().map(HostJson::of).toList());
    }

    @GET
    @Path("{id}")
    public HostJson get(@PathParam("id") long id) {
        return HostJson.of(hosts.find(id, caller()));
    }

    @POST
    public Response create(HostJson body, @Context UriInfo uri) {
        Caller caller = InternshipAccess.requireHostEdit(caller());
        Host created = hosts.create(required(body).toDetails(true), body.duplicateReason(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(HostJson.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public HostJson update(@PathParam("id") long id, HostJson body) {
        Caller caller = InternshipAccess.requireHostEdit(caller());
        if (body == null || body.version() == null) {
            throw InvalidInput.of("version", "api.error.version");
        }
        // A body without "active" keeps the host as active or inactive as it is.
        Host.Details details = body.toDetails(body.active() != null ? body.active() : hosts.find(id, caller).isActive());
        return StaleWrites.orCurrent(() -> HostJson.of(hosts.update(id, body.version(), details, body.duplicateReason(), caller)),
                () -> HostJson.of(hosts.find(id, caller)));
    }

    private Caller caller() {
        return InternshipAccess.requireHosts(currentUser.require());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInput.of("body", "api.error.body");
        }
        return body;
    }
}
