package vn.coso.membership.awareness;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

@Path("/api/membership/awareness-classes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Awareness classes", description = "Classes, participants, results and certificates")
public class AwarenessClassResource {

    private final AwarenessClassService classes;

    public AwarenessClassResource(AwarenessClassService classes) {
        this.classes = classes;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed("organizer")
    @Operation(summary = "Open a class")
    public RestResponse<AwarenessClassService.ClassView> create(
            @NotNull @Valid AwarenessClassService.ClassRequest request,
            @Parameter(description = "Makes the create safe to retry") @HeaderParam("Idempotency-Key") String key) {
        return Responses.created("/api/membership/awareness-classes", classes.create(request));
    }

    @GET
    @RolesAllowed({"organizer", "secretary", "leader"})
    @Operation(summary = "Classes of the caller's subtree, newest first")
    public RestResponse<List<AwarenessClassService.ClassView>> list(
            @QueryParam("year") @Min(1990) @Max(2100) Integer year, @BeanParam @Valid PageParams page) {
        return classes.list(year, page.offset(), page.size).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"organizer", "secretary", "leader"})
    @Operation(summary = "A class with its participants")
    public RestResponse<AwarenessClassService.ClassView> get(@PathParam("id") UUID id) {
        return Responses.ok(classes.read(id).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/participants")
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Send candidates to the class", description = "Each counts as sent to a class in the year's "
            + "figures. Adding a participant twice changes nothing.")
    public RestResponse<AwarenessClassService.ClassView> participants(@PathParam("id") UUID id,
            @NotNull @Valid AwarenessClassService.Participants request) {
        return Responses.ok(classes.addParticipants(id, request).orElseThrow(ProblemException::notFound));
    }

    @PUT
    @Path("/{id}/results")
    @RolesAllowed("organizer")
    @Operation(summary = "Mark the results", description = "Once per class, with If-Match; those who passed "
            + "receive their certificate (valid 60 months) in their pipeline.")
    public RestResponse<AwarenessClassService.ClassView> results(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AwarenessClassService.Results request) {
        return Responses.ok(classes.results(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }
}
