package vn.coso.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The circuit of one service, with time set by the test: three failures in a row, open for ten seconds. */
class BreakerTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final Breaker breaker = new Breaker(3, Duration.ofSeconds(10), clock);

    @Test
    void shouldOpenOnlyAfterTheConfiguredFailuresInARow() {
        breaker.failure();
        breaker.failure();
        breaker.success(); // an answer in between: the count starts again
        breaker.failure();
        breaker.failure();
        assertTrue(breaker.allow());
        assertEquals(Breaker.State.CLOSED, breaker.state());
        breaker.failure();
        assertEquals(Breaker.State.OPEN, breaker.state());
        assertFalse(breaker.allow());
    }

    @Test
    void shouldLetOneTrialThroughWhenTheOpenTimeIsOverAndCloseOnItsSuccess() {
        openIt();
        clock.now = clock.now.plusSeconds(9);
        assertFalse(breaker.allow());
        clock.now = clock.now.plusSeconds(1);
        assertTrue(breaker.allow()); // the trial
        assertEquals(Breaker.State.HALF_OPEN, breaker.state());
        assertFalse(breaker.allow()); // nobody else while it runs
        breaker.success();
        assertEquals(Breaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allow());
    }

    @Test
    void shouldOpenAgainForTheWholeTimeWhenTheTrialFails() {
        openIt();
        clock.now = clock.now.plusSeconds(10);
        assertTrue(breaker.allow());
        breaker.failure();
        assertEquals(Breaker.State.OPEN, breaker.state());
        clock.now = clock.now.plusSeconds(9);
        assertFalse(breaker.allow());
        clock.now = clock.now.plusSeconds(1);
        assertTrue(breaker.allow());
    }

    @Test
    void shouldCountAHungUpClientNeitherWay() {
        breaker.failure();
        breaker.failure();
        breaker.neither();
        assertEquals(Breaker.State.CLOSED, breaker.state());
        breaker.failure(); // the third failure in a row: the hang-up did not reset the count
        assertEquals(Breaker.State.OPEN, breaker.state());
        clock.now = clock.now.plusSeconds(10);
        assertTrue(breaker.allow());
        breaker.neither(); // the trial's client hung up: the next request is the trial
        assertTrue(breaker.allow());
        assertEquals(Breaker.State.HALF_OPEN, breaker.state());
    }

    private void openIt() {
        for (int i = 0; i < 3; i++) {
            breaker.failure();
        }
        assertEquals(Breaker.State.OPEN, breaker.state());
    }
}
