package vn.coso.planning.report;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PeriodReportRepository implements PanacheRepositoryBase<PeriodReport, UUID> {

    public boolean exists(UUID plan, UUID unit, Period period, int year, int number) {
        return count("planId = ?1 and unitId = ?2 and period = ?3 and year = ?4 and number = ?5", plan, unit, period,
                year, number) > 0;
    }

    public List<PeriodReport> forPeriod(UUID plan, Period period, int year, int number) {
        return list("planId = ?1 and period = ?2 and year = ?3 and number = ?4", plan, period, year, number);
    }

    public List<PeriodReport> list(Set<UUID> units, UUID plan, UUID unit, Integer year, int offset, int size) {
        return find(where(plan, unit, year), Sort.by("submittedOn").descending().and("id"),
                params(units, plan, unit, year)).range(offset, offset + size - 1).list();
    }

    public long count(Set<UUID> units, UUID plan, UUID unit, Integer year) {
        return count(where(plan, unit, year), params(units, plan, unit, year));
    }

    private static String where(UUID plan, UUID unit, Integer year) {
        StringBuilder where = new StringBuilder("array_contains(:units, unitId)");
        if (plan != null) {
            where.append(" and planId = :plan");
        }
        if (unit != null) {
            where.append(" and unitId = :unit");
        }
        if (year != null) {
            where.append(" and year = :year");
        }
        return where.toString();
    }

    private static Parameters params(Set<UUID> units, UUID plan, UUID unit, Integer year) {
        Parameters p = Parameters.with("units", units.toArray(UUID[]::new));
        if (plan != null) {
            p.and("plan", plan);
        }
        if (unit != null) {
            p.and("unit", unit);
        }
        if (year != null) {
            p.and("year", year);
        }
        return p;
    }
}
