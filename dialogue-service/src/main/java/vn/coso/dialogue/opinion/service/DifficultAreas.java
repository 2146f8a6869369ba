package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import vn.coso.platform.sql.Columns;

/**
 * Communes marked remote or difficult to travel (vùng sâu, vùng xa đi lại khó khăn), dated, with the decision that
 * lists them: a complaint there is resolved within 45 days, 60 if complex (Luật Khiếu nại 2011, Điều 28).
 */
@ApplicationScoped
public class DifficultAreas {

    /** One designation. */
    public record Area(UUID communeId, LocalDate validFrom, LocalDate validTo, String basis) {
    }

    private final EntityManager em;

    public DifficultAreas(EntityManager em) {
        this.em = em;
    }

    public boolean isRemote(UUID commune, LocalDate day) {
        return !em.createNativeQuery("""
                select 1 from difficult_area
                where commune_id = :commune and valid_from <= :day and (valid_to is null or valid_to > :day)
                """).setFlushMode(FlushModeType.COMMIT).setParameter("commune", commune).setParameter("day", day)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<Area> in(UUID[] communes) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select commune_id, valid_from, valid_to, basis from difficult_area
                where commune_id in (select unnest(cast(:units as uuid[]))) order by commune_id, valid_from
                """).setParameter("units", communes).getResultList();
        return rows.stream().map(r -> new Area((UUID) r[0], Columns.localDate(r[1]), Columns.localDate(r[2]),
                (String) r[3])).toList();
    }

    /** Records (or replaces) the designation of a commune from a day. */
    public void put(Area a, String recordedBy, java.time.Instant at) {
        em.createNativeQuery("""
                insert into difficult_area (commune_id, valid_from, valid_to, basis, recorded_by, recorded_at)
                values (:commune, :from, :to, :basis, :by, :at)
                on conflict (commune_id, valid_from) do update set valid_to = excluded.valid_to,
                    basis = excluded.basis, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                """).setParameter("commune", a.communeId()).setParameter("from", a.validFrom())
                .setParameter("to", a.validTo()).setParameter("basis", a.basis()).setParameter("by", recordedBy)
                .setParameter("at", at).executeUpdate();
    }
}
