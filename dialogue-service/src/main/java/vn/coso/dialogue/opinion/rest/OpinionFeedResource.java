package vn.coso.dialogue.opinion.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.coso.platform.feed.ChangeFeed;
import vn.coso.platform.feed.FeedEndpoint;
import vn.coso.platform.scope.CallerScope;

/** Opinions' changes for integrators (ChangeFeed): nothing about anyone. */
@Path("/api/dialogue/feed")
@Tag(name = "Feed", description = "Opinions' changes for integrators, CloudEvents 1.0: type "
        + "vn.coso.dialogue.opinion.<action> (create, accept, assign, progress, extend, reply, close, reclassify, "
        + "assess, answer; snapshot for those recorded before the feed began), data the opinion's ids, commune, "
        + "village, handler unit, channel, topic, legal type, state and dates, never a person or the text")
public class OpinionFeedResource extends FeedEndpoint {

    public OpinionFeedResource(ChangeFeed feed, CallerScope scope) {
        super(feed, scope);
    }
}
