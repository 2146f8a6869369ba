package vn.coso.membership.statistics;

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

import vn.coso.platform.export.Table;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;

@Path("/api/membership/statistics")
@Tag(name = "Statistics", description = "The year's figures, anonymous: no personal data")
public class StatisticsResource {

    private final CallerScope scope;

    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics, CallerScope scope) {
        this.scope = scope;
        this.statistics = statistics;
    }

    @GET
    @Path("/admissions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "secretary", "leader", "supervisor", "integration"})
    @Operation(summary = "Admissions of a year in a unit's subtree, by category, with the previous year")
    public AdmissionStatistics admissions(@QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return statistics.admissions(year, scope.unitOr(unit));
    }

    @GET
    @Path("/admissions/range")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "secretary", "leader", "supervisor", "integration"})
    @Operation(summary = "Admissions over several years in a unit's subtree", description = "From the first January "
            + "of from to the last December of to, by category and by proposing organisation, with the awareness "
            + "classes of the years: what a term report counts.")
    public AdmissionRange range(@QueryParam("from") @NotNull @Min(1990) @Max(2100) Integer from,
            @QueryParam("to") @NotNull @Min(1990) @Max(2100) Integer to,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        if (to < from) {
            throw ProblemException.badRequest("to", "statistics.range-reversed");
        }
        return statistics.range(from, to, scope.unitOr(unit));
    }

    @GET
    @Path("/admissions/by-unit")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "leader", "integration"})
    @Operation(summary = "Admissions of a year for every unit of a subtree at once", description = "Each unit's "
            + "figures as /admissions gives them for that unit (its subtree and the units it succeeded); units "
            + "without any are left out. What planning-service's progress of a province reads in one call.")
    public AdmissionsByUnit admissionsByUnit(@QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return statistics.admissionsByUnit(year, scope.unitOr(unit));
    }

    @GET
    @Path("/admissions")
    @Produces({Table.CSV, Table.XLSX})
    @RolesAllowed({"organizer", "secretary", "leader", "supervisor", "integration"})
    @Operation(summary = "The same figures as a table with Vietnamese headings (CSV or Excel, by Accept)")
    public Table admissionsTable(@QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return AdmissionTable.of(statistics.admissions(year, scope.unitOr(unit)));
    }
}
