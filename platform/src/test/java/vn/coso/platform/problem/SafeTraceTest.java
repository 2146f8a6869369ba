package vn.coso.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTraceTest {

    @Test
    void shouldKeepClassesAndFramesButNoMessage() {
        Exception cause = new IllegalArgumentException("dân tộc Ê Đê, tôn giáo Tin Lành");
        Exception error = new IllegalStateException("dossier of Nguyễn Thị Hoa failed", cause);

        String trace = SafeTrace.of(error);

        assertTrue(trace.startsWith("java.lang.IllegalStateException"));
        assertTrue(trace.contains("Caused by: java.lang.IllegalArgumentException"));
        assertTrue(trace.contains("at vn.coso.platform.problem.SafeTraceTest.shouldKeepClassesAndFramesButNoMessage"));
        assertFalse(trace.contains("Nguyễn"));
        assertFalse(trace.contains("Ê Đê"));
    }

    @Test
    void shouldSurviveACauseCycle() {
        IllegalStateException a = new IllegalStateException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertTrue(SafeTrace.of(a).contains("Caused by: java.lang.RuntimeException"));
    }
}
