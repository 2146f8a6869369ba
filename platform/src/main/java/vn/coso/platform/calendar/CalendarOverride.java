package vn.coso.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A government decision that moves a day, as planning-service's calendar lists it.
 *
 * @param kind {@code DAY_OFF} (an extra day off) or {@code WORKING} (a weekend day worked in exchange)
 */
@JsonIgnoreProperties(ignoreUnknown = true) // planning-service also tells who decided; a copy needs no more
public record CalendarOverride(LocalDate day, String kind, String name) {

    public static final String DAY_OFF = "DAY_OFF";

    /** The statutory calendar with these decisions applied. */
    public static WorkingCalendar apply(Iterable<CalendarOverride> overrides) {
        List<Holiday> off = new ArrayList<>();
        List<LocalDate> working = new ArrayList<>();
        for (CalendarOverride o : overrides) {
            if (DAY_OFF.equals(o.kind())) {
                off.add(new Holiday(o.day(), o.name(), false));
            } else {
                working.add(o.day());
            }
        }
        return WorkingCalendar.vietnam(off, working);
    }
}
