package vn.coso.planning.report;

import java.time.LocalDate;

/** The reporting periods: a report is due by the last day of its period. */
public enum Period {
    QUARTER(4),
    HALF_YEAR(2),
    YEAR(1);

    private final int perYear;

    Period(int perYear) {
        this.perYear = perYear;
    }

    /** How many such periods a year has: the largest valid {@code number}. */
    public int perYear() {
        return perYear;
    }

    public LocalDate start(int year, int number) {
        return LocalDate.of(year, 1, 1).plusMonths((long) (number - 1) * (12 / perYear));
    }

    /** The last day of the period, which is also the day the report is due. */
    public LocalDate end(int year, int number) {
        return start(year, number).plusMonths(12 / perYear).minusDays(1);
    }
}
