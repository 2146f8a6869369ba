package vn.coso.planning.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint: fails the way a bug would, with personal data in the exception message. */
@Path("/api/planning/test-only/failure")
public class FailingResource {

    static final String SECRET = "Nguyễn Văn Bí Mật, dân tộc Kinh";

    @GET
    @RolesAllowed("admin")
    public String fail() {
        throw new IllegalStateException("internal detail: " + SECRET);
    }
}
