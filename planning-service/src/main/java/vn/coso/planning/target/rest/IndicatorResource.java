package vn.coso.planning.target.rest;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.target.service.TargetService;

@Path("/api/planning/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets")
public class IndicatorResource {

    @Schema(name = "Indicator")
    public record View(String code, String name, String measure,
            @Schema(description = "Where actual figures come from: another service's statistics, or MANUAL") String source,
            @Schema(description = "The reporting categories a target on this indicator may name") List<String> categories) {
    }

    @Schema(name = "NewIndicator")
    public record Definition(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "COUNT|PERCENT") String measure) {
    }

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
    @RolesAllowed("admin")
    @Operation(summary = "Define an indicator whose actual figures are entered by hand", description = "Its targets "
            + "get their actual figure through PUT /api/planning/targets/{id}/actual.")
    public RestResponse<View> define(@NotNull @Valid Definition d) {
        return RestResponse.status(RestResponse.Status.CREATED, targets.defineIndicator(d));
    }
}
