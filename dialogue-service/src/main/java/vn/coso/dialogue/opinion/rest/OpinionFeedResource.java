package vn.coso.dialogue.opinion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.coso.platform.feed.ChangeFeed;
import vn.coso.platform.feed.FeedSchema;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;

/** Opinions' changes for integrators: CloudEvents 1.0, resumable, at least once, nothing about anyone. */
@Path("/api/dialogue/feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed", description = "Change feed for integrators (CloudEvents 1.0)")
public class OpinionFeedResource {

    private final ChangeFeed feed;
    private final CallerScope scope;

    public OpinionFeedResource(ChangeFeed feed, CallerScope scope) {
        this.feed = feed;
        this.scope = scope;
    }

    @GET
    @RolesAllowed("integration")
    @Operation(summary = "Opinions' changes of the caller's subtree, in order, from a cursor", description = "Each "
            + "event (type vn.coso.dialogue.opinion.<action>: create, accept, assign, progress, extend, reply, close, "
            + "reclassify, assess, answer; snapshot for those recorded before the feed began) carries the opinion's "
            + "ids, commune, village, handler unit, channel, topic, legal type, state and dates, never a person or "
            + "the text. Its id is stable and its sequence is its position: store the last one processed and ask "
            + "from it; a repeated event is the same event. Ask again at once while more is true.")
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
