package vn.coso.platform.units;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One unit in planning-service's change feed ({@code GET /api/planning/units/changes?changedSince=}), the contract
 * between the registry and the local copies the other services keep.
 */
@Schema(name = "UnitChange", description = "A unit as it is now, with all its parent links and predecessors")
public record UnitFeedEntry(
        UUID id,
        @Schema(maxLength = 64) String code,
        @Schema(maxLength = 300) String name,
        @Schema(maxLength = 40) String kind,
        @Schema(maxLength = 40, description = "For cells: RURAL, URBAN, SCHOOL, ENTERPRISE, ARMED_FORCES, ...") String cellKind,
        LocalDate validFrom,
        LocalDate validTo,
        List<ParentLink> parents,
        List<UUID> predecessors,
        @Schema(description = "Position in the feed; pass the largest one seen as changedSince") long seq) {

    /** A dated parent link (a unit changes parent when the tree is reorganised). */
    public record ParentLink(UUID parentId, LocalDate validFrom, LocalDate validTo) {
    }
}
