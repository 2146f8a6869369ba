package vn.coso.planning.inspection;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.inspection.InspectionModel.ConclusionRequest;
import vn.coso.planning.inspection.InspectionModel.DisciplineRequest;
import vn.coso.planning.inspection.InspectionModel.FollowUpRequest;
import vn.coso.planning.inspection.InspectionModel.OverdueRemedy;
import vn.coso.planning.inspection.InspectionModel.RemedyView;
import vn.coso.planning.inspection.InspectionModel.StartRequest;
import vn.coso.planning.inspection.InspectionModel.View;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

@Path("/api/planning/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections", description = "Each inspection or supervision: decision, conclusion, points to remedy, "
        + "follow-up, discipline handed on")
public class InspectionResource {

    private final InspectionService inspections;

    public InspectionResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"leader", "secretary", "inspector", "organizer"})
    @Operation(summary = "The whole record, members' names included (audited)", description = "Organisers only "
            + "from the province; every read is recorded in the audit log.")
    public RestResponse<View> get(@PathParam("id") UUID id) {
        return Responses.ok(inspections.get(id).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({"leader", "secretary", "inspector"})
    @Operation(summary = "Record the decision, the team and the first day (If-Match)")
    public RestResponse<View> start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StartRequest request) {
        return Responses.ok(inspections.start(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/conclusion")
    @RolesAllowed({"leader", "secretary", "inspector"})
    @Operation(summary = "Record the notice of conclusion and its points to remedy (If-Match)", description = "Each "
            + "point is due a number of working days after the notice (the working-day calendar counts them), or on "
            + "the date the notice names.")
    public RestResponse<View> conclude(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ConclusionRequest request) {
        return Responses.ok(inspections.conclude(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/remedies/{remedyId}/follow-up")
    @RolesAllowed({"leader", "secretary", "inspector"})
    @Operation(summary = "Record that a point was remedied, with its evidence (If-Match of the point)")
    public RestResponse<RemedyView> followUp(@PathParam("id") UUID id, @PathParam("remedyId") UUID remedyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid FollowUpRequest request) {
        return Responses.ok(inspections.followUp(id, remedyId, ifMatch, request)
                .orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/discipline")
    @RolesAllowed({"leader", "secretary", "inspector"})
    @Operation(summary = "Record the discipline the competent body decided on the violation found (If-Match)", description = "coso records the form and the deciding body; it does not decide.")
    public RestResponse<View> discipline(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DisciplineRequest request) {
        return Responses.ok(inspections.discipline(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"leader", "organizer", "secretary", "inspector"})
    @Operation(summary = "Points to remedy past their deadline and not done, oldest first (no names, no text)")
    public List<OverdueRemedy> overdue(@QueryParam("unitId") UUID unitId) {
        return inspections.overdue(unitId);
    }
}
