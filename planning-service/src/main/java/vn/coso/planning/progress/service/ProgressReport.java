package vn.coso.planning.progress.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far each target of a unit's subtree is, for a year, and the same for the year before. */
@Schema(name = "ProgressReport")
public record ProgressReport(
        int year,
        UUID unitId,
        List<Item> items,
        @Schema(description = "Sources that did not answer: their figures are marked UNAVAILABLE") List<String> unavailableSources) {

    public enum Status {
        /** Actual above the target (vượt chỉ tiêu). */
        EXCEEDED,
        /** Actual equals the target (đạt). */
        ACHIEVED,
        /** Below the target but at or above the share of the year that has passed. */
        ON_TRACK,
        BEHIND,
        /** The source of the actual figure did not answer. */
        UNAVAILABLE,
        /** Entered by hand, not reported yet. */
        NOT_REPORTED
    }

    @Schema(name = "ProgressFigure")
    public record Figure(BigDecimal target, BigDecimal actual, BigDecimal percent, Status status) {
    }

    @Schema(name = "ProgressItem")
    public record Item(UUID targetId, UUID unitId, @Schema(maxLength = 40) String indicator,
            @Schema(maxLength = 40) String category, Figure current, Figure lastYear) {
    }
}
