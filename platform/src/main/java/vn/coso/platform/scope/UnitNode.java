package vn.coso.platform.scope;

import java.util.List;
import java.util.UUID;

/**
 * One unit as the scope check sees it: every parent it has ever had and the units it succeeded (merge, split,
 * rename). Names and kinds are kept for display and reports (a rural cell's admissions count as rural); the check itself needs only the links.
 */
public record UnitNode(UUID id, String code, String name, String kind, String cellKind, List<UUID> parentIds,
        List<UUID> predecessorIds) {

    public UnitNode {
        parentIds = List.copyOf(parentIds);
        predecessorIds = List.copyOf(predecessorIds);
    }
}
