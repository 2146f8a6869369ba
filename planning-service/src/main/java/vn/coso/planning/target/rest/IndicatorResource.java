package vn.coso.planning.target.rest;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.target.service.IndicatorModel.Definition;
import vn.coso.planning.target.service.IndicatorModel.View;
import vn.coso.planning.target.service.TargetService;
import vn.coso.platform.web.Responses;

@Path("/api/planning/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets")
public class IndicatorResource {

    private final TargetService targets;

    public IndicatorResource(TargetService targets) {
        this.targets = targets;
    }

    @GET
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "The indicators targets can be set on")
    public List<View> list() {
        return targets.indicators().stream().sorted(Comparator.comparing(View::code)).toList();
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @RolesAllowed("admin")
    @Operation(summary = "Define an indicator whose actual figures are entered by hand", description = "Its targets "
            + "get their actual figure through PUT /api/planning/targets/{id}/actual.")
    public RestResponse<View> define(@NotNull @Valid Definition d) {
        return RestResponse.status(RestResponse.Status.CREATED, targets.defineIndicator(d));
    }
}
