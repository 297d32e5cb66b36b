package org.masar.training.api;

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
import java.util.List;
import java.util.Map;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.api.ApiValues;
import org.masar.shared.api.StaleWrites;
import org.masar.shared.domain.FieldValues;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.i18n.Texts;
import org.masar.training.domain.Course;
import org.masar.training.service.CourseService;
import org.masar.training.service.ParticipantService;
import org.masar.training.service.SessionService;
import org.masar.training.service.TrainingAccess;

/**
 * Courses, their sessions and participants over HTTP. A course out of the caller's reach answers
 * 404; a change of one the caller only reads (a case worker's) 403; a stale version 409 with the
 * course as it is; a person who cannot join 422 with the reason (a list of refusals when several
 * were asked for).
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {

    public record PageJson(int page, int size, long total, List<CourseJson> items) {
    }

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    @Inject
    CourseService courses;

    @Inject
    SessionService sessions;

    @Inject
    ParticipantService participants;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    /** The courses the caller sees, by start date; {@code programme} narrows to one programme's (its code). */
    @GET
    public PageJson list(@QueryParam("programme") String programme, @QueryParam("page") String pageNumber,
                         @QueryParam("size") String pageSize) {
        Caller caller = caller();
        FieldValues read = new FieldValues();
        Integer page = read.whole("page", pageNumber, 0, Integer.MAX_VALUE, "api.error.paging");
        Integer size = read.whole("size", pageSize, 1, MAX_SIZE, "api.error.paging");
        read.check();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        PageRequest numbered = PageRequest.numbered(p, s);
        PageRequest request = new PageRequest(numbered.first(), numbered.size(), "startDate", true,
                programme == null || programme.isBlank() ? Map.of() : Map.of("programme.code", programme.trim()),
                numbered.part());
        Page<Course> found = courses.page(request, caller);
        return new PageJson(p, s, found.total(), found.rows().stream().map(CourseJson::of).toList());
    }

    @GET
    @Path("{id}")
    public CourseJson get(@PathParam("id") long id) {
        return CourseJson.of(courses.find(id, caller()));
    }

    @POST
    public Response create(CourseJson body, @Context UriInfo uri) {
        Caller caller = caller();
        Course created = courses.create(required(body).toForm(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(CourseJson.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public CourseJson update(@PathParam("id") long id, CourseJson body) {
        Caller caller = caller();
        if (body == null || body.version() == null) {
            throw InvalidInput.of("version", "api.error.version");
        }
        var form = body.toForm();
        return StaleWrites.orCurrent(() -> CourseJson.of(courses.update(id, body.version(), form, caller)),
                () -> CourseJson.of(courses.find(id, caller)));
    }

    @GET
    @Path("{id}/sessions")
    public List<SessionJson> sessions(@PathParam("id") long id) {
        return sessions.of(id, caller()).stream().map(SessionJson::of).toList();
    }

    @POST
    @Path("{id}/sessions")
    public Response addSession(@PathParam("id") long id, SessionJson body, @Context UriInfo uri) {
        Caller caller = caller();
        var created = sessions.create(id, required(body).toForm(), caller);
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(String.valueOf(created.getId())).build())
                .entity(SessionJson.of(created)).build();
    }

    /** Plans a weekly series at once: 201 with every session made. */
    @POST
    @Path("{id}/sessions/series")
    public Response addSeries(@PathParam("id") long id, SeriesBody body, @Context UriInfo uri) {
        Caller caller = caller();
        var made = sessions.series(id, required(body).toPlan(), body.trainer(), caller);
        return Response.created(uri.getBaseUriBuilder().path("courses").path(String.valueOf(id)).path("sessions").build())
                .entity(made.stream().map(SessionJson::of).toList()).build();
    }

    @GET
    @Path("{id}/participants")
    public List<ParticipantJson> participants(@PathParam("id") long id) {
        return participants.list(id, caller()).stream().map(ParticipantJson::of).toList();
    }

    /** Adds people: 200 with those added and those refused; one enrolment named alone and refused answers 422. */
    @POST
    @Path("{id}/participants")
    public AddParticipantsJson.Added addParticipants(@PathParam("id") long id, AddParticipantsJson body) {
        Caller caller = caller();
        var result = participants.add(id, required(body).enrolmentIds(), body.cohort(), caller);
        var locale = ApiValues.locale(headers);
        return new AddParticipantsJson.Added(
                result.added().stream().map(p -> new AddParticipantsJson.AddedJson(p.getId(), p.getEnrolment().getId(),
                        p.getEnrolment().getBeneficiary().getCode())).toList(),
                result.refused().stream().map(r -> new AddParticipantsJson.RefusalJson(r.enrolmentId(), r.code(),
                        r.reason().name(), Texts.get(locale, r.messageKey()))).toList());
    }

    /** A course's scores in one body, each line from the participant's version the caller saw. */
    public record ScoresBody(List<ParticipantService.ScoreLine> scores) {
    }

    /**
     * Saves assessment scores (0 to 100, null clears one): 200 with the participants as they now
     * stand; 400 on {@code score-ID} per bad score, 409 with the participants when one was saved by
     * someone else first, 422 when the course has no assessment.
     */
    @PUT
    @Path("{id}/scores")
    public List<ParticipantJson> scores(@PathParam("id") long id, ScoresBody body) {
        Caller caller = caller();
        var lines = required(body).scores();
        return StaleWrites.orCurrent(() -> participants.scores(id, lines, caller).stream().map(ParticipantJson::of).toList(),
                () -> participants(id));
    }

    private Caller caller() {
        return TrainingAccess.require(currentUser.require());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInput.of("body", "api.error.body");
        }
        return body;
    }
}
