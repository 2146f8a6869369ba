package vn.coso.dialogue.opinion.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.dialogue.opinion.service.DifficultAreas;
import vn.coso.dialogue.opinion.service.LegalClocks;

/** The legal clocks opinions run on, and the communes where complaints run on the longer clock. */
@Path("/api/dialogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legal clocks", description = "Deadlines by legal type and step, with their sources; remote areas")
public class ClockResource {

    @Schema(name = "DifficultAreaRequest")
    public record AreaRequest(@NotNull UUID communeId, @NotNull LocalDate validFrom, LocalDate validTo,
            @Schema(description = "The decision that lists the commune") @NotBlank @Size(max = 300) String basis) {
    }

    private final LegalClocks clocks;
    private final DifficultAreas areas;

    public ClockResource(LegalClocks clocks, DifficultAreas areas) {
        this.clocks = clocks;
        this.areas = areas;
    }

    @GET
    @Path("/legal-clocks")
    @RolesAllowed({"admin", "dialogue-officer", "leader", "handler", "supervisor", "integration"})
    @Operation(summary = "Every legal clock: type, step, variant, area, what it counts, how long, from which event, "
            + "extensions, legal basis, validity and whether the source was verified")
    public List<LegalClocks.Rule> legalClocks() {
        return clocks.all();
    }

    @GET
    @Path("/difficult-areas")
    @RolesAllowed({"admin", "dialogue-officer", "leader", "handler", "supervisor"})
    @Operation(summary = "Communes marked remote or difficult to travel, in the caller's subtree (or under a unit)")
    public List<DifficultAreas.Area> difficultAreas(@QueryParam("unit") UUID unit) {
        return areas.under(unit);
    }

    @PUT
    @Path("/difficult-areas")
    @RolesAllowed("admin")
    @Operation(summary = "Mark a commune as remote or difficult from a day (Luật Khiếu nại 2011, Điều 28)")
    public RestResponse<Void> mark(@NotNull @Valid AreaRequest r) {
        areas.mark(new DifficultAreas.Area(r.communeId(), r.validFrom(), r.validTo(), r.basis()));
        return RestResponse.noContent();
    }
}
