package vn.coso.planning.inspection;

import java.time.LocalDate;
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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.inspection.InspectionModel.Codes;
import vn.coso.planning.inspection.InspectionModel.ItemRequest;
import vn.coso.planning.inspection.InspectionModel.ProgrammeRequest;
import vn.coso.planning.inspection.InspectionModel.ProgrammeView;
import vn.coso.planning.inspection.InspectionModel.ProgressView;
import vn.coso.planning.inspection.InspectionModel.Summary;
import vn.coso.platform.export.Table;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.web.Responses;

@Path("/api/planning/inspection-programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspection programmes", description = "Yearly inspection and supervision programmes (chương trình kiểm "
        + "tra, giám sát) and how far they are carried out")
public class InspectionProgrammeResource {

    static final String PATH = "/api/planning/inspection-programmes";

    private final InspectionService inspections;
    private final CallerScope scope;

    public InspectionProgrammeResource(InspectionService inspections, CallerScope scope) {
        this.inspections = inspections;
        this.scope = scope;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"leader", "secretary", "inspector"})
    @Operation(summary = "Record a unit's yearly programme", description = "Once per unit, year and body; its "
            + "numbered document (type PROGRAMME, e.g. 05-CTr/ĐU) is registered first.")
    public RestResponse<ProgrammeView> create(@NotNull @Valid ProgrammeRequest request,
            @HeaderParam("Idempotency-Key") String key) {
        return Responses.created(PATH, inspections.create(request));
    }

    @GET
    @RolesAllowed({"leader", "organizer", "secretary", "inspector"})
    @Operation(summary = "Programmes of the caller's subtree", description = "Members are counted, never named. "
            + "X-Total-Count gives the total.")
    public RestResponse<List<ProgrammeView>> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("unitId") UUID unitId, @BeanParam @Valid PageParams page) {
        return inspections.programmes(year, unitId, page).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"leader", "organizer", "secretary", "inspector"})
    @Operation(summary = "A programme with its planned and held items (members counted, never named)")
    public RestResponse<ProgrammeView> get(@PathParam("id") UUID id) {
        return Responses.ok(inspections.programme(id).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/{id}/inspections")
    @Idempotent
    @RolesAllowed({"leader", "secretary", "inspector"})
    @Operation(summary = "Plan an inspection or supervision, or record one added during the year (planned: false)", description = "Subjects are lower party organisations of the programme's unit, or members named with "
            + "their cell; contents from GET /api/planning/inspection-programmes/codes on the programme's date.")
    public RestResponse<Summary> add(@PathParam("id") UUID id, @NotNull @Valid ItemRequest request,
            @HeaderParam("Idempotency-Key") String key) {
        return Responses.created("/api/planning/inspections",
                inspections.add(id, request).orElseThrow(ProblemException::notFound));
    }

    @GET
    @Path("/progress")
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "inspector", "integration"})
    @Operation(summary = "Planned against held by unit and quarter, % of the plan, points to remedy open and overdue", description = "Counts only: no names, no findings.")
    public ProgressView progress(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return inspections.progress(year, scope.unitOr(unit));
    }

    @GET
    @Path("/progress")
    @Produces({Table.CSV, Table.XLSX})
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "inspector", "integration"})
    @Operation(summary = "The same progress as a table with Vietnamese headings (CSV or Excel, by Accept)")
    public Table table(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return inspections.table(year, scope.unitOr(unit));
    }

    @GET
    @Path("/codes")
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "inspector", "integration"})
    @Operation(summary = "The contents an inspection may look at and the rules of the work, in force on a day, each "
            + "with its source and whether the article was verified")
    public Codes codes(@Parameter(description = "Today by default") @QueryParam("on") LocalDate on) {
        return inspections.codes(on);
    }
}
