package vn.coso.platform.calendar;

import java.time.LocalDate;

/**
 * A day off work: a public holiday, a compensatory day (nghỉ bù) when a holiday falls on a weekend, or a day the
 * government's yearly decision gives.
 *
 * @param name the holiday's Vietnamese name
 * @param compensatory whether this day replaces a holiday that fell on a Saturday or Sunday
 * @param source the text that gives the day: the article of the Labour Code, or the decision's number and date
 * @param provisional whether the day is placed by the statutory rule because no decision of the year is recorded
 */
public record Holiday(LocalDate date, String name, boolean compensatory, String source, boolean provisional) {
}
