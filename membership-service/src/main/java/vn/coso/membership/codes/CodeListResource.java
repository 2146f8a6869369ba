package vn.coso.membership.codes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/membership/code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code lists")
public class CodeListResource {

    private final CodeLists codes;

    public CodeListResource(CodeLists codes) {
        this.codes = codes;
    }

    @GET
    @RolesAllowed({"organizer", "secretary", "leader", "admin"})
    @Operation(summary = "The 54 ethnic groups and the religions, with their codes")
    public CodeLists.Lists get() {
        return codes.all();
    }
}
