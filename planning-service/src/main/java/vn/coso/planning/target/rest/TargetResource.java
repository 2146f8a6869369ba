package vn.coso.planning.target.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.target.service.ActualRequest;
import vn.coso.planning.target.service.AllocationRequest;
import vn.coso.planning.target.service.RemapRequest;
import vn.coso.planning.target.service.TargetRequest;
import vn.coso.planning.target.service.TargetService;
import vn.coso.planning.target.service.TargetView;
import vn.coso.platform.audit.AuditEntry;
import vn.coso.platform.export.Table;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

@Path("/api/planning/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Yearly targets (chỉ tiêu) and handing them down to the units below")
public class TargetResource {

    private final TargetService targets;

    public TargetResource(TargetService targets) {
        this.targets = targets;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"leader", "organizer"})
    @Operation(summary = "Set a target for a unit and year", description = "Either an absolute value or a growth "
            + "over a baseline (last year's actual), e.g. +40% compared with 2022.")
    public RestResponse<TargetView> create(@NotNull @Valid TargetRequest request,
            @HeaderParam("Idempotency-Key") String key) {
        TargetView created = targets.create(request);
        return Responses.created("/api/planning/targets", created);
    }

    @GET
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "Targets of the caller's subtree")
    public RestResponse<List<TargetView>> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("indicator") @Pattern(regexp = "[A-Z0-9_]{1,40}") String indicator,
            @BeanParam @Valid PageParams page) {
        return targets.list(year, unitId, indicator, page).toResponse();
    }

    @GET
    @Produces({Table.CSV, Table.XLSX})
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "The same targets as a table with Vietnamese headings (CSV or Excel, by Accept)", description = "Every matching target (at most 10,000), with the document that set it and what has been "
            + "handed down.")
    public Table table(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("unitId") UUID unitId,
            @QueryParam("indicator") @Pattern(regexp = "[A-Z0-9_]{1,40}") String indicator) {
        return targets.table(year, unitId, indicator);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "A target with its shares handed down, allocated and unallocated amounts")
    public RestResponse<TargetView> get(@PathParam("id") UUID id) {
        TargetView view = targets.get(id).orElseThrow(ProblemException::notFound);
        return Responses.ok(view);
    }

    @PUT
    @Path("/{id}/allocations")
    @RolesAllowed({"leader", "organizer"})
    @Operation(summary = "Hand the target down to units below", description = "Shares of units not listed stay as "
            + "they are. Shares above the target are refused (REFUSE, 422) or saved and flagged (FLAG). If-Match "
            + "carries the target's ETag.")
    public RestResponse<TargetView> allocate(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AllocationRequest request) {
        TargetView view = targets.allocate(id, ifMatch, request).orElseThrow(ProblemException::notFound);
        return Responses.ok(view);
    }

    @PUT
    @Path("/{id}/actual")
    @RolesAllowed({"leader", "organizer", "secretary"})
    @Operation(summary = "Report the actual figure of a target entered by hand", description = "Only for indicators "
            + "whose source is MANUAL; the others come from membership-service and dialogue-service. If-Match.")
    public RestResponse<TargetView> actual(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActualRequest request) {
        return Responses.ok(targets.reportActual(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/remap")
    @RolesAllowed({"leader", "organizer"})
    @Operation(summary = "Re-map an abolished unit's target to the units that took over", description = "For a "
            + "target whose unit has ended (the district committees on 30/06/2025): each share becomes a target of "
            + "the same year and indicator for a successor unit. The original stays and keeps reporting, marked "
            + "re-mapped; GET /{id}/history shows the trail. If-Match carries the target's ETag.")
    public RestResponse<TargetView> remap(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RemapRequest request) {
        TargetView view = targets.remap(id, ifMatch, request).orElseThrow(ProblemException::notFound);
        return Responses.ok(view);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "The audit trail of a target: created, handed down, re-mapped; newest first")
    public RestResponse<List<AuditEntry>> history(@PathParam("id") UUID id, @BeanParam @Valid PageParams page) {
        return targets.history(id, page).orElseThrow(ProblemException::notFound).toResponse();
    }
}
