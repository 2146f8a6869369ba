package vn.coso.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A government decision recorded by an admin in planning-service's calendar, as planning-service lists it.
 *
 * @param kind {@code TET}, {@code NATIONAL_DAY}, {@code DAY_OFF} or {@code WORKING} ({@link Decision.Kind})
 * @param decidedBy the notice or letter, number and date
 */
@JsonIgnoreProperties(ignoreUnknown = true) // planning-service may tell more; a copy needs no more
public record CalendarOverride(LocalDate day, String kind, String name, String decidedBy) {

    public static final String DAY_OFF = "DAY_OFF";

    /** The decision it records; an admin types it from the notice in hand, so its source counts as read. */
    public Decision decision() {
        return new Decision(day, Decision.Kind.valueOf(kind), name,
                decidedBy == null || decidedBy.isBlank() ? "Quyết định ghi nhận bởi quản trị viên" : decidedBy, true);
    }

    /** The calendar with the shipped decisions and these on top. */
    public static WorkingCalendar apply(Iterable<CalendarOverride> overrides) {
        List<Decision> decisions = new ArrayList<>();
        overrides.forEach(o -> decisions.add(o.decision()));
        return WorkingCalendar.vietnam(decisions);
    }
}
