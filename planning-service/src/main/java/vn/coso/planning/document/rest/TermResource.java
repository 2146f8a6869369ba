package vn.coso.planning.document.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import vn.coso.planning.document.service.TermRequest;
import vn.coso.planning.document.service.TermService;
import vn.coso.planning.document.service.TermView;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.web.Responses;

@Path("/api/planning/terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class TermResource {

    private final TermService terms;

    public TermResource(TermService terms) {
        this.terms = terms;
    }

    @GET
    @RolesAllowed({"admin", "organizer", "leader"})
    @Operation(summary = "Committee terms of a unit, oldest first")
    public List<TermView> list(@QueryParam("unitId") @NotNull UUID unitId) {
        return terms.of(unitId);
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"admin", "organizer"})
    @Operation(summary = "Record a committee term of a unit", description = "Terms of one unit never overlap; "
            + "document numbers restart with each term.")
    public RestResponse<TermView> create(@NotNull @Valid TermRequest request,
            @HeaderParam("Idempotency-Key") String key) {
        TermView created = terms.create(request);
        return RestResponse.ResponseBuilder.<TermView>created(URI.create("/api/planning/terms/" + created.id()))
                .entity(created).build();
    }
}
