package vn.coso.planning.unit.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.coso.platform.sql.Columns;

/**
 * Parent links and succession links of the registry (tables {@code unit_parent}, {@code unit_succession}). Every
 * change here moves the unit's position in the change feed (database triggers).
 */
@ApplicationScoped
public class UnitLinks {

    /** A dated parent link. */
    public record Link(UUID parentId, LocalDate validFrom, LocalDate validTo) {
    }

    private final EntityManager em;

    public UnitLinks(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Link> parentsOf(UUID unit) {
        List<Object[]> rows = em.createNativeQuery("""
                select parent_id, valid_from, valid_to from unit_parent where unit_id = :unit order by valid_from
                """).setParameter("unit", unit).getResultList();
        return rows.stream().map(r -> new Link((UUID) r[0], Columns.localDate(r[1]), Columns.localDate(r[2]))).toList();
    }

    public Optional<Link> openParent(UUID unit) {
        return parentsOf(unit).stream().filter(l -> l.validTo() == null).findFirst();
    }

    public void addParent(UUID unit, UUID parent, LocalDate from, LocalDate to) {
        em.createNativeQuery("""
                insert into unit_parent (unit_id, parent_id, valid_from, valid_to) values (:unit, :parent, :from, :to)
                """).setParameter("unit", unit).setParameter("parent", parent).setParameter("from", from)
                .setParameter("to", to).executeUpdate();
    }

    public void closeParent(UUID unit, LocalDate from, LocalDate to) {
        em.createNativeQuery("""
                update unit_parent set valid_to = :to where unit_id = :unit and valid_from = :from
                """).setParameter("to", to).setParameter("unit", unit).setParameter("from", from).executeUpdate();
    }

    /** Children whose link to {@code parent} is still open after {@code date}. */
    @SuppressWarnings("unchecked")
    public List<UUID> childrenAfter(UUID parent, LocalDate date) {
        return em.createNativeQuery("""
                select unit_id from unit_parent where parent_id = :parent and (valid_to is null or valid_to > :on)
                """).setParameter("parent", parent).setParameter("on", date).getResultList();
    }

    public void addSuccession(UUID predecessor, UUID successor, String kind, LocalDate effective, String decidedBy) {
        em.createNativeQuery("""
                insert into unit_succession (predecessor_id, successor_id, kind, effective_date, decided_by)
                values (:p, :s, :k, :d, :by)
                """).setParameter("p", predecessor).setParameter("s", successor).setParameter("k", kind)
                .setParameter("d", effective).setParameter("by", decidedBy).executeUpdate();
    }
}
