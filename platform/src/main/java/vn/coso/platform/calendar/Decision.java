package vn.coso.platform.calendar;

import java.time.LocalDate;

/**
 * A day that a government decision of the year places: which weekdays are Tết's five days (and the days in lieu of
 * those on a weekend), which day is National Day's second, a weekday swapped off, a weekend day worked in exchange.
 * The Labour Code 2019, art. 112(3), leaves the Prime Minister to decide the days of Tết and of 2/9 each year; the
 * ministry's notice (Bộ LĐTBXH to 2025, Bộ Nội vụ from 2026) brings the decision to the civil service.
 *
 * @param source the notice or letter, number and date
 * @param verified whether its text (or a faithful reproduction of it) was read; {@code false} marks a secondary source
 */
public record Decision(LocalDate day, Kind kind, String name, String source, boolean verified) {

    public enum Kind {
        /** A weekday off as one of Tết's days (including those given in lieu of Tết days on a weekend). */
        TET,
        /** The day next to 2/9 given as National Day's second day (Labour Code 2019, art. 112(1)(đ)). */
        NATIONAL_DAY,
        /** Another weekday off: one swapped for a weekend day worked, or a day off decided once. */
        DAY_OFF,
        /** A weekend day worked in exchange, or a computed day off the decision does not give. */
        WORKING;

        /** Kinds that replace the statutory placement of a holiday for their year. */
        public boolean placesAHoliday() {
            return this == TET || this == NATIONAL_DAY;
        }
    }
}
