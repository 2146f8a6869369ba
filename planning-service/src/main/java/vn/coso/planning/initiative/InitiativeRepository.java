package vn.coso.planning.initiative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

    public List<Initiative> list(Set<UUID> units, Integer year, UUID unit, int offset, int size) {
        return find(where(year, unit), Sort.by("year").descending().and("name").and("id"), params(units, year, unit))
                .range(offset, offset + size - 1).list();
    }

    public long count(Set<UUID> units, Integer year, UUID unit) {
        return count(where(year, unit), params(units, year, unit));
    }

    /** How many initiatives each of the given units registered for the year (units without any left out). */
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> countByUnit(Set<UUID> units, int year) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select unit_id, count(*) from initiative
                where year = :year and unit_id in (select unnest(cast(:units as uuid[])))
                group by unit_id
                """).setParameter("year", year).setParameter("units", units.toArray(UUID[]::new)).getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    public boolean exists(UUID unit, int year, String name) {
        return count("unitId = ?1 and year = ?2 and lower(name) = lower(?3)", unit, year, name) > 0;
    }

    private static String where(Integer year, UUID unit) {
        return "array_contains(:units, unitId)" + (year == null ? "" : " and year = :year")
                + (unit == null ? "" : " and unitId = :unit");
    }

    private static Parameters params(Set<UUID> units, Integer year, UUID unit) {
        Parameters p = Parameters.with("units", units.toArray(UUID[]::new));
        if (year != null) {
            p.and("year", year);
        }
        if (unit != null) {
            p.and("unit", unit);
        }
        return p;
    }
}
