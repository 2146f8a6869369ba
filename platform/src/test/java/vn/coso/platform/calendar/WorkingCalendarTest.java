package vn.coso.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @Test
    void shouldPlaceTetOnTheVietnameseLunarNewYear() {
        assertEquals(LocalDate.of(2021, 2, 12), LunarCalendar.tet(2021));
        assertEquals(LocalDate.of(2023, 1, 22), LunarCalendar.tet(2023));
        assertEquals(LocalDate.of(2024, 2, 10), LunarCalendar.tet(2024));
        assertEquals(LocalDate.of(2025, 1, 29), LunarCalendar.tet(2025));
        assertEquals(LocalDate.of(2026, 2, 17), LunarCalendar.tet(2026));
    }

    @Test
    void shouldPlaceTheHungKingsDayOnTheTenthOfTheThirdLunarMonth() {
        assertEquals(LocalDate.of(2023, 4, 29), LunarCalendar.toSolar(2023, 3, 10));
        assertEquals(LocalDate.of(2024, 4, 18), LunarCalendar.toSolar(2024, 3, 10));
        assertEquals(LocalDate.of(2025, 4, 7), LunarCalendar.toSolar(2025, 3, 10));
    }

    @Test
    void shouldGiveCompensatoryDaysWhenHolidaysFallOnAWeekend() {
        // 2023: Hùng Kings on Saturday 29/4 and 30/4 on Sunday, then 1/5: days off until Wednesday 3/5
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 5, 2)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 5, 3)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2023, 5, 4)));
        List<Holiday> compensatory = calendar.holidays(2023).stream().filter(Holiday::compensatory).toList();
        assertEquals(List.of(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3)),
                compensatory.stream().map(Holiday::date).filter(d -> d.getMonthValue() == 5).toList());
    }

    @Test
    void shouldCountWorkingDaysAcrossTheTet2024Decision() {
        // Thông báo 5015/TB-LĐTBXH (22/11/2023): off from Thursday 08/02 to Wednesday 14/02/2024
        LocalDate wednesday = LocalDate.of(2024, 2, 7);
        for (LocalDate d = LocalDate.of(2024, 2, 8); !d.isAfter(LocalDate.of(2024, 2, 14)); d = d.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(d), d.toString());
        }
        assertEquals(LocalDate.of(2024, 2, 15), calendar.plusWorkingDays(wednesday, 1));
        assertEquals(LocalDate.of(2024, 2, 16), calendar.plusWorkingDays(wednesday, 2));
        assertEquals(2, calendar.workingDaysBetween(wednesday, LocalDate.of(2024, 2, 16)));
        assertEquals(wednesday, calendar.plusWorkingDays(LocalDate.of(2024, 2, 16), -2));
        assertEquals(wednesday, calendar.plusWorkingDays(wednesday, 0));
        assertFalse(calendar.isProvisional(2024));
    }

    @Test
    void shouldCountSevenWorkingDaysAfterAReceiptBeforeTet2025() {
        // Thông báo 6150/TB-BLĐTBXH: off from Saturday 25/01 to Sunday 02/02/2025, no Saturday worked after it.
        // From Friday 24/01: 03/02, 04, 05, 06, 07 (Mon–Fri), then 10/02 and 11/02.
        LocalDate friday = LocalDate.of(2025, 1, 24);
        assertEquals(LocalDate.of(2025, 2, 3), calendar.plusWorkingDays(friday, 1));
        assertEquals(LocalDate.of(2025, 2, 11), calendar.plusWorkingDays(friday, 7));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 1, 24)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 8, 30)), "a Saturday");
    }

    @Test
    void shouldHonourSwappedDays() {
        // Công văn 2450/VPCP-KGVX (12/04/2024): Monday 29/04 off, Saturday 04/05/2024 worked
        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 4, 29)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 5, 4)));
        // Công văn 12729/VPCP-KGVX (25/12/2025): Friday 02/01 off, Saturday 10/01/2026 worked
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 1, 2)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 1, 10)));
        assertEquals(LocalDate.of(2026, 1, 10), calendar.onOrBefore(LocalDate.of(2026, 1, 11)));
        assertEquals(List.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22)), calendar.workedWeekendDays(2026));
    }

    @Test
    void shouldPlaceNationalDaysSecondDayAsEachYearsDecisionSays() {
        // 2021 (4875/TB-LĐTBXH): Thursday 2/9 and Friday 3/9
        assertFalse(calendar.isWorkingDay(LocalDate.of(2021, 9, 3)));
        // 2023 (5034/TB-LĐTBXH): Friday 1/9, and 2/9 a Saturday made up on Monday 4/9 (Labour Code art. 111(3))
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 9, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 9, 4)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2023, 9, 5)));
        // 2025: Monday 1/9 and Tuesday 2/9
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 9, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 9, 3)));
    }

    @Test
    void shouldCountNationalDayAsOneDayUnderTheLabourCodeOf2012() {
        // Bộ luật Lao động 2012, Điều 115: 2/9 only; 2/9/2020 was a Wednesday
        assertFalse(calendar.isWorkingDay(LocalDate.of(2020, 9, 2)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2020, 9, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2020, 9, 3)));
        assertEquals(HolidayLaw.LABOUR_CODE_2012, HolidayLaw.of(2020));
        assertEquals(HolidayLaw.LABOUR_CODE_2019, HolidayLaw.of(2021));
    }

    @Test
    void shouldSayAYearWithoutADecisionIsProvisional() {
        // Tết Đinh Mùi falls on Saturday 6 February 2027; no decision for 2027 is recorded: the statutory placement
        // (the last day of the lunar year and the first four days) with make-up days for the weekend, provisional.
        assertTrue(calendar.isProvisional(2027));
        assertTrue(calendar.isProvisional(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5)));
        assertFalse(calendar.isProvisional(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
        for (int day : new int[]{5, 8, 9, 10, 11}) {
            assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 2, day)), "February " + day);
        }
        assertTrue(calendar.holidays(2027).stream().filter(h -> h.date().getMonthValue() == 2)
                .allMatch(Holiday::provisional));
        for (int year = 2020; year <= 2026; year++) {
            assertFalse(calendar.isProvisional(year), String.valueOf(year));
        }
    }

    @Test
    void shouldLetARecordedDecisionReplaceTheStatutoryPlacement() {
        // an admin records a (hypothetical) decision for 2027: Tết from Thursday 04/02 to Wednesday 10/02
        List<Decision> recorded = new java.util.ArrayList<>();
        for (int day : new int[]{4, 5, 8, 9, 10}) {
            recorded.add(new Decision(LocalDate.of(2027, 2, day), Decision.Kind.TET, "Tết", "Thông báo X", true));
        }
        recorded.add(new Decision(LocalDate.of(2027, 9, 3), Decision.Kind.NATIONAL_DAY, "Quốc khánh", "X", true));
        WorkingCalendar decided = WorkingCalendar.vietnam(recorded);
        assertFalse(decided.isWorkingDay(LocalDate.of(2027, 2, 4)));
        assertTrue(decided.isWorkingDay(LocalDate.of(2027, 2, 11)));
        assertFalse(decided.isProvisional(2027));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 4)));
        // the shipped years are untouched
        assertFalse(decided.isWorkingDay(LocalDate.of(2024, 2, 14)));
    }

    @Test
    void shouldNameTheSourceOfEveryDecisionAndEveryHoliday() {
        List<Decision> decisions = calendar.decisions(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31));
        assertTrue(decisions.size() > 40);
        assertTrue(decisions.stream().allMatch(d -> d.source() != null && !d.source().isBlank()));
        assertTrue(calendar.holidays(2025).stream().allMatch(h -> h.source() != null));
        assertEquals("Thông báo 5015/TB-LĐTBXH ngày 22/11/2023",
                calendar.decisions(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 8)).get(0).source());
    }

    @Test
    void shouldEndACalendarDayPeriodOnTheNextWorkingDay() {
        WorkingDays days = new WorkingDays();
        // Bộ luật Dân sự 2015, Điều 147(3): the day of the event is not counted — 30 days after 03/03/2025 is 02/04
        assertEquals(LocalDate.of(2025, 4, 2), days.end(LocalDate.of(2025, 3, 3), 30, DayCount.CALENDAR_DAYS));
        // Điều 148(5): 10 days after 20/01/2025 is 30/01, a Tết day off (6150/TB-BLĐTBXH): the period ends on 03/02
        assertEquals(LocalDate.of(2025, 2, 3), days.end(LocalDate.of(2025, 1, 20), 10, DayCount.CALENDAR_DAYS));
        // 30 days after Friday 01/08/2025 is Sunday 31/08; 1/9 and 2/9 are off: Wednesday 03/09
        assertEquals(LocalDate.of(2025, 9, 3), days.end(LocalDate.of(2025, 8, 1), 30, DayCount.CALENDAR_DAYS));
        assertEquals(LocalDate.of(2025, 2, 11), days.end(LocalDate.of(2025, 1, 24), 7, DayCount.WORKING_DAYS));
    }

    @Test
    void shouldGiveNationalDayAndABridgeDayWhereNoDecisionSays() {
        // 2/9/2027 is a Thursday: by the statutory placement Friday 3/9 bridges to the weekend (provisional)
        WorkingCalendar statutory = WorkingCalendar.statutoryOnly();
        assertFalse(statutory.isWorkingDay(LocalDate.of(2027, 9, 3)));
        assertTrue(statutory.isProvisional(2024));
    }
}
