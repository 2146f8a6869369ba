package vn.coso.planning.unit.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.unit.service.UnitImportService;
import vn.coso.planning.unit.service.UnitRegistryService;
import vn.coso.planning.unit.service.UnitRequests;
import vn.coso.planning.unit.service.UnitService;
import vn.coso.planning.unit.service.UnitView;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.units.UnitFeedPage;
import vn.coso.platform.web.Responses;

@Path("/api/planning/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The registry of party units, residential areas and state bodies")
public class UnitResource {

    private final UnitService units;
    private final UnitRegistryService registry;
    private final UnitImportService importer;

    public UnitResource(UnitService units, UnitRegistryService registry, UnitImportService importer) {
        this.importer = importer;
        this.units = units;
        this.registry = registry;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Register a unit under a parent", description = "The unit must live within its parent's "
            + "validity; its code must not name another current unit.")
    public RestResponse<UnitView> create(@NotNull @Valid UnitRequests.Create request,
            @HeaderParam("Idempotency-Key") String key) {
        UnitView created = registry.create(request);
        return Responses.created("/api/planning/units", created);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("admin")
    @Operation(summary = "Import a unit tree from CSV, all or nothing", description = "Columns (first line): "
            + "code,name,kind,cellKind,parentCode,validFrom,validTo,docCode. A parent is a current unit's code or "
            + "a code of the same file, in any order. Dates as 2025-07-01 or 01/07/2025. Every problem comes back "
            + "at once as rows[line].column; nothing is registered unless the whole file is clean. dryRun=true "
            + "checks everything and registers nothing.")
    public UnitImportService.Result importCsv(@NotNull String csv,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return importer.importCsv(csv, dryRun);
    }

    @POST
    @Path("/{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Move a unit under another parent from a date", description = "The old link ends the day before; history keeps both. If-Match carries the unit's ETag.")
    public RestResponse<UnitView> move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid UnitRequests.Move request) {
        UnitView moved = registry.move(id, ifMatch, request);
        return Responses.ok(moved);
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "End a unit, naming its successors", description = "Its children must have moved first. Successors (merge, split, rename) take over its "
            + "history: their people see its records. If-Match carries the unit's ETag.")
    public RestResponse<UnitView> end(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid UnitRequests.End request) {
        UnitView ended = registry.end(id, ifMatch, request);
        return Responses.ok(ended);
    }

    @GET
    @RolesAllowed({"admin", "organizer", "secretary", "leader", "dialogue-officer", "handler", "supervisor",
            "integration", "inspector"})
    @Operation(summary = "List the units of the caller's subtree", description = "Filters: kind, validity on a date, "
            + "text in the name or code. Sorted by code; X-Total-Count gives the total.")
    public RestResponse<List<UnitView>> list(@QueryParam("kind") UnitKind kind,
            @QueryParam("validOn") LocalDate validOn,
            @QueryParam("q") @Size(max = 100) String q, @BeanParam @Valid PageParams page) {
        return units.list(kind, validOn, q, page).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organizer", "secretary", "leader", "dialogue-officer", "handler", "supervisor",
            "integration", "inspector"})
    @Operation(summary = "One unit, with its current parent")
    public UnitView get(@PathParam("id") UUID id) {
        return units.get(id).orElseThrow(ProblemException::notFound);
    }

    @GET
    @Path("/{id}/subtree")
    @RolesAllowed({"admin", "organizer", "secretary", "leader", "dialogue-officer", "handler", "supervisor",
            "integration", "inspector"})
    @Operation(summary = "The units under a unit on a date (today by default)", description = "Follows the parent links valid on that date: the 2024 tree of a district, or today's tree "
            + "of a commune.")
    public List<UnitView> subtree(@PathParam("id") UUID id, @QueryParam("date") LocalDate date) {
        return units.subtree(id, date != null ? date : units.today())
                .orElseThrow(ProblemException::notFound);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({"admin", "integration"})
    @Operation(summary = "Change feed of the whole registry", description = "Units changed after position changedSince, in order. The other services keep their local "
            + "copy with it (service accounts carry the integration role). Ask again from nextSince while "
            + "more is true.")
    public UnitFeedPage changes(@QueryParam("changedSince") @DefaultValue("0") @Min(0) long changedSince,
            @QueryParam("size") @DefaultValue("500") @Min(1) @Max(1000) int size) {
        return units.changes(changedSince, size);
    }
}
