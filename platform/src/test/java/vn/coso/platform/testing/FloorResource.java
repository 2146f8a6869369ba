package vn.coso.platform.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The floors a benchmark measures beside each operation (test-jar only, so never in a service): the same constant
 * answer without a token, and behind a signed token of any realm role. Hidden from the OpenAPI documents.
 */
@Path("/bench/floor")
public class FloorResource {

    static final String OPEN = "/bench/floor/open";
    static final String SIGNED = "/bench/floor/signed";

    @GET
    @Path("open")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String open() {
        return "ok";
    }

    @GET
    @Path("signed")
    @RolesAllowed({"admin", "organizer", "secretary", "leader", "supervisor", "integration", "handler",
            "dialogue-officer", "citizen"})
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String signed() {
        return "ok";
    }
}
