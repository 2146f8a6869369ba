package vn.coso.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The path guard on its own: every way of climbing out of a route, and the ordinary paths it must let through. */
class RequestGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/dialogue/public/../../membership/candidates", "/api/membership/./candidates",
            "/api/membership/..", "/api/membership/.", "/..", "/api/dialogue/public/%2e%2e/membership",
            "/api/dialogue/public/%2E%2E/membership", "/api/dialogue/public/..%2fmembership",
            "/api/dialogue/public/..%2Fmembership", "/api/dialogue/public/%252e%252e/membership",
            "/api/dialogue/public/..%5cmembership", "/api/dialogue/public/..%5Cmembership", "/api/x%00y",
            "/api/dialogue/public/..\\membership", "//api/membership/candidates", "/api//membership",
            "/api/membership/candidates\t", "/api/membership/\u007f", "api/membership", ""})
    void shouldRefuseEveryDisguiseOfADotSegmentOrAnEscape(String path) {
        assertTrue(RequestGuard.isSuspicious(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/membership/candidates", "/api/membership/candidates/", "/q/health/ready",
            "/api/dialogue/public/opinions/LN-2026-0001", "/api/planning/documents/file.v2.json",
            "/api/planning/units/...x", "/api/planning/units/.hidden", "/api/dialogue/open311/v2/services.xml",
            "/api/planning/search/%C4%90%E1%BA%A3ng", "/api/planning/units/a%20b"})
    void shouldLetOrdinaryPathsThrough(String path) {
        assertFalse(RequestGuard.isSuspicious(path), path);
    }
}
