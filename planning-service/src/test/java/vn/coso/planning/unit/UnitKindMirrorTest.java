package vn.coso.planning.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The services read unit kinds through platform's enum: it must name exactly the registry's kinds, in order. */
class UnitKindMirrorTest {

    @Test
    void shouldMirrorTheRegistrysUnitKindsInPlatform() {
        assertEquals(Arrays.stream(UnitKind.values()).map(Enum::name).toList(),
                Arrays.stream(vn.coso.platform.scope.UnitKind.values()).map(Enum::name).toList());
    }
}
