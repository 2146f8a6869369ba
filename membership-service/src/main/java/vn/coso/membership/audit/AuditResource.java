package vn.coso.membership.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.platform.audit.AuditEntry;
import vn.coso.platform.audit.AuditQuery;
import vn.coso.platform.paging.PageParams;

@Path("/api/membership/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read or changed which dossier, when and from where")
public class AuditResource {

    private final AuditQuery audit;

    public AuditResource(AuditQuery audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "The audit log, newest first", description = "X-Total-Count gives the total.")
    public RestResponse<List<AuditEntry>> list(@QueryParam("resourceType") @Size(max = 60) String resourceType,
            @QueryParam("resourceId") @Size(max = 100) String resourceId,
            @QueryParam("actor") @Size(max = 200) String actor,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
            @BeanParam @Valid PageParams page) {
        return audit.find(new AuditQuery.Filter(resourceType, resourceId, actor, from, to), page.offset(), page.size)
                .toResponse();
    }
}
