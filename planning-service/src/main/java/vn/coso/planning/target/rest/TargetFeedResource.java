package vn.coso.planning.target.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.coso.platform.feed.ChangeFeed;
import vn.coso.platform.feed.FeedEndpoint;
import vn.coso.platform.scope.CallerScope;

/** Targets' and the registry's changes for integrators (ChangeFeed). */
@Path("/api/planning/feed")
@Tag(name = "Feed", description = "Targets' and units' changes for integrators, CloudEvents 1.0: type "
        + "vn.coso.planning.target.<action> (create, allocate, allocated for each share handed down, actual, remap; "
        + "snapshot for those set before the feed began), data the target as GET /api/planning/targets/{id} answers "
        + "it; vn.coso.planning.unit.changed (unit.snapshot before the feed began), data the unit as "
        + "/api/planning/units/changes gives it. Progress itself is computed, not a change: read "
        + "/api/planning/progress")
public class TargetFeedResource extends FeedEndpoint {

    public TargetFeedResource(ChangeFeed feed, CallerScope scope) {
        super(feed, scope);
    }
}
