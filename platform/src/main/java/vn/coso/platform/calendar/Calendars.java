package vn.coso.platform.calendar;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The working-day calendar the services count deadlines on. */
public class Calendars {

    @Produces
    @Singleton
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.vietnam();
    }
}
