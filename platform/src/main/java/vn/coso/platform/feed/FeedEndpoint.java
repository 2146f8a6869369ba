package vn.coso.platform.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;

/**
 * A service's change feed over HTTP, for the integration role within its unit: a service's resource extends it with
 * its own {@code @Path} and says in its tag which events it carries.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class FeedEndpoint {

    private final ChangeFeed feed;
    private final CallerScope scope;

    protected FeedEndpoint(ChangeFeed feed, CallerScope scope) {
        this.feed = feed;
        this.scope = scope;
    }

    @GET
    @RolesAllowed("integration")
    // SmallRye does not see the role on a method a service inherits from this jar: the requirement is spelt out
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The changes of the caller's subtree, in order, from a cursor", description = "CloudEvents "
            + "1.0 in their JSON format, never personal data. An event's id is stable and its sequence is its "
            + "position: store the last one processed and ask from it; a repeated event is the same event (at "
            + "least once). Ask again at once while more is true.")
    @APIResponse(responseCode = "200", description = "A page of events", content = @Content(schema = @Schema(implementation = FeedSchema.Page.class)))
    public ChangeFeed.Page read(
            @Parameter(description = "The sequence of the last event processed (or a page's next); the start if "
                    + "absent") @QueryParam("after") @Size(max = 42) String after,
            @QueryParam("size") @DefaultValue("200") @Min(1) @Max(1000) int size) {
        try {
            return feed.read(after, scope.visibleUnits(), size);
        } catch (ChangeFeed.InvalidCursor e) {
            throw ProblemException.badRequest("after", "feed.invalid-cursor");
        }
    }
}
