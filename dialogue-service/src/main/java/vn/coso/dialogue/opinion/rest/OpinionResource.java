package vn.coso.dialogue.opinion.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.dialogue.opinion.DueState;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.OpinionStatus;
import vn.coso.dialogue.opinion.Topic;
import vn.coso.dialogue.opinion.service.OpinionIntake;
import vn.coso.dialogue.opinion.service.OpinionQueries;
import vn.coso.dialogue.opinion.service.OpinionRequests;
import vn.coso.dialogue.opinion.service.OpinionService;
import vn.coso.dialogue.opinion.service.OpinionTaskService;
import vn.coso.dialogue.opinion.service.OpinionView;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

/**
 * Opinions and their handling. State changes are POSTs to sub-resources and carry {@code If-Match} with the version
 * the caller saw, so that two people never answer the same opinion over each other.
 */
@Path("/api/dialogue/opinions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opinions", description = "What citizens said, and what became of it")
public class OpinionResource {

    private final OpinionService opinions;
    private final OpinionIntake intake;
    private final OpinionQueries queries;
    private final OpinionTaskService tasks;
    private final JsonWebToken token;

    public OpinionResource(OpinionService opinions, OpinionIntake intake, OpinionQueries queries,
            OpinionTaskService tasks, JsonWebToken token) {
        this.opinions = opinions;
        this.tasks = tasks;
        this.intake = intake;
        this.queries = queries;
        this.token = token;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"dialogue-officer", "leader"})
    @Operation(summary = "Record an opinion (at a session or from another channel)")
    public RestResponse<OpinionView> record(@NotNull @Valid OpinionRequests.Record request,
            @Parameter(description = "Makes the create safe to retry") @HeaderParam("Idempotency-Key") String key) {
        return Responses.created("/api/dialogue/opinions", intake.record(request));
    }

    @GET
    @RolesAllowed({"dialogue-officer", "leader", "handler", "supervisor"})
    @Operation(summary = "Opinions of the caller's subtree (a handler: those assigned to its unit), newest first", description = "overdue=true lists those past their due date, dueState those in one state (both as the "
            + "statistics count them); topic, type and a period of the day received narrow it further. The read is "
            + "audited with the ids shown. X-Total-Count gives the total.")
    public RestResponse<List<OpinionView>> list(@QueryParam("unit") UUID unit,
            @QueryParam("status") OpinionStatus status,
            @QueryParam("overdue") @DefaultValue("false") Boolean overdue,
            @QueryParam("dueState") DueState dueState,
            @QueryParam("topic") Topic topic,
            @Parameter(description = "The legal type: petition, complaint or denunciation") @QueryParam("type") LegalType type,
            @Parameter(description = "Received on or after this day") @QueryParam("from") java.time.LocalDate from,
            @Parameter(description = "Received on or before this day") @QueryParam("to") java.time.LocalDate to,
            @BeanParam @Valid PageParams page) {
        return queries.list(new OpinionQueries.ListFilter(unit, status, overdue, dueState, topic, type, from, to),
                page.offset(), page.size).toResponse();
    }

    @GET
    @Path("/mine")
    @RolesAllowed("citizen")
    @Operation(summary = "The opinions the signed-in citizen submitted, with their state and published replies")
    public RestResponse<List<OpinionView.Tracked>> mine(@BeanParam @Valid PageParams page) {
        return queries.mine(token.getSubject(), page.offset(), page.size).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"dialogue-officer", "leader", "handler", "supervisor"})
    @Operation(summary = "An opinion with its history")
    public RestResponse<OpinionView> get(@PathParam("id") UUID id) {
        return Responses.ok(queries.read(id).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({"leader", "dialogue-officer"})
    @Operation(summary = "Answered on the spot by the one who presided")
    public RestResponse<OpinionView> answer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OpinionRequests.OnTheSpot request) {
        return Responses.ok(opinions.answerOnTheSpot(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed({"leader", "dialogue-officer"})
    @Operation(summary = "Accept (thụ lý) a complaint or denunciation: its resolution clock starts from that day")
    public RestResponse<OpinionView> accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OpinionRequests.Acceptance request) {
        return Responses.ok(opinions.accept(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed({"leader", "dialogue-officer"})
    @Operation(summary = "Assign to a handler unit; the due date comes from the legal type's clock")
    public RestResponse<OpinionView> assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OpinionRequests.Assignment request) {
        return Responses.ok(opinions.assign(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/task")
    @RolesAllowed({"leader", "dialogue-officer"})
    @Operation(summary = "Turn the assigned opinion into a task of its handler unit in planning-service (If-Match)", description = "The request is kept and delivered to planning-service at once, or later if it cannot be "
            + "reached (task.state REQUESTED, lastFailure says why); asking again changes nothing. The "
            + "task carries the topic, type and dates, never the text or the person, and follows a new due "
            + "date. Its completion does not close the opinion: the reply does.")
    public RestResponse<OpinionView> task(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid OpinionRequests.TaskRequest request) {
        return Responses.ok(tasks.request(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/progress")
    @RolesAllowed({"handler", "dialogue-officer"})
    @Operation(summary = "A progress note by the handler")
    public RestResponse<OpinionView> progress(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid OpinionRequests.Progress request) {
        return Responses.ok(opinions.progress(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed({"handler", "leader"})
    @Operation(summary = "Extend the deadline, with the reason (counted, within the legal maximum)")
    public RestResponse<OpinionView> extend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OpinionRequests.Extension request) {
        return Responses.ok(opinions.extend(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed("handler")
    @Operation(summary = "The handler's written reply")
    public RestResponse<OpinionView> reply(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OpinionRequests.Reply request) {
        return Responses.ok(opinions.reply(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/reply-sent")
    @RolesAllowed({"handler", "dialogue-officer"})
    @Operation(summary = "The reply was sent to the person: the opinion is closed")
    public RestResponse<OpinionView> replySent(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid OpinionRequests.ReplySent request) {
        return Responses.ok(opinions.replySent(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/classification")
    @RolesAllowed({"leader", "dialogue-officer"})
    @Operation(summary = "Re-classify (a petition that is really a complaint): the right clock restarts")
    public RestResponse<OpinionView> reclassify(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OpinionRequests.Reclassification request) {
        return Responses.ok(opinions.reclassify(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/assessment")
    @RolesAllowed("supervisor")
    @Operation(summary = "The Fatherland Front's assessment of the reply; may ask for a new answer")
    public RestResponse<OpinionView> assess(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid OpinionRequests.Supervision request) {
        return Responses.ok(opinions.assess(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }
}
