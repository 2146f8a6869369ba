package vn.coso.platform.architecture;

import org.junit.jupiter.api.Test;

import vn.coso.platform.testing.ArchitectureRules;

/** The shared architecture rules, over this module's production code. */
class ArchitectureTest {

    @Test
    void shouldReadTheTimeOnlyFromTheClockBean() {
        ArchitectureRules.NO_SYSTEM_TIME.check(ArchitectureRules.productionClasses("vn.coso.platform"));
    }
}
