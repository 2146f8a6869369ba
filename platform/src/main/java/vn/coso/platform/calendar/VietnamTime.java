package vn.coso.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * Dates are Vietnamese dates: "today" is today in Hà Nội (UTC+7) whatever the server's zone, so that a vote entered
 * at 6 in the morning is not "in the future" on a server that runs on UTC. Also the clock of {@code @PastOrPresent}.
 */
@ApplicationScoped
public class VietnamTime implements ClockProvider {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Clock CLOCK = Clock.system(ZONE);

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    @Override
    public Clock getClock() {
        return CLOCK;
    }
}
