package vn.coso.planning.initiative;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.initiative.InitiativeModel.Registration;
import vn.coso.planning.initiative.InitiativeModel.Review;
import vn.coso.planning.initiative.InitiativeModel.View;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

@Path("/api/planning/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Models and initiatives (mô hình mới, cách làm sáng tạo) and their review")
public class InitiativeResource {

    private final InitiativeService initiatives;

    public InitiativeResource(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"leader", "organizer", "secretary"})
    @Operation(summary = "Register a unit's model or initiative for a year", description = "A name once per unit "
            + "and year. Counted by the NEW_MODELS indicator of the unit and the units above.")
    public RestResponse<View> register(@NotNull @Valid Registration request,
            @HeaderParam("Idempotency-Key") String key) {
        return Responses.created("/api/planning/initiatives", initiatives.register(request));
    }

    @GET
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "Initiatives of the caller's subtree", description = "X-Total-Count gives the total.")
    public RestResponse<List<View>> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("unitId") UUID unitId, @BeanParam @Valid PageParams page) {
        return initiatives.list(year, unitId, page).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "An initiative with its review")
    public RestResponse<View> get(@PathParam("id") UUID id) {
        return Responses.ok(initiatives.get(id).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({"leader", "organizer"})
    @Operation(summary = "Record the year-end review: results and evaluation (If-Match)", description = "Not before "
            + "1 November of the initiative's year; a review can be corrected by posting again.")
    public RestResponse<View> review(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Review request) {
        return Responses.ok(initiatives.review(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }
}
