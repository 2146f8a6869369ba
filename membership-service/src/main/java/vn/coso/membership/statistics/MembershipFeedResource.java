package vn.coso.membership.statistics;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.coso.platform.feed.ChangeFeed;
import vn.coso.platform.feed.FeedEndpoint;
import vn.coso.platform.scope.CallerScope;

/** Anonymous admission figures for integrators (ChangeFeed). */
@Path("/api/membership/feed")
@Tag(name = "Feed", description = "Admission figures for integrators, CloudEvents 1.0: type "
        + "vn.coso.membership.<kind>.counted (sent_to_class, admitted, confirmed, struck_off; .snapshot for the "
        + "figures there before the feed began), subject and data the cell and its count of that kind in that year, "
        + "by category; never a candidate")
public class MembershipFeedResource extends FeedEndpoint {

    public MembershipFeedResource(ChangeFeed feed, CallerScope scope) {
        super(feed, scope);
    }
}
