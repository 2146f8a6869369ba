package vn.coso.planning.unit.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.coso.planning.unit.CellKind;
import vn.coso.planning.unit.Unit;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.scope.UnitNode;
import vn.coso.platform.sql.Columns;
import vn.coso.platform.units.UnitFeedEntry;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, UUID> {

    /** Filters of the unit list; null means "any". */
    public record Filter(Set<UUID> within, UnitKind kind, LocalDate validOn, String text) {
    }

    public List<Unit> list(Filter filter, int offset, int size) {
        return find(where(filter), Sort.by("code"), params(filter)).range(offset, offset + size - 1).list();
    }

    public long count(Filter filter) {
        return count(where(filter), params(filter));
    }

    private static String where(Filter f) {
        List<String> clauses = new ArrayList<>();
        clauses.add("array_contains(:within, id)");
        if (f.kind() != null) {
            clauses.add("kind = :kind");
        }
        if (f.validOn() != null) {
            clauses.add("validFrom <= :on and (validTo is null or validTo >= :on)");
        }
        if (f.text() != null) {
            clauses.add("(lower(name) like :text or lower(code) like :text)");
        }
        return String.join(" and ", clauses);
    }

    private static Parameters params(Filter f) {
        Parameters p = Parameters.with("within", f.within().toArray(UUID[]::new));
        if (f.kind() != null) {
            p.and("kind", f.kind());
        }
        if (f.validOn() != null) {
            p.and("on", f.validOn());
        }
        if (f.text() != null) {
            p.and("text", "%" + f.text().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return p;
    }

    /**
     * The parent of each unit on {@code date}, in one query; for a unit not alive that day, its parent on the
     * nearest day it was (its first or last day).
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, UUID> parentsOn(Collection<UUID> unitIds, LocalDate date) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select distinct on (p.unit_id) p.unit_id, p.parent_id
                from unit_parent p join unit u on u.id = p.unit_id,
                     lateral (select least(greatest(cast(:on as date), u.valid_from),
                                           coalesce(u.valid_to, cast(:on as date))) as day) d
                where p.unit_id in (:ids) and p.valid_from <= d.day and (p.valid_to is null or p.valid_to >= d.day)
                order by p.unit_id, p.valid_from desc
                """).setParameter("ids", unitIds).setParameter("on", date).getResultList();
        Map<UUID, UUID> parents = new HashMap<>();
        rows.forEach(r -> parents.put((UUID) r[0], (UUID) r[1]));
        return parents;
    }

    /** The names of the given units, by id (for tables that name the units). */
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(u -> u.id, u -> u.name));
    }

    /** A unit with its parent on a given day. */
    public record Placed(UUID id, String code, String name, UnitKind kind, CellKind cellKind, LocalDate validFrom,
            LocalDate validTo, UUID parentId, long version) {
    }

    /**
     * Units valid on {@code date} under {@code root} through parent links valid that day, the root included, each
     * with its parent that day, ordered by code: one query.
     */
    @SuppressWarnings("unchecked")
    public List<Placed> subtreeOn(UUID root, LocalDate date) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with recursive down(id) as (
                    select cast(:root as uuid)
                    union
                    select p.unit_id from unit_parent p join down d on p.parent_id = d.id
                    where p.valid_from <= :on and (p.valid_to is null or p.valid_to >= :on)
                )
                select u.id, u.code, u.name, u.kind, u.cell_kind, u.valid_from, u.valid_to, p.parent_id, u.version
                from down join unit u on u.id = down.id
                left join lateral (select l.parent_id from unit_parent l where l.unit_id = u.id
                                   and l.valid_from <= :on and (l.valid_to is null or l.valid_to >= :on)
                                   order by l.valid_from desc limit 1) p on true
                where u.valid_from <= :on and (u.valid_to is null or u.valid_to >= :on)
                order by u.code
                """).setParameter("root", root).setParameter("on", date).getResultList();
        return rows.stream().map(r -> new Placed((UUID) r[0], (String) r[1], (String) r[2],
                UnitKind.valueOf((String) r[3]), r[4] == null ? null : CellKind.valueOf((String) r[4]),
                Columns.localDate(r[5]), Columns.localDate(r[6]), (UUID) r[7],
                ((Number) r[8]).longValue())).toList();
    }

    /** Every unit with all its parent ids and predecessor ids, for the in-memory scope tree. */
    @SuppressWarnings("unchecked")
    public List<UnitNode> allNodes() {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select u.id, u.code, u.name, u.kind, u.cell_kind,
                       coalesce((select array_agg(distinct p.parent_id) from unit_parent p where p.unit_id = u.id),
                                '{}'),
                       coalesce((select array_agg(s.predecessor_id) from unit_succession s
                                 where s.successor_id = u.id), '{}')
                from unit u
                """).getResultList();
        return rows.stream().map(r -> new UnitNode((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], Arrays.asList((UUID[]) r[5]), Arrays.asList((UUID[]) r[6]))).toList();
    }

    /** One page of the change feed: units whose position is after {@code since}, in order. */
    @SuppressWarnings("unchecked")
    public List<UnitFeedEntry> changesSince(long since, int size) {
        List<Unit> units = find("seq > ?1 order by seq", since).range(0, size - 1).list();
        if (units.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = units.stream().map(u -> u.id).toList();
        Map<UUID, List<UnitFeedEntry.ParentLink>> parents = new HashMap<>();
        List<Object[]> parentRows = getEntityManager().createNativeQuery("""
                select unit_id, parent_id, valid_from, valid_to from unit_parent where unit_id in (:ids)
                order by unit_id, valid_from
                """).setParameter("ids", ids).getResultList();
        for (Object[] r : parentRows) {
            parents.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new UnitFeedEntry.ParentLink((UUID) r[1], Columns.localDate(r[2]), Columns.localDate(r[3])));
        }
        Map<UUID, List<UUID>> predecessors = new HashMap<>();
        List<Object[]> successionRows = getEntityManager().createNativeQuery("""
                select successor_id, predecessor_id from unit_succession where successor_id in (:ids)
                """).setParameter("ids", ids).getResultList();
        for (Object[] r : successionRows) {
            predecessors.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        return units.stream().map(u -> new UnitFeedEntry(u.id, u.code, u.name, u.kind.name(),
                u.cellKind == null ? null : u.cellKind.name(), u.validFrom, u.validTo,
                parents.getOrDefault(u.id, List.of()), predecessors.getOrDefault(u.id, List.of()), u.seq)).toList();
    }
}
