package vn.coso.planning.report;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.report.ReportModel.Standing;
import vn.coso.planning.report.ReportModel.Submission;
import vn.coso.planning.report.ReportModel.View;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.web.Responses;

@Path("/api/planning/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Periodic reports", description = "Quarterly, 6-month and yearly reports units submit against a plan")
public class ReportResource {

    /** Where one unit stands for one period of a plan. */

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"leader", "organizer", "secretary"})
    @Operation(summary = "Submit a unit's report for a period of a plan", description = "Once per plan, unit and "
            + "period (409 after that). The period must have started and the plan must be addressed to the unit "
            + "or to a unit above it.")
    public RestResponse<View> submit(@NotNull @Valid Submission request, @HeaderParam("Idempotency-Key") String key) {
        return Responses.created("/api/planning/reports", reports.submit(request));
    }

    @GET
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "Reports submitted in the caller's subtree, newest first")
    public RestResponse<List<View>> list(@QueryParam("planId") UUID planId, @QueryParam("unitId") UUID unitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year, @BeanParam @Valid PageParams page) {
        return reports.list(planId, unitId, year, page).toResponse();
    }

    @GET
    @Path("/status")
    @RolesAllowed({"admin", "leader", "organizer", "integration"})
    @Operation(summary = "Who has reported for one period of a plan", description = "Every unit the plan is "
            + "addressed to (within the caller's subtree): submitted on time, late, missing, or not due yet.")
    public List<Standing> status(@QueryParam("planId") @NotNull UUID planId,
            @QueryParam("period") @NotNull Period period,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("number") @NotNull @Min(1) @Max(4) Integer number) {
        return reports.status(planId, period, year, number);
    }
}
