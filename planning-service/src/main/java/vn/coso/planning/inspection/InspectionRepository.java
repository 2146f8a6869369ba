package vn.coso.planning.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import vn.coso.planning.inspection.InspectionModel.ContentView;
import vn.coso.planning.inspection.InspectionModel.OverdueRemedy;
import vn.coso.planning.inspection.InspectionModel.RuleView;

/** Programmes, their inspections and the points to remedy; the code lists and rules with their sources. */
@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    /** Held inspections or supervisions of the units' programmes of a year, and whom they looked at. */
    public record Held(long count, long organisations, long members) {

        public Held plus(Held other) {
            return new Held(count + other.count, organisations + other.organisations, members + other.members);
        }

        public static final Held NONE = new Held(0, 0, 0);
    }

    public Optional<InspectionProgramme> programme(UUID id) {
        return Optional.ofNullable(getEntityManager().find(InspectionProgramme.class, id));
    }

    public void persist(InspectionProgramme programme) {
        getEntityManager().persist(programme);
        getEntityManager().flush();
    }

    public void persist(InspectionRemedy remedy) {
        getEntityManager().persist(remedy);
    }

    public boolean programmeExists(UUID unit, int year, InspectionProgramme.Body body) {
        return getEntityManager().createQuery("select count(p) from InspectionProgramme p where p.unitId = :unit "
                + "and p.year = :year and p.body = :body", Long.class).setParameter("unit", unit)
                .setParameter("year", year).setParameter("body", body).getSingleResult() > 0;
    }

    public List<InspectionProgramme> programmes(Set<UUID> units, Integer year, int offset, int size) {
        var query = getEntityManager().createQuery(
                "select p from InspectionProgramme p where array_contains(:units, p.unitId)"
                        + (year == null ? "" : " and p.year = :year") + " order by p.year desc, p.unitId, p.body, p.id",
                InspectionProgramme.class).setParameter("units", units.toArray(UUID[]::new));
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public List<InspectionProgramme> programmesOfYear(Set<UUID> units, int year) {
        return getEntityManager()
                .createQuery("select p from InspectionProgramme p where array_contains(:units, p.unitId) "
                        + "and p.year = :year", InspectionProgramme.class)
                .setParameter("units", units.toArray(UUID[]::new))
                .setParameter("year", year).getResultList();
    }

    public long countProgrammes(Set<UUID> units, Integer year) {
        var query = getEntityManager()
                .createQuery("select count(p) from InspectionProgramme p where array_contains(:units, p.unitId)"
                        + (year == null ? "" : " and p.year = :year"), Long.class)
                .setParameter("units", units.toArray(UUID[]::new));
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.getSingleResult();
    }

    public List<Inspection> items(Collection<UUID> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return list("programmeId in ?1 order by quarter, createdAt, id", programmes);
    }

    public List<InspectionRemedy> remedies(Collection<UUID> inspections) {
        if (inspections.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select r from InspectionRemedy r where r.inspectionId in :ids "
                + "order by r.inspectionId, r.position", InspectionRemedy.class).setParameter("ids", inspections)
                .getResultList();
    }

    public Optional<InspectionRemedy> remedy(UUID inspection, UUID remedy) {
        return Optional.ofNullable(getEntityManager().find(InspectionRemedy.class, remedy))
                .filter(r -> r.inspectionId.equals(inspection));
    }

    /** Points not done whose deadline has passed, of the units' programmes, oldest deadline first. */
    @SuppressWarnings("unchecked")
    public List<OverdueRemedy> overdue(Set<UUID> units, LocalDate today, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select i.id, r.id, p.unit_id, i.kind, i.concluded_on, r.due_on
                from inspection_remedy r
                join inspection i on i.id = r.inspection_id
                join inspection_programme p on p.id = i.programme_id
                where r.done_on is null and r.due_on < :today
                  and p.unit_id in (select unnest(cast(:units as uuid[])))
                order by r.due_on, r.id
                limit :limit
                """).setParameter("today", today).setParameter("units", units.toArray(UUID[]::new))
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new OverdueRemedy((UUID) r[0], (UUID) r[1], (UUID) r[2],
                Inspection.Kind.valueOf((String) r[3]), date(r[4]), date(r[5]))).toList();
    }

    /**
     * The held (concluded by 31 December) inspections or supervisions of each unit's programmes of the year, with
     * the organisations and members they looked at; units without any left out.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, Held> held(Set<UUID> units, int year, Inspection.Kind kind) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select p.unit_id, count(distinct i.id),
                       count(s.position) filter (where s.member_name is null),
                       count(s.position) filter (where s.member_name is not null)
                from inspection i
                join inspection_programme p on p.id = i.programme_id
                left join inspection_subject s on s.inspection_id = i.id
                where p.year = :year and i.kind = :kind and i.status = 'CONCLUDED'
                  and i.concluded_on <= make_date(:year, 12, 31)
                  and p.unit_id in (select unnest(cast(:units as uuid[])))
                group by p.unit_id
                """).setParameter("year", year).setParameter("kind", kind.name())
                .setParameter("units", units.toArray(UUID[]::new)).getResultList();
        Map<UUID, Held> held = new HashMap<>();
        rows.forEach(r -> held.put((UUID) r[0], new Held(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())));
        return held;
    }

    @SuppressWarnings("unchecked")
    public List<ContentView> contents(LocalDate on) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select code, name, valid_from, valid_to, source_document, source_article, source_verified
                from inspection_content
                where valid_from <= :on and (valid_to is null or valid_to >= :on)
                order by position
                """).setParameter("on", on).getResultList();
        return rows.stream().map(r -> new ContentView((String) r[0], (String) r[1], date(r[2]), date(r[3]),
                (String) r[4], (String) r[5], (Boolean) r[6])).toList();
    }

    @SuppressWarnings("unchecked")
    public List<RuleView> rules(LocalDate on) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select code, value, text, valid_from, valid_to, source_document, source_article, source_verified
                from inspection_rule
                where valid_from <= :on and (valid_to is null or valid_to >= :on)
                order by code
                """).setParameter("on", on).getResultList();
        return rows.stream().map(r -> new RuleView((String) r[0], r[1] == null ? null : ((Number) r[1]).intValue(),
                (String) r[2], date(r[3]), date(r[4]), (String) r[5], (String) r[6], (Boolean) r[7])).toList();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
