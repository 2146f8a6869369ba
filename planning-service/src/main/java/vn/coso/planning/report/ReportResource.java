package vn.coso.planning.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.web.Responses;
import vn.coso.platform.web.Versioned;

@Path("/api/planning/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Periodic reports", description = "Quarterly, 6-month and yearly reports units submit against a plan")
public class ReportResource {

    @Schema(name = "PeriodReportRequest")
    public record Submission(
            @NotNull UUID planId,
            @NotNull UUID unitId,
            @NotNull Period period,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Min(1) @Max(4) Integer number,
            @NotNull @PastOrPresent LocalDate submittedOn,
            @NotBlank @Size(max = 8000) String summary,
            @Schema(description = "The report as a numbered document (…-BC/…), if issued as one") UUID documentId) {
    }

    @Schema(name = "PeriodReport")
    public record View(UUID id, UUID planId, UUID unitId, Period period, int year, int number, LocalDate dueOn,
            LocalDate submittedOn, @Schema(description = "Submitted after the last day of the period") boolean late,
            String summary, UUID documentId, long version) implements Versioned {
    }

    /** Where one unit stands for one period of a plan. */
    @Schema(name = "PeriodReportStatus")
    public record Standing(UUID unitId, String unitName, LocalDate dueOn, State state, LocalDate submittedOn,
            UUID reportId) {

        public enum State {
            SUBMITTED_ON_TIME,
            SUBMITTED_LATE,
            /** Due and not submitted. */
            MISSING,
            /** Not submitted, and the period has not ended yet. */
            NOT_DUE_YET
        }
    }

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @POST
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
