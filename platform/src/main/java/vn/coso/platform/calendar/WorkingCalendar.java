package vn.coso.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in Vietnam: Monday to Friday, except public holidays and their compensatory days. The deadlines of the
 * party regulations ("within 60 working days of the cell resolution") and of the law on citizens' petitions are
 * counted on it.
 * <p>
 * The holidays of a year are those of the Labour Code 2019, Article 112: New Year (1/1), Tết (5 days: the last day of
 * the lunar year and the first four of the new one), the Hùng Kings' day (10/3 lunar), Reunification Day (30/4),
 * Labour Day (1/5) and National Day (2/9 and an adjacent day that bridges to the weekend); a holiday that falls on a
 * weekend gives a compensatory day on the next working day (Article 111). Each year the government may shift days
 * (swapping a Saturday for a bridge day); those decisions are given as {@code extraDaysOff} and
 * {@code extraWorkingDays}.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, Holiday> extraDaysOff;
    private final Set<LocalDate> extraWorkingDays;
    private final Map<Integer, Map<LocalDate, Holiday>> years = new ConcurrentHashMap<>();

    private WorkingCalendar(Collection<Holiday> extraDaysOff, Collection<LocalDate> extraWorkingDays) {
        Map<LocalDate, Holiday> off = new LinkedHashMap<>();
        extraDaysOff.forEach(h -> off.put(h.date(), h));
        this.extraDaysOff = Map.copyOf(off);
        this.extraWorkingDays = Set.copyOf(extraWorkingDays);
    }

    /** The statutory calendar, without any government decision shifting days. */
    public static WorkingCalendar vietnam() {
        return new WorkingCalendar(List.of(), List.of());
    }

    /** The statutory calendar with the days the government moved: more days off, weekend days worked instead. */
    public static WorkingCalendar vietnam(Collection<Holiday> extraDaysOff, Collection<LocalDate> extraWorkingDays) {
        return new WorkingCalendar(extraDaysOff, extraWorkingDays);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !yearOf(date).containsKey(date);
    }

    /** The days off of a year, in date order, compensatory days included. */
    public List<Holiday> holidays(int year) {
        List<Holiday> days = new ArrayList<>(yearOf(LocalDate.of(year, 1, 1)).values());
        days.sort(Comparator.comparing(Holiday::date));
        return days;
    }

    /**
     * The {@code n}th working day after {@code date} ("within N working days of D" ends on that day); {@code date}
     * itself when {@code n} is 0. A negative {@code n} counts backwards.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate day = date;
        for (int left = Math.abs(n); left > 0;) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The working day on or before {@code date}. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private Map<LocalDate, Holiday> yearOf(LocalDate date) {
        return years.computeIfAbsent(date.getYear(), this::compute);
    }

    private Map<LocalDate, Holiday> compute(int year) {
        List<Holiday> statutory = new ArrayList<>();
        statutory.add(new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", false));
        LocalDate tet = LunarCalendar.tet(year);
        statutory.add(new Holiday(tet.minusDays(1), "Tết Nguyên đán (cuối năm)", false));
        for (int i = 0; i < 4; i++) {
            statutory.add(new Holiday(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")", false));
        }
        statutory.add(new Holiday(LunarCalendar.toSolar(year, 3, 10), "Giỗ Tổ Hùng Vương", false));
        statutory.add(new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng", false));
        statutory.add(new Holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động", false));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        statutory.add(new Holiday(nationalDay, "Quốc khánh", false));
        statutory.add(new Holiday(nationalDayBridge(nationalDay), "Quốc khánh", false));

        Map<LocalDate, Holiday> days = new LinkedHashMap<>();
        statutory.forEach(h -> days.put(h.date(), h));
        for (Holiday h : statutory) {
            if (isWeekend(h.date())) {
                LocalDate next = h.date().plusDays(1);
                while (isWeekend(next) || days.containsKey(next)) {
                    next = next.plusDays(1);
                }
                days.put(next, new Holiday(next, "Nghỉ bù " + h.name(), true));
            }
        }
        extraDaysOff.values().stream().filter(h -> h.date().getYear() == year).forEach(h -> days.put(h.date(), h));
        extraWorkingDays.forEach(days::remove);
        return Map.copyOf(days);
    }

    /** The day next to 2/9 that bridges to a weekend: Monday before a Tuesday, Friday after a Thursday. */
    private static LocalDate nationalDayBridge(LocalDate nationalDay) {
        return switch (nationalDay.getDayOfWeek()) {
            case TUESDAY, FRIDAY, SATURDAY -> nationalDay.minusDays(1);
            default -> nationalDay.plusDays(1);
        };
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
