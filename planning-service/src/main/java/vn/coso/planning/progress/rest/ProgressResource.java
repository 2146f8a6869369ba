package vn.coso.planning.progress.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.coso.planning.progress.service.ProgressReport;
import vn.coso.planning.progress.service.ProgressService;
import vn.coso.platform.export.Table;
import vn.coso.platform.scope.CallerScope;

@Path("/api/planning/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "How far each unit is from its targets")
public class ProgressResource {

    private final CallerScope scope;

    private final ProgressService progress;

    public ProgressResource(ProgressService progress, CallerScope scope) {
        this.scope = scope;
        this.progress = progress;
    }

    @GET
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "Progress of every target in a unit's subtree for a year, with last year's", description = "Actual figures come from membership-service and dialogue-service; when one of them does "
            + "not answer, its figures are UNAVAILABLE and unavailableSources names it.")
    public ProgressReport get(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return progress.progress(year, scope.unitOr(unit));
    }

    @GET
    @Produces({Table.CSV, Table.XLSX})
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "The same report as a table with Vietnamese headings (CSV or Excel, by Accept)")
    public Table table(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return progress.table(year, scope.unitOr(unit));
    }
}
