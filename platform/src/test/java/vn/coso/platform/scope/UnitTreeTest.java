package vn.coso.platform.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class UnitTreeTest {

    static final UUID PROVINCE = UUID.randomUUID();
    static final UUID DISTRICT = UUID.randomUUID();
    static final UUID OLD_COMMUNE_A = UUID.randomUUID();
    static final UUID OLD_COMMUNE_B = UUID.randomUUID();
    static final UUID NEW_COMMUNE = UUID.randomUUID();
    static final UUID OTHER_COMMUNE = UUID.randomUUID();
    static final UUID CELL_A = UUID.randomUUID();
    static final UUID CELL_B = UUID.randomUUID();
    static final UUID CELL_OTHER = UUID.randomUUID();

    static UnitNode unit(UUID id, List<UUID> parents, List<UUID> predecessors) {
        return new UnitNode(id, id.toString().substring(0, 8), "u", "CELL", "RURAL", parents, predecessors);
    }

    // Before 01/07/2025: province > district > communes A, B > cells. After: cell A moved to the new commune,
    // which succeeds A and B; cell B ended with its old commune.
    final UnitTree tree = new UnitTree(List.of(
            unit(PROVINCE, List.of(), List.of()),
            unit(DISTRICT, List.of(PROVINCE), List.of()),
            unit(OLD_COMMUNE_A, List.of(DISTRICT), List.of()),
            unit(OLD_COMMUNE_B, List.of(DISTRICT), List.of()),
            unit(NEW_COMMUNE, List.of(PROVINCE), List.of(OLD_COMMUNE_A, OLD_COMMUNE_B)),
            unit(OTHER_COMMUNE, List.of(PROVINCE), List.of()),
            unit(CELL_A, List.of(OLD_COMMUNE_A, NEW_COMMUNE), List.of()),
            unit(CELL_B, List.of(OLD_COMMUNE_B), List.of()),
            unit(CELL_OTHER, List.of(OTHER_COMMUNE), List.of())));

    @Test
    void shouldGiveTheProvinceEveryUnit() {
        assertEquals(9, tree.subtree(PROVINCE).size());
    }

    @Test
    void shouldLetTheNewCommuneSeeWhatItsPredecessorsHeld() {
        assertEquals(Set.of(NEW_COMMUNE, OLD_COMMUNE_A, OLD_COMMUNE_B, CELL_A, CELL_B), tree.subtree(NEW_COMMUNE));
    }

    @Test
    void shouldKeepSiblingsApart() {
        assertFalse(tree.contains(OTHER_COMMUNE, CELL_A));
        assertFalse(tree.contains(CELL_A, CELL_B));
        assertTrue(tree.contains(OTHER_COMMUNE, CELL_OTHER));
    }

    @Test
    void shouldSeeNothingFromAnUnknownUnit() {
        assertTrue(tree.subtree(UUID.randomUUID()).isEmpty());
        assertFalse(tree.contains(null, CELL_A));
    }

    @Test
    void shouldSurviveCyclesInBadData() {
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        UnitTree cyclic = new UnitTree(List.of(unit(x, List.of(y), List.of()), unit(y, List.of(x), List.of())));
        assertEquals(Set.of(x, y), cyclic.subtree(x));
    }
}
