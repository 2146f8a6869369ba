package vn.coso.dialogue.session.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.dialogue.session.SessionStatus;
import vn.coso.dialogue.session.service.SessionRecord;
import vn.coso.dialogue.session.service.SessionRequest;
import vn.coso.dialogue.session.service.SessionService;
import vn.coso.dialogue.session.service.SessionView;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

@Path("/api/dialogue/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Dialogue sessions in villages (lắng nghe dân nói)")
public class SessionResource {

    private final SessionService sessions;

    public SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"dialogue-officer", "leader"})
    @Operation(summary = "Plan a session in a village of the commune")
    public RestResponse<SessionView> plan(@NotNull @Valid SessionRequest request,
            @HeaderParam("Idempotency-Key") String key) {
        SessionView planned = sessions.plan(request);
        return Responses.created("/api/dialogue/sessions", planned);
    }

    @GET
    @RolesAllowed({"dialogue-officer", "leader", "supervisor", "handler", "organizer", "admin"})
    @Operation(summary = "Sessions of the caller's subtree, latest first", description = "Narrowed to a commune or "
            + "another unit of the subtree, to sessions held (or planned) from one day to another, and to a status. "
            + "X-Total-Count gives the total.")
    public RestResponse<List<SessionView>> list(
            @Parameter(description = "A unit of the caller's subtree, such as one commune") @QueryParam("unit") UUID unit,
            @Parameter(description = "Held or planned on or after this day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Held or planned on or before this day") @QueryParam("to") LocalDate to,
            @QueryParam("status") SessionStatus status, @BeanParam @Valid PageParams page) {
        return sessions.list(unit, from, to, status, page).toResponse();
    }

    @PUT
    @Path("/{id}/record")
    @RolesAllowed({"dialogue-officer", "leader"})
    @Operation(summary = "Record how the session went", description = "Attendance, speakers, the report and the "
            + "conclusion document; entered at the time or afterwards from the paper minutes. If-Match required.")
    public RestResponse<SessionView> record(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SessionRecord request, @Context SecurityContext who) {
        return Responses.ok(sessions.record(id, ifMatch, request, who.getUserPrincipal().getName())
                .orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/change")
    @RolesAllowed({"dialogue-officer", "leader"})
    @Operation(summary = "Move a planned occurrence to another day, or cancel it (no date), with the reason")
    public RestResponse<SessionView> change(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SessionService.Change request) {
        return Responses.ok(sessions.change(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"dialogue-officer", "leader", "supervisor", "handler", "organizer", "admin"})
    @Operation(summary = "One session")
    public RestResponse<SessionView> get(@PathParam("id") UUID id) {
        SessionView view = sessions.get(id).orElseThrow(ProblemException::notFound);
        return Responses.ok(view);
    }
}
