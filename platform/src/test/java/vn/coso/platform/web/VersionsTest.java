package vn.coso.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;

class VersionsTest {

    @Test
    void shouldAcceptTheCurrentVersionStrongOrWeak() {
        assertDoesNotThrow(() -> Versions.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("\"1\", \"3\"", 3));
    }

    @Test
    void shouldAnswer412ForAStaleVersionWithTheCurrentEtag() {
        ProblemException e = assertThrows(ProblemException.class, () -> Versions.requireMatch("\"2\"", 3));
        assertEquals(ProblemType.PRECONDITION_FAILED, e.type());
        assertEquals("\"3\"", e.headers().get("ETag"));
    }

    @Test
    void shouldAnswer428WithoutIfMatch() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> Versions.requireMatch(null, 3)).type());
        assertEquals(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> Versions.requireMatch(" ", 3)).type());
    }

    @Test
    void shouldOnlyAcceptSaneRequestIds() {
        assertEquals("abc-123", RequestIds.acceptOrGenerate("abc-123"));
        String generated = RequestIds.acceptOrGenerate("evil\nFAKE LOG LINE");
        assertEquals(36, generated.length());
    }
}
