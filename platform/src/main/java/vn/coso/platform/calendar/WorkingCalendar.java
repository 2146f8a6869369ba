package vn.coso.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days of the civil service in Vietnam: Monday to Friday, except public holidays, their make-up days and the
 * days the government's decision of the year gives; plus the weekend days it asks to be worked. Party rules ("within
 * 60 working days of the cell resolution") and the intake step of denunciations are counted on it.
 * <p>
 * A year is built from the {@link HolidayLaw} in force: the fixed holidays (1/1, Hùng Kings, 30/4, 1/5, 2/9) with the
 * make-up day for one on a weekend; then Tết's days and 2/9's second day as the year's {@link Decision} places them.
 * A year without a recorded decision falls back to the statutory placement (the last day of the lunar year and the
 * first four of the new one; the day that bridges 2/9 to a weekend), and {@link #isProvisional(int)} says so: a
 * guess is never presented as a decision.
 */
public final class WorkingCalendar {

    private final List<Decision> decisions;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    private WorkingCalendar(List<Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    /** The statutory holidays with the decisions coso ships (2020–2026). */
    public static WorkingCalendar vietnam() {
        return new WorkingCalendar(GovernmentDecisions.shipped());
    }

    /**
     * The shipped decisions with {@code recorded} on top: a recorded day replaces a shipped one, and recorded Tết (or
     * 2/9) days for a year replace the shipped Tết (or 2/9) days of that year.
     */
    public static WorkingCalendar vietnam(Collection<Decision> recorded) {
        Set<String> replaced = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        for (Decision d : recorded) {
            days.add(d.day());
            if (d.kind().placesAHoliday()) {
                replaced.add(d.kind() + "/" + d.day().getYear());
            }
        }
        List<Decision> merged = new ArrayList<>();
        for (Decision d : GovernmentDecisions.shipped()) {
            if (!days.contains(d.day()) && !replaced.contains(d.kind() + "/" + d.day().getYear())) {
                merged.add(d);
            }
        }
        merged.addAll(recorded);
        return new WorkingCalendar(merged);
    }

    /** The statutory placement alone, without any decision (what a year without one falls back to). */
    public static WorkingCalendar statutoryOnly() {
        return new WorkingCalendar(List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        Year y = yearOf(date.getYear());
        if (y.workedWeekendDays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !y.daysOff.containsKey(date);
    }

    /** Whether a year's Tết or 2/9 is placed by the statutory rule because no decision of that year is recorded. */
    public boolean isProvisional(int year) {
        return yearOf(year).provisional;
    }

    /** Whether any year from {@code from} to {@code to} (either order) is {@link #isProvisional(int) provisional}. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        int a = Math.min(from.getYear(), to.getYear());
        int b = Math.max(from.getYear(), to.getYear());
        for (int y = a; y <= b; y++) {
            if (isProvisional(y)) {
                return true;
            }
        }
        return false;
    }

    /** The decisions that place days from {@code from} to {@code to} (either order), in date order. */
    public List<Decision> decisions(LocalDate from, LocalDate to) {
        LocalDate a = from.isBefore(to) ? from : to;
        LocalDate b = from.isBefore(to) ? to : from;
        return decisions.stream().filter(d -> !d.day().isBefore(a) && !d.day().isAfter(b))
                .sorted(Comparator.comparing(Decision::day)).toList();
    }

    /** The days off of a year, in date order, make-up days included. */
    public List<Holiday> holidays(int year) {
        List<Holiday> days = new ArrayList<>(yearOf(year).daysOff.values());
        days.sort(Comparator.comparing(Holiday::date));
        return days;
    }

    /** The weekend days of a year that are worked, in date order. */
    public List<LocalDate> workedWeekendDays(int year) {
        return yearOf(year).workedWeekendDays.stream().sorted().toList();
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

    /** The working day on or after {@code date}. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private Year yearOf(int year) {
        return years.computeIfAbsent(year, this::compute);
    }

    private record Year(Map<LocalDate, Holiday> daysOff, Set<LocalDate> workedWeekendDays, boolean provisional) {
    }

    private Year compute(int year) {
        HolidayLaw law = HolidayLaw.of(year);
        List<Decision> ofYear = decisions.stream().filter(d -> d.day().getYear() == year).toList();
        List<Decision> tetDecided = ofYear.stream().filter(d -> d.kind() == Decision.Kind.TET).toList();
        List<Decision> nationalDecided = ofYear.stream().filter(d -> d.kind() == Decision.Kind.NATIONAL_DAY)
                .toList();
        boolean nationalDayOpen = law.nationalDayDays() > 1;

        // the fixed days, and the statutory placement of those a decision places when no decision is recorded
        List<Holiday> statutory = new ArrayList<>();
        statutory.add(new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", false, law.source(), false));
        if (tetDecided.isEmpty()) {
            LocalDate tet = LunarCalendar.tet(year);
            statutory.add(new Holiday(tet.minusDays(1), "Tết Nguyên đán (cuối năm)", false, law.source(), true));
            for (int i = 0; i < 4; i++) {
                statutory.add(new Holiday(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")", false,
                        law.source(), true));
            }
        }
        statutory.add(new Holiday(LunarCalendar.toSolar(year, 3, 10), "Giỗ Tổ Hùng Vương", false, law.source(),
                false));
        statutory.add(new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng", false, law.source(), false));
        statutory.add(new Holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động", false, law.source(), false));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        statutory.add(new Holiday(nationalDay, "Quốc khánh", false, law.source(), false));
        if (nationalDayOpen && nationalDecided.isEmpty()) {
            statutory.add(new Holiday(nationalDayBridge(nationalDay), "Quốc khánh (ngày liền kề)", false,
                    law.source(), true));
        }

        Map<LocalDate, Holiday> days = new LinkedHashMap<>();
        statutory.forEach(h -> days.put(h.date(), h));
        ofYear.stream().filter(d -> d.kind() != Decision.Kind.WORKING)
                .forEach(d -> days.put(d.day(), new Holiday(d.day(), d.name(), false, d.source(), false)));
        // make-up days for the statutory days on a weekend; the decision's Tết days already include theirs
        for (Holiday h : statutory) {
            if (isWeekend(h.date())) {
                LocalDate next = h.date().plusDays(1);
                while (isWeekend(next) || days.containsKey(next)) {
                    next = next.plusDays(1);
                }
                days.put(next, new Holiday(next, "Nghỉ bù " + h.name(), true, h.source(), h.provisional()));
            }
        }
        Set<LocalDate> worked = new HashSet<>();
        ofYear.stream().filter(d -> d.kind() == Decision.Kind.WORKING).forEach(d -> {
            days.remove(d.day());
            if (isWeekend(d.day())) {
                worked.add(d.day());
            }
        });
        boolean provisional = tetDecided.isEmpty() || (nationalDayOpen && nationalDecided.isEmpty());
        return new Year(Map.copyOf(days), Set.copyOf(worked), provisional);
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
