package vn.coso.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * "Now" and "today" in Vietnam, asked of the one {@link Clock} bean ({@link Clocks}): today is today in Hà Nội (UTC+7)
 * whatever the server's zone, so that a vote entered at 6 in the morning is not "in the future" on a server that runs
 * on UTC. Also the clock of {@code @PastOrPresent}. Tests set the clock instead of editing rows.
 */
@ApplicationScoped
public class VietnamTime implements ClockProvider {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public VietnamTime(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** This instant. */
    public Instant now() {
        return clock.instant();
    }

    /** This instant with Vietnam's offset, for documents handed to people. */
    public OffsetDateTime nowInVietnam() {
        return OffsetDateTime.now(clock.withZone(ZONE));
    }

    @Override
    public Clock getClock() {
        return clock.withZone(ZONE);
    }
}
