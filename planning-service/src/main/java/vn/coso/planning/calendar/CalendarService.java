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

    /** A decision that moves a day. */
    public enum Kind {
        /** An extra day off (a bridge day). */
        DAY_OFF,
        /** A day worked: a weekend day in exchange, or a computed compensatory day the decision does not give. */
        WORKING
    }

    @Schema(name = "CalendarOverride")
    public record Override(@NotNull LocalDate day, @NotNull Kind kind, @NotBlank @Size(max = 200) String name,
            @Schema(description = "The decision, e.g. Thông báo 6150/TB-BLĐTBXH") @Size(max = 200) String decidedBy) {
    }

    @Schema(name = "CalendarYear")
    public record Year(int year, List<Holiday> daysOff, List<LocalDate> workingWeekendDays, int workingDays) {
    }

    @Schema(name = "WorkingDaysAfter")
    public record After(LocalDate from, int workingDays, LocalDate date) {
    }

    private final EntityManager em;
    private final AuditLog audit;

    public CalendarService(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** The calendar with every override recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar calendar() {
        List<Holiday> off = new ArrayList<>();
        List<LocalDate> working = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, kind, name from calendar_override").getResultList();
        for (Object[] r : rows) {
            LocalDate day = Columns.localDate(r[0]);
            if ("DAY_OFF".equals(r[1])) {
                off.add(new Holiday(day, (String) r[2], false));
            } else {
                working.add(day);
            }
        }
        return WorkingCalendar.vietnam(off, working);
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
        return new Year(year, calendar.holidays(year), workingWeekend, working);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public After after(LocalDate from, int days) {
        return new After(from, days, calendar().plusWorkingDays(from, days));
    }

    /** Records or replaces the decision for a day. */
    public void put(Override o) {
        boolean weekend = o.day().getDayOfWeek() == DayOfWeek.SATURDAY || o.day().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (o.kind() == Kind.DAY_OFF && weekend) {
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
