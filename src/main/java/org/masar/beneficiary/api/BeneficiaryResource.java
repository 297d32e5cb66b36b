package org.masar.beneficiary.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.masar.shared.domain.Codes;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;

/** The registry over HTTP. Scope applies as in the UI: a person outside it answers 404. */
@Path("beneficiaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BeneficiaryResource {

    public record PageJson(int page, int size, long total, List<BeneficiaryJson> items) {
    }

    @Inject
    BeneficiaryService registry;

    @Inject
    BeneficiaryQueries queries;

    @Inject
    CurrentUser currentUser;

    @GET
    public PageJson list(@QueryParam("q") String quick, @QueryParam("name") String name,
                         @QueryParam("site") String site, @QueryParam("sex") String sex,
                         @QueryParam("ageBand") String ageBand, @QueryParam("group") String group,
                         @QueryParam("consent") String consent,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("20") int size) {
        Caller caller = BeneficiaryAccess.requireRead(currentUser.require());
        if (page < 0 || size < 1 || size > 200) {
            throw InvalidInput.of(page < 0 ? "page" : "size", "api.error.paging");
        }
        BeneficiaryFilter filter = new BeneficiaryFilter(quick, name, site, Codes.constant(Sex.class, "sex", sex),
                Codes.constant(AgeBand.class, "ageBand", ageBand), Codes.constant(BeneficiaryGroup.class, "group", group),
                Codes.constant(ConsentPurpose.class, "consent", consent));
        Page<Beneficiary> found = queries.page(filter,
                new PageRequest(page * size, size, null, true, null), caller.scope());
        registry.listed(filter.describe(), found.rows().size(), caller);
        return new PageJson(page, size, found.total(), found.rows().stream().map(BeneficiaryJson::of).toList());
    }


    @GET
    @Path("{code}")
    public BeneficiaryJson get(@PathParam("code") String code) {
        Caller caller = BeneficiaryAccess.requireRead(currentUser.require());
        return BeneficiaryJson.of(registry.open(code, caller, org.masar.beneficiary.event.ReadView.REST));
    }

    @POST
    public Response register(BeneficiaryJson body, @Context UriInfo uri) {
        Caller caller = currentUser.require();
        if (body == null) {
            throw InvalidInput.of("body", "api.error.body");
        }
        String reason = body.duplicateOverride() == null ? null : body.duplicateOverride().reason();
        Beneficiary created = registry.register(body.toForm(), caller, reason);
        BeneficiaryJson json = BeneficiaryJson.of(registry.profile(created.getCode(), caller.scope()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build()).entity(json).build();
    }

    @PUT
    @Path("{code}")
    public BeneficiaryJson update(@PathParam("code") String code, BeneficiaryJson body) {
        Caller caller = currentUser.require();
        if (body == null || body.version() == null) {
            throw InvalidInput.of("version", "api.error.version");
        }
        registry.update(code, body.toForm(), caller);
        return BeneficiaryJson.of(registry.profile(code, caller.scope()));
    }
}
