package vn.coso.planning.target.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import vn.coso.planning.target.Target;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

    /**
     * An indicator as data: its Vietnamese {@code name}, its {@code measure} (COUNT or PERCENT) and the {@code source} of its actual figures
     * (MEMBERSHIP_ADMISSIONS, DIALOGUE_SESSIONS, MANUAL, …).
     */
    public record Indicator(String name, String measure, String source) {
    }

    /** Every indicator by code (a handful of rows, read once per request that needs them). */
    @SuppressWarnings("unchecked")
    public Map<String, Indicator> indicators() {
        List<Object[]> rows = getEntityManager().createNativeQuery("select code, name, measure, source from indicator")
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0],
                r -> new Indicator((String) r[1], (String) r[2], (String) r[3])));
    }

    /** The reporting categories {@code indicator} can be broken down by, in report order. */
    @SuppressWarnings("unchecked")
    public List<String> categories(String indicator) {
        return getEntityManager().createNativeQuery(
                "select code from indicator_category where indicator = :indicator order by position")
                .setParameter("indicator", indicator).getResultList();
    }

    /** The reporting categories of every indicator, in report order, by indicator (one query). */
    @SuppressWarnings("unchecked")
    public Map<String, List<String>> categoriesByIndicator() {
        Map<String, List<String>> byIndicator = new HashMap<>();
        ((List<Object[]>) getEntityManager()
                .createNativeQuery("select indicator, code from indicator_category order by indicator, position")
                .getResultList())
                .forEach(r -> byIndicator.computeIfAbsent((String) r[0], k -> new java.util.ArrayList<>())
                        .add((String) r[1]));
        return byIndicator;
    }

    /** Every reporting category's Vietnamese title, by code (for the offices' tables). */
    @SuppressWarnings("unchecked")
    public Map<String, String> categoryNames() {
        Map<String, String> names = new HashMap<>();
        ((List<Object[]>) getEntityManager().createNativeQuery("select code, name from indicator_category")
                .getResultList()).forEach(r -> names.putIfAbsent((String) r[0], (String) r[1]));
        return names;
    }

    /** Every indicator's Vietnamese name, by code (for the offices' tables). */
    public Map<String, String> indicatorNames() {
        Map<String, String> names = new HashMap<>();
        indicators().forEach((code, i) -> names.put(code, i.name()));
        return names;
    }

    /** Defines an indicator whose actual figures are entered by hand. */
    public void defineManual(String code, String name, String measure) {
        getEntityManager().createNativeQuery("insert into indicator (code, name, measure, source) values "
                + "(:code, :name, :measure, 'MANUAL')").setParameter("code", code).setParameter("name", name)
                .setParameter("measure", measure).executeUpdate();
    }

    public Optional<Target> find(int year, UUID unit, String indicator, String category) {
        return find("year = ?1 and unitId = ?2 and indicator = ?3 and category = ?4", year, unit, indicator, category)
                .firstResultOptional();
    }

    public List<Target> childrenOf(UUID target) {
        return list("parentTargetId", Sort.by("unitId"), target);
    }

    /** The children of several targets in one query, by parent. */
    public Map<UUID, List<Target>> childrenOf(Collection<UUID> targets) {
        if (targets.isEmpty()) {
            return Map.of();
        }
        return list("parentTargetId in ?1", Sort.by("unitId"), targets).stream()
                .collect(Collectors.groupingBy(t -> t.parentTargetId));
    }

    public List<Target> inUnits(Set<UUID> units, Integer year, UUID unit, String indicator, int offset, int size) {
        Map<String, Object> params = new HashMap<>();
        Query q = getEntityManager().createNativeQuery("select t.* from target t where "
                + where(units, year, unit, indicator, params)
                + " order by t.year desc, t.indicator, t.category, t.id offset :offset limit :size", Target.class);
        params.forEach(q::setParameter);
        return targets(q.setParameter("offset", offset).setParameter("size", size));
    }

    public long countInUnits(Set<UUID> units, Integer year, UUID unit, String indicator) {
        Map<String, Object> params = new HashMap<>();
        Query q = getEntityManager().createNativeQuery("select count(*) from target t where "
                + where(units, year, unit, indicator, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The targets of a year and of the year before in the given units, in one query. */
    public List<Target> forProgress(Set<UUID> units, int year) {
        return targets(getEntityManager().createNativeQuery("""
                select t.* from target t
                where t.year in (:year, :year - 1) and t.unit_id in (select unnest(cast(:units as uuid[])))
                order by t.indicator, t.category, t.unit_id
                """, Target.class).setParameter("year", year).setParameter("units", units.toArray(UUID[]::new)));
    }

    /** Whether {@code child} hangs under {@code parent} at some time in the period. */
    public boolean isChildDuring(UUID child, UUID parent, LocalDate from, LocalDate to) {
        return !getEntityManager().createNativeQuery("""
                select 1 from unit_parent where unit_id = :child and parent_id = :parent
                and valid_from <= :to and (valid_to is null or valid_to >= :from)
                """).setParameter("child", child).setParameter("parent", parent).setParameter("from", from)
                .setParameter("to", to).getResultList().isEmpty();
    }

    /**
     * The units that took over from {@code unit} or from any unit that was ever under it, transitively through
     * succession links: for an abolished district, the new communes its communes were merged into.
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> successorsOfSubtree(UUID unit) {
        List<UUID> rows = getEntityManager().createNativeQuery("""
                with recursive below(id) as (
                    select cast(:unit as uuid)
                    union
                    select p.unit_id from unit_parent p join below b on p.parent_id = b.id
                ), taken(id) as (
                    select s.successor_id from unit_succession s where s.predecessor_id in (select id from below)
                    union
                    select s.successor_id from unit_succession s join taken t on s.predecessor_id = t.id
                )
                select id from taken
                """, UUID.class).setParameter("unit", unit).getResultList();
        return Set.copyOf(rows);
    }

    /** The filter of a list; the units as a hashed semi-join, which scales to a province's thousands of units. */
    private static String where(Set<UUID> units, Integer year, UUID unit, String indicator,
            Map<String, Object> params) {
        StringBuilder q = new StringBuilder("t.unit_id in (select unnest(cast(:units as uuid[])))");
        params.put("units", units.toArray(UUID[]::new));
        if (year != null) {
            q.append(" and t.year = :year");
            params.put("year", year);
        }
        if (unit != null) {
            q.append(" and t.unit_id = :unit");
            params.put("unit", unit);
        }
        if (indicator != null) {
            q.append(" and t.indicator = :indicator");
            params.put("indicator", indicator);
        }
        return q.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Target> targets(Query q) {
        return q.getResultList();
    }
}
