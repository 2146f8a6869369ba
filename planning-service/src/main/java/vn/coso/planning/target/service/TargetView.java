package vn.coso.planning.target.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.platform.web.Versioned;

/** A target with what has been handed down of it. {@code unallocated} is negative when over-allocated. */
@Schema(name = "Target")
public record TargetView(
        UUID id,
        int year,
        UUID unitId,
        @Schema(maxLength = 40) String indicator,
        @Schema(maxLength = 40) String category,
        UUID documentId,
        BigDecimal baseline,
        BigDecimal value,
        BigDecimal growthPercent,
        BigDecimal targetValue,
        UUID parentTargetId,
        BigDecimal allocated,
        BigDecimal unallocated,
        boolean overAllocated,
        List<ShareView> shares,
        @Schema(description = "The abolished unit's target this one was re-mapped from") UUID remappedFrom,
        @Schema(description = "When this target was re-mapped to the units that took over; it still reports") Instant remappedAt,
        long version) implements Versioned {

    @Schema(name = "ShareView")
    public record ShareView(UUID targetId, UUID unitId, BigDecimal targetValue) {
    }
}
