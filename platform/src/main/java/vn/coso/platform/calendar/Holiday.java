package vn.coso.platform.calendar;

import java.time.LocalDate;

/**
 * A day off work: a public holiday, or a compensatory day (nghỉ bù) when a holiday falls on a weekend.
 *
 * @param name the holiday's Vietnamese name
 * @param compensatory whether this day replaces a holiday that fell on a Saturday or Sunday
 */
public record Holiday(LocalDate date, String name, boolean compensatory) {
}
