package vn.coso.platform.architecture;

import org.junit.jupiter.api.Test;

import vn.coso.platform.testing.ArchitectureRules;

/** The shared architecture rules (layers, no cycles, time from the clock), over this module's production code. */
class ArchitectureTest {

    @Test
    void shouldKeepTheSharedArchitectureRules() {
        ArchitectureRules.checkAll("vn.coso.platform");
    }
}
