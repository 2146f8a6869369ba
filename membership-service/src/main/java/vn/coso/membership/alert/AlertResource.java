package vn.coso.membership.alert;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.platform.paging.PageParams;

@Path("/api/membership/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "What falls due soon or is overdue in the caller's subtree")
public class AlertResource {

    private final AlertService alerts;

    public AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @RolesAllowed({"organizer", "secretary", "leader"})
    @Operation(summary = "Due within N working days, or overdue", description = "Verifications, decisions, "
            + "ceremonies, certificates about to expire, probations ending, candidates turning 60; by date, one page. "
            + "X-Total-Count gives the total.")
    public RestResponse<List<AlertService.Alert>> due(
            @Parameter(description = "A unit of the caller's subtree; the caller's own by default") @QueryParam("unit") UUID unit,
            @Parameter(description = "Working days ahead") @QueryParam("within") @DefaultValue("10") @Min(0) @Max(250) int within,
            @BeanParam @Valid PageParams page) {
        return alerts.due(unit, within, page).toResponse();
    }
}
