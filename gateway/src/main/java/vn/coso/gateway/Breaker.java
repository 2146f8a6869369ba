package vn.coso.gateway;

import java.time.Clock;
import java.time.Duration;

/**
 * One service's circuit: after {@code failures} failed exchanges in a row (no answer, or 502–504) it opens and every
 * request fails fast for {@code openFor}; then one trial request is let through (half-open), whose outcome closes the
 * circuit or opens it again. A closed circuit costs a volatile read per request and a write only when the count
 * changes, instead of the promise, timers and context hops of a general-purpose breaker library (see gateway/bench).
 * Time comes from the gateway's one {@link Clock}.
 */
final class Breaker {

    enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private final int maxFailures;
    private final long openForMillis;
    private final Clock clock;
    private volatile State state = State.CLOSED;
    private volatile int failures;
    private long openedAt;

    Breaker(int maxFailures, Duration openFor, Clock clock) {
        this.maxFailures = maxFailures;
        this.openForMillis = openFor.toMillis();
        this.clock = clock;
    }

    State state() {
        return state;
    }

    /** Whether a request may go to the service now; when it does on a half-open circuit it is the one trial. */
    boolean allow() {
        if (state == State.CLOSED) {
            return true;
        }
        synchronized (this) {
            if (state == State.OPEN && clock.millis() - openedAt >= openForMillis) {
                state = State.HALF_OPEN;
                return true;
            }
            return false;
        }
    }

    /** The service answered (anything but 502–504). */
    void success() {
        if (failures != 0 || state != State.CLOSED) {
            synchronized (this) {
                failures = 0;
                state = State.CLOSED;
            }
        }
    }

    /** The service did not answer, or answered 502–504. */
    synchronized void failure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= maxFailures) {
            state = State.OPEN;
            openedAt = clock.millis();
        }
    }

    /**
     * The exchange ended without telling anything about the service (the client hung up): the count is left as it
     * was, and a trial that ended so leaves the circuit open with its time elapsed, so the next request is the trial.
     */
    synchronized void neither() {
        if (state == State.HALF_OPEN) {
            state = State.OPEN;
        }
    }
}
