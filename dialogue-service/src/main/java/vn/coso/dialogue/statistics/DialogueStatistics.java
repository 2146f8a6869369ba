package vn.coso.dialogue.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a unit's subtree did in a period: sessions held, what people said, and how it was answered. */
@Schema(name = "DialogueStatistics")
public record DialogueStatistics(
        UUID unitId,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Sessions held or concluded in the period") int sessions,
        @Schema(description = "Villages and residential groups visited") int villages,
        int attendees,
        int households,
        int speakers,
        @Schema(description = "Opinions received in the period") int opinions,
        Map<String, Integer> byTopic,
        Map<String, Integer> byLegalType,
        int answeredOnSpot,
        int assigned,
        int repliedOnTime,
        int repliedLate,
        @Schema(description = "Not yet answered or replied") int stillOpen,
        @Schema(description = "Still open and past the deadline") int overdue,
        @Schema(description = "Reopened after the Fatherland Front asked for a new answer") int reopened,
        int extended,
        @Schema(description = "Percent answered on the spot or replied on time, of those answered or due; "
                + "null when none") BigDecimal onTimeReplyRate,
        Map<UUID, HandlerFigures> byHandler,
        @Schema(description = "Sessions, attendees and opinions of each commune of the subtree") Map<UUID, CommuneFigures> byCommune) {

    @Schema(name = "CommuneFigures")
    public record CommuneFigures(int sessions, int attendees, int opinions) {
    }

    @Schema(name = "HandlerFigures")
    public record HandlerFigures(int assigned, int repliedOnTime, int repliedLate, int stillOpen, int overdue) {
    }
}
