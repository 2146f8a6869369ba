package vn.coso.planning.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.calendar.CalendarOverride;
import vn.coso.platform.calendar.Decision;
import vn.coso.platform.calendar.Holiday;
import vn.coso.platform.calendar.WorkingCalendar;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.sql.Columns;

/**
 * The working-day calendar as a service: the statutory holidays (computed, lunar Tết included) with the government's
 * decisions of the year on top, and "N working days after D" for everyone.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    /** What a decision says of a day ({@link Decision.Kind}). */
    public enum Kind {
        /** A weekday off as one of Tết's days: recording them for a year replaces the statutory placement. */
        TET,
        /** National Day's second day (2/9 and one day next to it, Labour Code 2019 art. 112(1)(đ)). */
        NATIONAL_DAY,
        /** An extra day off (a weekday swapped, a day given once). */
        DAY_OFF,
        /** A day worked: a weekend day in exchange, or a computed compensatory day the decision does not give. */
        WORKING
    }

    @Schema(name = "CalendarOverride")
    public record Override(@NotNull LocalDate day, @NotNull Kind kind, @NotBlank @Size(max = 200) String name,
            @Schema(description = "The decision, e.g. Thông báo 6150/TB-BLĐTBXH") @Size(max = 200) String decidedBy) {
    }

    @Schema(name = "CalendarYear")
    public record Year(int year, List<Holiday> daysOff, List<LocalDate> workingWeekendDays, int workingDays,
            @Schema(description = "True when no decision of the year on Tết or 2/9 is recorded: those days are placed "
                    + "by the statutory rule and may move when the government decides") boolean provisional,
            @Schema(description = "The government's decisions that place days of the year, with their sources") List<Decision> decisions) {
    }

    @Schema(name = "WorkingDaysAfter")
    public record After(LocalDate from, int workingDays, LocalDate date,
            @Schema(description = "True when a year counted has no recorded decision on Tết or 2/9") boolean provisional,
            @Schema(description = "The decisions that place days between the two dates, with their sources") List<Decision> decisions) {
    }

    private final EntityManager em;
    private final AuditLog audit;

    public CalendarService(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** The calendar: the statutory holidays, the decisions coso ships, and every decision recorded here on top. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar calendar() {
        return CalendarOverride.apply(overrides().stream()
                .map(o -> new CalendarOverride(o.day(), o.kind().name(), o.name(), o.decidedBy())).toList());
    }

    /** Every decision recorded, in date order: what the other services copy. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Override> overrides() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("select day, kind, name, decided_by from calendar_override order by day")
                .getResultList();
        return rows.stream().map(r -> new Override(Columns.localDate(r[0]),
                Kind.valueOf((String) r[1]), (String) r[2], (String) r[3])).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Year year(int year) {
        WorkingCalendar calendar = calendar();
        List<LocalDate> workingWeekend = new ArrayList<>();
        int working = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                working++;
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    workingWeekend.add(d);
                }
            }
        }
        return new Year(year, calendar.holidays(year), workingWeekend, working, calendar.isProvisional(year),
                calendar.decisions(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public After after(LocalDate from, int days) {
        WorkingCalendar calendar = calendar();
        LocalDate date = calendar.plusWorkingDays(from, days);
        return new After(from, days, date, calendar.isProvisional(from, date), calendar.decisions(from, date));
    }

    /** Records or replaces the decision for a day. */
    public void put(Override o) {
        boolean weekend = o.day().getDayOfWeek() == DayOfWeek.SATURDAY || o.day().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (o.kind() != Kind.WORKING && weekend) {
            throw ProblemException.badRequest("day", "calendar.weekend-off");
        }
        em.createNativeQuery("""
                insert into calendar_override (day, kind, name, decided_by) values (:day, :kind, :name, :by)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name,
                    decided_by = excluded.decided_by, version = calendar_override.version + 1, updated_at = now()
                """).setParameter("day", o.day()).setParameter("kind", o.kind().name())
                .setParameter("name", o.name().strip()).setParameter("by", o.decidedBy()).executeUpdate();
        audit.record("PUT", "calendar-override", o.day(), null, Map.of("kind", o.kind().name()));
    }

    /** Removes the decision for a day; {@code false} when there was none. */
    public boolean delete(LocalDate day) {
        int removed = em.createNativeQuery("delete from calendar_override where day = :day").setParameter("day", day)
                .executeUpdate();
        if (removed > 0) {
            audit.record("DELETE", "calendar-override", day, null, Map.of());
        }
        return removed > 0;
    }
}
