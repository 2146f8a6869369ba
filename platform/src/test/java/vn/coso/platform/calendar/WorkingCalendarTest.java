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
    void shouldCountWorkingDaysAcrossTet() {
        // Tết 2024 (Saturday 10/2): 9/2 to 13/2 and two compensatory days, 14/2 and 15/2
        LocalDate wednesday = LocalDate.of(2024, 2, 7);
        assertEquals(LocalDate.of(2024, 2, 8), calendar.plusWorkingDays(wednesday, 1));
        assertEquals(LocalDate.of(2024, 2, 16), calendar.plusWorkingDays(wednesday, 2));
        assertEquals(2, calendar.workingDaysBetween(wednesday, LocalDate.of(2024, 2, 16)));
        assertEquals(wednesday, calendar.plusWorkingDays(LocalDate.of(2024, 2, 16), -2));
        assertEquals(wednesday, calendar.plusWorkingDays(wednesday, 0));
    }

    @Test
    void shouldHonourTheGovernmentsShiftedDays() {
        // 2025: 27/1 was given off in exchange for working on Saturday 8/2
        WorkingCalendar shifted = WorkingCalendar.vietnam(
                List.of(new Holiday(LocalDate.of(2025, 1, 27), "Tết Nguyên đán (hoán đổi)", false)),
                List.of(LocalDate.of(2025, 2, 8)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 1, 27)));
        assertFalse(shifted.isWorkingDay(LocalDate.of(2025, 1, 27)));
        assertTrue(shifted.isWorkingDay(LocalDate.of(2025, 2, 8)));
        assertEquals(LocalDate.of(2025, 2, 8), shifted.onOrBefore(LocalDate.of(2025, 2, 9)));
    }

    @Test
    void shouldGiveNationalDayAndABridgeDay() {
        // 2/9/2025 was a Tuesday: Monday 1/9 off as well
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 9, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 9, 2)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 9, 3)));
    }
}
