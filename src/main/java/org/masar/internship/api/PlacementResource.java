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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.masar.beneficiary.event.ReadView;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.LanguageLevel;
import org.masar.internship.domain.Matching;
import org.masar.internship.domain.Outcome;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.internship.domain.Scan;
import org.masar.internship.domain.ScanType;
import org.masar.internship.service.PlacementAccess;
import org.masar.internship.service.PlacementFilter;
import org.masar.internship.service.PlacementLine;
import org.masar.internship.service.PlacementQueries;
import org.masar.internship.service.PlacementService;
import org.masar.pipeline.domain.StageTransition;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.api.ApiValues;
import org.masar.shared.api.StaleWrites;
import org.masar.shared.domain.FieldValues;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;

/**
 * Internship placements over HTTP, for internship coordinators, managers and administrators whose
 * scope reaches either side; case workers read their people's. A placement the caller does not see,
 * by scope or by role, answers 404 as an unknown one; a list or a change the role does not make, 403. Every change quotes the {@code version} read: a
 * stale one answers 409 with the placement as it is. Dates travel as text (YYYY-MM-DD) and codes in
 * any case, each refused on its own field when it does not read.
 */
@Path("placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlacementResource {

    public record PageJson(int page, int size, long total, List<PlacementJson.LineJson> items) {
    }

    /** A candidate (an INTERNSHIP enrolment) matched with a host: the plan, and the site that receives the intern. */
    public record MatchBody(Long enrolment, Long host, String tutorName, String plannedStart, String plannedEnd,
                            String city, Long receivingSite) {
    }

    /** The plan again: host, tutor, dates, city, receiving site. */
    public record PlanBody(Long host, String tutorName, String plannedStart, String plannedEnd, String city,
                           Long receivingSite, Integer version) {
    }

    /** The learning agreement before the internship, and who signed it when. */
    public record BeforeBody(String programme, String learningOutcomes, String monitoringPlan, String evaluationPlan,
                             String languageLevel, String signedByIntern, String signedByHost, String signedBySending,
                             Integer version) {
    }

    /** A change agreed during the internship. */
    public record ChangeBody(String changedOn, String description, String agreedBy, Integer version) {
    }

    /** The learning agreement after the internship. */
    public record AfterBody(String hostEvaluation, String certificate, Integer version) {
    }

    /** A document marked MISSING, RECEIVED or VERIFIED, with what it says (a visa's, a policy's). */
    public record DocumentBody(String state, String number, String type, String validFrom, String validTo,
                               Integer version) {
    }

    /** The end: the outcome, why (for an interruption), the date. */
    public record EndBody(String outcome, String outcomeReason, String endedOn, Integer version) {
    }

    /** The intern's journey moved on to the stage of code {@code toStage}, on the documents of the placement's {@code version}. */
    public record MoveBody(String toStage, Integer version) {
    }

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    @Inject
    PlacementService placements;

    @Inject
    PlacementQueries queries;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    public PageJson list(@QueryParam("name") String name, @QueryParam("status") String status,
                         @QueryParam("host") String host, @QueryParam("missing") String missing,
                         @QueryParam("attention") String attention, @QueryParam("page") String pageNumber,
                         @QueryParam("pageSize") String pageSize) {
        Caller caller = caller();
        FieldValues read = new FieldValues();
        PlacementFilter.Status s = read.constant(PlacementFilter.Status.class, "status", status);
        Integer hostId = read.whole("host", host, 1, Integer.MAX_VALUE, "internship.error.host");
        DocumentKind kind = read.constant(DocumentKind.class, "missing", missing);
        Integer page = read.whole("page", pageNumber, 0, Integer.MAX_VALUE, "api.error.paging");
        Integer rows = read.whole("pageSize", pageSize, 1, MAX_SIZE, "api.error.paging");
        read.check();
        int p = page == null ? 0 : page;
        int n = rows == null ? DEFAULT_SIZE : rows;
        Page<PlacementLine> found = queries.page(new PlacementFilter(name, s, hostId == null ? null : hostId.longValue(), kind,
                "true".equalsIgnoreCase(attention)), PageRequest.numbered(p, n), caller);
        Locale locale = locale();
        return new PageJson(p, n, found.total(), found.rows().stream().map(l -> PlacementJson.line(l, locale)).toList());
    }

    @GET
    @Path("{id}")
    public PlacementJson get(@PathParam("id") long id) {
        // Whoever does not see it, by role or by scope, finds nothing there: 404, as for one that does not exist.
        return PlacementJson.of(placements.open(id, currentUser.require(), ReadView.REST), locale());
    }

    @GET
    @Path("suggestions")
    public List<PlacementJson.SuggestionJson> suggestions(@QueryParam("enrolment") String enrolment,
                                                         @QueryParam("sector") String sector, @QueryParam("city") String city,
                                                         @QueryParam("languages") String languages) {
        Caller caller = editor();
        FieldValues read = new FieldValues();
        Integer enrolmentId = read.whole("enrolment", enrolment, 1, Integer.MAX_VALUE, "api.error.enrolment");
        HostSector s = read.constant(HostSector.class, "sector", sector);
        read.check();
        if (enrolmentId == null) {
            throw InvalidInput.of("enrolment", "api.error.enrolment");
        }
        Set<String> spoken = languages == null ? Set.of() : Arrays.stream(languages.split(","))
                .map(String::trim).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
        return placements.suggestions(enrolmentId, new Matching.Wish(s, city, spoken), caller).stream()
                .map(PlacementJson::suggestion).toList();
    }

    @POST
    public Response match(MatchBody body, @Context UriInfo uri) {
        Caller caller = editor();
        required(body);
        FieldValues read = new FieldValues();
        Placement.Plan plan = new Placement.Plan(body.tutorName(), read.date("plannedStart", body.plannedStart()),
                read.date("plannedEnd", body.plannedEnd()), body.city());
        read.check();
        if (body.enrolment() == null) {
            throw InvalidInput.of("enrolment", "api.error.enrolment");
        }
        if (body.host() == null) {
            throw InvalidInput.of("host", "internship.error.host");
        }
        Placement created = placements.match(body.enrolment(), body.host(), plan, body.receivingSite(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(PlacementJson.of(created, locale())).build();
    }

    @PUT
    @Path("{id}/plan")
    public PlacementJson replan(@PathParam("id") long id, PlanBody body) {
        Caller caller = editor();
        int version = version(required(body).version());
        FieldValues read = new FieldValues();
        Placement.Plan plan = new Placement.Plan(body.tutorName(), read.date("plannedStart", body.plannedStart()),
                read.date("plannedEnd", body.plannedEnd()), body.city());
        read.check();
        if (body.host() == null) {
            throw InvalidInput.of("host", "internship.error.host");
        }
        return write(id, caller, () -> placements.replan(id, version, body.host(), plan, body.receivingSite(), caller));
    }

    @PUT
    @Path("{id}/agreement/before")
    public PlacementJson agreeBefore(@PathParam("id") long id, BeforeBody body) {
        Caller caller = editor();
        int version = version(required(body).version());
        FieldValues read = new FieldValues();
        Placement.Before before = new Placement.Before(body.programme(), body.learningOutcomes(), body.monitoringPlan(),
                body.evaluationPlan(), read.constant(LanguageLevel.class, "languageLevel", body.languageLevel()),
                read.date("signedByIntern", body.signedByIntern()), read.date("signedByHost", body.signedByHost()),
                read.date("signedBySending", body.signedBySending()));
        read.check();
        return write(id, caller, () -> placements.agreeBefore(id, version, before, caller));
    }

    @POST
    @Path("{id}/agreement/changes")
    public Response addChange(@PathParam("id") long id, ChangeBody body, @Context UriInfo uri) {
        Caller caller = editor();
        int version = version(required(body).version());
        FieldValues read = new FieldValues();
        LocalDate on = read.date("changedOn", body.changedOn());
        read.check();
        PlacementJson changed = write(id, caller, () -> placements.addChange(id, version, on, body.description(),
                body.agreedBy(), caller));
        return Response.created(uri.getBaseUriBuilder().path("placements").path(String.valueOf(id))
                .fragment("change-" + changed.agreementChanges().size()).build()).entity(changed).build();
    }

    @PUT
    @Path("{id}/agreement/after")
    public PlacementJson agreeAfter(@PathParam("id") long id, AfterBody body) {
        Caller caller = editor();
        int version = version(required(body).version());
        Placement.After after = new Placement.After(body.hostEvaluation(), body.certificate());
        return write(id, caller, () -> placements.agreeAfter(id, version, after, caller));
    }

    @PUT
    @Path("{id}/documents/{kind}")
    public PlacementJson mark(@PathParam("id") long id, @PathParam("kind") String kind, DocumentBody body) {
        Caller caller = editor();
        int version = version(required(body).version());
        FieldValues read = new FieldValues();
        DocumentKind k = read.constant(DocumentKind.class, "kind", kind);
        DocumentState state = read.constant(DocumentState.class, "state", body.state());
        PlacementDocument.Details details = new PlacementDocument.Details(body.number(), body.type(),
                read.date("validFrom", body.validFrom()), read.date("validTo", body.validTo()));
        read.check();
        return write(id, caller, () -> placements.mark(id, version, k, state, details, caller));
    }

    /**
     * A document's scan, the body as it is (PDF, JPEG or PNG, read by its content, at most 10 MB), from the
     * version read (a query parameter: the body is the file); the scan it replaces is deleted.
     */
    @PUT
    @Path("{id}/documents/{kind}/scan")
    @Consumes(MediaType.WILDCARD)
    public PlacementJson upload(@PathParam("id") long id, @PathParam("kind") String kind,
                                @QueryParam("version") String version, @QueryParam("name") String name, InputStream body) {
        Caller caller = editor();
        FieldValues read = new FieldValues();
        DocumentKind k = read.constant(DocumentKind.class, "kind", kind);
        Integer v = read.whole("version", version, 0, Integer.MAX_VALUE, "api.error.version");
        read.check();
        int given = version(v);
        byte[] content = upTo(body, ScanType.MAX_BYTES + 1);
        return write(id, caller, () -> placements.upload(id, given, k, content, name, caller));
    }

    /**
     * The scan itself, for whoever sees the placement (404 otherwise, as for none), read as the one
     * download endpoint reads it: through the placement, told to the audit trail as a read of the intern.
     */
    @GET
    @Path("{id}/documents/{kind}/scan")
    @Produces(MediaType.WILDCARD)
    public Response scan(@PathParam("id") long id, @PathParam("kind") String kind) {
        Caller caller = currentUser.require();
        FieldValues read = new FieldValues();
        DocumentKind k = read.constant(DocumentKind.class, "kind", kind);
        read.check();
        Scan scan = placements.scan(id, k, caller);
        String ascii = scan.getFileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(scan.getContent(), scan.getContentType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"").build();
    }

    /** At most {@code limit} bytes of the body: enough to tell one too large without reading it all. */
    private static byte[] upTo(InputStream body, int limit) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("{id}/end")
    public PlacementJson end(@PathParam("id") long id, EndBody body) {
        Caller caller = editor();
        int version = version(required(body).version());
        FieldValues read = new FieldValues();
        Outcome outcome = read.constant(Outcome.class, "outcome", body.outcome());
        LocalDate on = read.date("endedOn", body.endedOn());
        read.check();
        return write(id, caller, () -> placements.end(id, version, outcome, body.outcomeReason(), on, caller));
    }

    @POST
    @Path("{id}/moves")
    public Response move(@PathParam("id") long id, MoveBody body, @Context UriInfo uri) {
        Caller caller = editor();
        int version = version(required(body).version());
        if (body.toStage() == null || body.toStage().isBlank()) {
            throw InvalidInput.of("toStage", "enrolment.error.toStage");
        }
        StageTransition line = StaleWrites.orCurrent(() -> placements.advance(id, version, body.toStage().trim(), caller),
                () -> current(id, caller));
        // The placement read again: the move changed its journey, not the placement itself.
        PlacementJson moved = current(id, caller);
        return Response.created(uri.getBaseUriBuilder().path("enrolments").path(String.valueOf(moved.enrolmentId()))
                .fragment("move-" + line.getId()).build()).entity(moved).build();
    }

    /** A change; when another writer came first (a stale version among them), 409 with the placement as it is. */
    private PlacementJson write(long id, Caller caller, Supplier<Placement> change) {
        Locale locale = locale();
        return StaleWrites.orCurrent(() -> PlacementJson.of(change.get(), locale), () -> current(id, caller));
    }

    private PlacementJson current(long id, Caller caller) {
        return PlacementJson.of(placements.find(id, caller), locale());
    }

    private Locale locale() {
        return ApiValues.locale(headers);
    }

    /** Who lists placements: coordinators, managers, administrators and case workers; the other roles have none. */
    private Caller caller() {
        Caller caller = currentUser.require();
        if (!PlacementAccess.seesPlacements(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    /** Who works them, refused by role before the body is read. */
    private Caller editor() {
        Caller caller = currentUser.require();
        if (!PlacementAccess.editsPlacements(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    private static int version(Integer version) {
        if (version == null) {
            throw InvalidInput.of("version", "api.error.version");
        }
        return version;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInput.of("body", "api.error.body");
        }
        return body;
    }
}
