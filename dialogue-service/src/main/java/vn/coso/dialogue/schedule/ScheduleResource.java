package vn.coso.dialogue.schedule;

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

import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.web.Responses;

@Path("/api/dialogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules", description = "Recurring plans of sessions, and whether they were kept")
public class ScheduleResource {

    private final CallerScope scope;

    private final ScheduleService schedules;
    private final ComplianceService compliance;

    public ScheduleResource(ScheduleService schedules, ComplianceService compliance, CallerScope scope) {
        this.scope = scope;
        this.schedules = schedules;
        this.compliance = compliance;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/schedules")
    @Idempotent
    @RolesAllowed({"dialogue-officer", "leader"})
    @Operation(summary = "Plan recurring sessions", description = "A monthly plan generates its sessions on the last "
            + "given weekday, rotating through the villages; a holiday moves an occurrence to the previous working "
            + "day (or the next, or skips it). A quarterly plan is an obligation that compliance checks.")
    public RestResponse<ScheduleService.ScheduleView> create(@NotNull @Valid ScheduleService.ScheduleRequest request,
            @Parameter(description = "Makes the create safe to retry") @HeaderParam("Idempotency-Key") String key) {
        return Responses.created("/api/dialogue/schedules", schedules.create(request));
    }

    @GET
    @Path("/schedules")
    @RolesAllowed({"dialogue-officer", "leader", "supervisor"})
    @Operation(summary = "The schedules of the caller's subtree, latest start first", description = "Without their "
            + "sessions; X-Total-Count gives the total.")
    public RestResponse<List<ScheduleService.ScheduleSummary>> list(
            @Parameter(description = "A unit of the caller's subtree; the caller's own subtree by default") @QueryParam("unit") UUID unit,
            @BeanParam @Valid PageParams page) {
        return schedules.list(unit, page).toResponse();
    }

    @GET
    @Path("/schedules/{id}")
    @RolesAllowed({"dialogue-officer", "leader", "supervisor"})
    @Operation(summary = "A schedule with its sessions")
    public RestResponse<ScheduleService.ScheduleView> get(@PathParam("id") UUID id) {
        return Responses.ok(schedules.read(id).orElseThrow(ProblemException::notFound));
    }

    @GET
    @Path("/compliance")
    @RolesAllowed({"dialogue-officer", "leader", "supervisor", "organizer"})
    @Operation(summary = "Per obligation and quarter: the sessions required and held, what is missing, which "
            + "villages were not visited")
    public List<ComplianceService.Compliance> compliance(
            @QueryParam("year") @NotNull @Min(2015) @Max(2100) Integer year,
            @QueryParam("quarter") @NotNull @Min(1) @Max(4) Integer quarter,
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit) {
        return compliance.compliance(year, quarter, scope.unitOr(unit));
    }
}
