package vn.coso.dialogue.statistics;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import vn.coso.platform.scope.CallerScope;

@Path("/api/dialogue/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Sessions, opinions and replies of a period; no personal data")
public class DialogueStatisticsResource {

    private final CallerScope scope;

    private final DialogueStatisticsService statistics;

    public DialogueStatisticsResource(DialogueStatisticsService statistics, CallerScope scope) {
        this.scope = scope;
        this.statistics = statistics;
    }

    @GET
    @RolesAllowed({"leader", "dialogue-officer", "supervisor", "integration", "organizer"})
    @Operation(summary = "Sessions, attendance, opinions by topic and type, and how they were answered")
    public DialogueStatistics get(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return statistics.of(from, to, scope.unitOr(unit));
    }

    @GET
    @Produces({Table.CSV, Table.XLSX})
    @RolesAllowed({"leader", "dialogue-officer", "supervisor", "integration", "organizer"})
    @Operation(summary = "The same figures as a table with Vietnamese headings (CSV or Excel, by Accept)")
    public Table table(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return DialogueTable.of(statistics.of(from, to, scope.unitOr(unit)));
    }
}
