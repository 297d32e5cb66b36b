package org.masar.beneficiary.api;

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
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.service.BeneficiaryFilter;
import org.masar.beneficiary.service.BeneficiaryQueries;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.api.StaleWrites;
import org.masar.shared.domain.FieldValues;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;

/** The registry over HTTP. Scope applies as in the UI: a person outside it answers 404. */
@Path("beneficiaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BeneficiaryResource {

    /**
     * {@code total} is exact unless {@code totalCapped}: then the list holds more than
     * {@code total} people. {@code next} asks for the following page as {@code after=next} (on
     * the sort index, at any depth); null at the end.
     */
    public record PageJson(int page, int size, long total, boolean totalCapped, String next, List<BeneficiaryJson> items) {
    }

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    @Inject
    BeneficiaryService registry;

    @Inject
    BeneficiaryQueries queries;

    @Inject
    CurrentUser currentUser;

    /** A page of the people in scope. Page and size are read as text, so that "abc" answers 400 on its field, not 404. */
    @GET
    public PageJson list(@QueryParam("q") String quick, @QueryParam("name") String name,
                         @QueryParam("site") String site, @QueryParam("sex") String sex,
                         @QueryParam("ageBand") String ageBand, @QueryParam("group") String group,
                         @QueryParam("consent") String consent,
                         @QueryParam("page") String pageNumber, @QueryParam("size") String pageSize,
                         @QueryParam("after") String after) {
        Caller caller = BeneficiaryAccess.requireRegistry(currentUser.require());
        FieldValues read = new FieldValues();
        Integer page = read.whole("page", pageNumber, 0, Integer.MAX_VALUE, "api.error.paging");
        Integer size = read.whole("size", pageSize, 1, MAX_SIZE, "api.error.paging");
        BeneficiaryFilter filter = new BeneficiaryFilter(quick, name, site, read.constant(Sex.class, "sex", sex),
                read.constant(AgeBand.class, "ageBand", ageBand), read.constant(BeneficiaryGroup.class, "group", group),
                read.constant(ConsentPurpose.class, "consent", consent));
        read.check();
        filter.requireSearchableName();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        PageRequest request = after == null || after.isBlank() ? PageRequest.numbered(p, s) : PageRequest.after(after, s);
        Page<Beneficiary> found = queries.page(filter, request, caller);
        registry.listed(filter.describe(), found.rows().size(), caller);
        return new PageJson(p, s, found.total(), found.totalCapped(), found.next(),
                found.rows().stream().map(BeneficiaryJson::of).toList());
    }


    @GET
    @Path("{code}")
    public BeneficiaryJson get(@PathParam("code") String code) {
        Caller caller = BeneficiaryAccess.requireRead(currentUser.require());
        return BeneficiaryJson.of(registry.open(code, caller, org.masar.beneficiary.event.ReadView.REST),
                BeneficiaryAccess.parts(caller));
    }

    @POST
    public Response register(BeneficiaryJson body, @Context UriInfo uri) {
        Caller caller = currentUser.require();
        if (body == null) {
            throw InvalidInput.of("body", "api.error.body");
        }
        String reason = body.duplicateOverride() == null ? null : body.duplicateOverride().reason();
        // The person as this request's transaction wrote them, never as another client left them since.
        Beneficiary created = registry.register(body.toForm(), caller, reason);
        BeneficiaryJson json = BeneficiaryJson.of(created);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build()).entity(json).build();
    }

    @PUT
    @Path("{code}")
    public BeneficiaryJson update(@PathParam("code") String code, BeneficiaryJson body) {
        Caller caller = currentUser.require();
        if (body == null || body.version() == null) {
            throw InvalidInput.of("version", "api.error.version");
        }
        // A stale version, or another writer met at flush or commit, answers 409 with the person as they now are.
        return StaleWrites.orCurrent(() -> BeneficiaryJson.of(registry.update(code, body.toForm(), caller)),
                () -> BeneficiaryJson.of(registry.open(code, caller, org.masar.beneficiary.event.ReadView.REST)));
    }
}
