package vn.coso.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The working-day calendar this service counts deadlines on: the statutory calendar with the shipped government
 * decisions and those recorded in planning-service ({@link CalendarSync} keeps them current). The calendar is replaced
 * as a whole when the decisions change, so a computation never sees half of a change.
 */
@ApplicationScoped
public class WorkingDays {

    private volatile WorkingCalendar current = WorkingCalendar.vietnam();

    public WorkingCalendar current() {
        return current;
    }

    public void use(WorkingCalendar calendar) {
        current = calendar;
    }

    public boolean isWorkingDay(LocalDate date) {
        return current.isWorkingDay(date);
    }

    /** See {@link WorkingCalendar#plusWorkingDays}. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return current.plusWorkingDays(date, n);
    }

    /** See {@link WorkingCalendar#workingDaysBetween}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current.workingDaysBetween(from, to);
    }

    public LocalDate onOrBefore(LocalDate date) {
        return current.onOrBefore(date);
    }

    public List<Holiday> holidays(int year) {
        return current.holidays(year);
    }

    /** See {@link WorkingCalendar#isProvisional(LocalDate, LocalDate)}. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        return current.isProvisional(from, to);
    }

    /**
     * The last day of a period of {@code length} days that starts with the event of {@code start}. The day of the
     * event is not counted (Bộ luật Dân sự 2015, Điều 147(3)); working days are counted on this calendar; a period in
     * calendar days that ends on a day off ends on the next working day (Điều 148(5)).
     */
    public LocalDate end(LocalDate start, int length, DayCount count) {
        return switch (count) {
            case WORKING_DAYS -> current.plusWorkingDays(start, length);
            case CALENDAR_DAYS -> current.onOrAfter(start.plusDays(length));
        };
    }
}
