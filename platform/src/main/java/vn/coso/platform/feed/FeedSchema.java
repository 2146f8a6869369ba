package vn.coso.platform.feed;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a feed page looks on the wire, for the OpenAPI documents (the CloudEvent type itself is an interface). */
public final class FeedSchema {

    private FeedSchema() {
    }

    @Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event in its JSON format (structured mode)")
    public record Event(
            @Schema(description = "Stable: the same event always has the same id", maxLength = 80) String id,
            @Schema(maxLength = 80, examples = "/coso/dialogue-service") String source,
            @Schema(maxLength = 10, examples = "1.0") String specversion,
            @Schema(maxLength = 120, examples = "vn.coso.dialogue.opinion.assign") String type,
            @Schema(description = "The record the event is about", maxLength = 80) String subject,
            OffsetDateTime time,
            @Schema(maxLength = 40, examples = "application/json") String datacontenttype,
            @Schema(description = "This event's position: ask from it to resume after it", maxLength = 42) String sequence,
            @Schema(description = "The unit the record belongs to", maxLength = 36) String unit,
            @Schema(description = "The record's state after the change; never personal data") Object data) {
    }

    @Schema(name = "FeedPage")
    public record Page(@Schema(maxItems = 1000) List<Event> events,
            @Schema(description = "The cursor to ask from next (the last event's sequence)", maxLength = 42) String next,
            @Schema(description = "True when more events were already there: ask again at once") boolean more) {
    }
}
