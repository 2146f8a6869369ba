package vn.coso.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The clock of the Quarkus tests: the system clock until a test sets it, then that moment until {@link #reset()}.
 * A test that needs "a year ago" or "the first of January" says so here instead of editing rows. {@link WithDemoUnits}
 * resets it after every test, so one test's date never leaks into the next.
 */
@Alternative
@Priority(100)
@Singleton
public class TestClock extends Clock {

    /** Vietnam's zone (not VietnamTime's constant: the gateway's tests have this jar without the platform). */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private final ZoneId zone;
    private final TestClock root;

    public TestClock() {
        this(VIETNAM, null);
    }

    private TestClock(ZoneId zone, TestClock root) {
        this.zone = zone;
        this.root = root == null ? this : root;
    }

    /** Nine in the morning of {@code day} in Vietnam, from now on. */
    public void setToday(LocalDate day) {
        set(day.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant());
    }

    public void set(Instant at) {
        root.fixed.set(at);
    }

    /** Moves a set clock on (or starts from the system time). */
    public void advance(Duration by) {
        root.fixed.set(instant().plus(by));
    }

    /** Today's date in Vietnam on this clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), VIETNAM);
    }

    /** Back to the system clock. */
    public void reset() {
        root.fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other, root);
    }

    @Override
    public Instant instant() {
        Instant at = root.fixed.get();
        return at != null ? at : Clock.systemUTC().instant();
    }
}
