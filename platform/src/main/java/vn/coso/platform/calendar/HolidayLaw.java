package vn.coso.platform.calendar;

import java.time.LocalDate;

/**
 * The holiday law in force on a date, as effective-dated rules: which days are public holidays, and the make-up day
 * for one that falls on the weekly rest day.
 */
public enum HolidayLaw {

    /**
     * Bộ luật Lao động 2012 (10/2012/QH13), Điều 115: 1/1, Tết 5 days, Hùng Kings 10/3 lunar, 30/4, 1/5, 2/9 (one
     * day); khoản 3: a holiday on the weekly rest day is made up on the next day.
     */
    LABOUR_CODE_2012(LocalDate.of(2013, 5, 1), 1, "Bộ luật Lao động 2012, Điều 115"),

    /**
     * Bộ luật Lao động 2019 (45/2019/QH14), in force 01/01/2021 (Điều 220): Điều 112(1) — 1/1, Tết 5 days, 30/4, 1/5,
     * 2/9 and one day next to it, Hùng Kings 10/3 lunar; Điều 112(3) — the Prime Minister decides the days of Tết and
     * of 2/9; Điều 111(3) — a holiday on the weekly rest day is made up on the next working day.
     */
    LABOUR_CODE_2019(LocalDate.of(2021, 1, 1), 2, "Bộ luật Lao động 2019, Điều 112 và Điều 111(3)");

    private final LocalDate validFrom;
    private final int nationalDayDays;
    private final String source;

    HolidayLaw(LocalDate validFrom, int nationalDayDays, String source) {
        this.validFrom = validFrom;
        this.nationalDayDays = nationalDayDays;
        this.source = source;
    }

    /** The law of a year's holidays (the earliest one for years before it). */
    public static HolidayLaw of(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.isBefore(LABOUR_CODE_2019.validFrom) ? LABOUR_CODE_2012 : LABOUR_CODE_2019;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** Days off for National Day: 1 under the 2012 code, 2/9 and an adjacent day under the 2019 code. */
    public int nationalDayDays() {
        return nationalDayDays;
    }

    public String source() {
        return source;
    }
}
