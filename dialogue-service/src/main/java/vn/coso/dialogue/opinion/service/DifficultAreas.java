package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.sql.Columns;
import vn.coso.platform.time.VietnamTime;

/**
 * Communes marked remote or difficult to travel (vùng sâu, vùng xa đi lại khó khăn), dated, with the decision that
 * lists them: a complaint there is resolved within 45 days, 60 if complex (Luật Khiếu nại 2011, Điều 28).
 */
@ApplicationScoped
@Transactional
public class DifficultAreas {

    /** One designation. */
    public record Area(UUID communeId, LocalDate validFrom, LocalDate validTo, String basis) {
    }

    private final EntityManager em;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final SecurityIdentity identity;
    private final AuditLog audit;
    private final VietnamTime time;

    public DifficultAreas(EntityManager em, CallerScope scope, UnitDirectory units, SecurityIdentity identity,
            AuditLog audit, VietnamTime time) {
        this.em = em;
        this.scope = scope;
        this.units = units;
        this.identity = identity;
        this.audit = audit;
        this.time = time;
    }

    public boolean isRemote(UUID commune, LocalDate day) {
        return !em.createNativeQuery("""
                select 1 from difficult_area
                where commune_id = :commune and valid_from <= :day and (valid_to is null or valid_to > :day)
                """).setFlushMode(FlushModeType.COMMIT).setParameter("commune", commune).setParameter("day", day)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The designations under {@code unit} (the caller's own unit by default), within the caller's subtree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Area> under(UUID unit) {
        UUID root = scope.unitOr(unit);
        scope.requireVisible(root);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select commune_id, valid_from, valid_to, basis from difficult_area
                where commune_id in (select unnest(cast(:units as uuid[]))) order by commune_id, valid_from
                """).setParameter("units", units.subtree(root).toArray(UUID[]::new)).getResultList();
        return rows.stream().map(r -> new Area((UUID) r[0], Columns.localDate(r[1]), Columns.localDate(r[2]),
                (String) r[3])).toList();
    }

    /** Records (or replaces) the designation of a commune of the caller's subtree from a day. */
    public void mark(Area a) {
        scope.requireVisible(a.communeId());
        boolean commune = units.is(a.communeId(), UnitKind.COMMUNE_COMMITTEE);
        if (!commune) {
            throw ProblemException.badRequest("communeId", "area.not-a-commune");
        }
        if (a.validTo() != null && !a.validTo().isAfter(a.validFrom())) {
            throw ProblemException.badRequest("validTo", "area.to-before-from");
        }
        em.createNativeQuery("""
                insert into difficult_area (commune_id, valid_from, valid_to, basis, recorded_by, recorded_at)
                values (:commune, :from, :to, :basis, :by, :at)
                on conflict (commune_id, valid_from) do update set valid_to = excluded.valid_to,
                    basis = excluded.basis, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                """).setParameter("commune", a.communeId()).setParameter("from", a.validFrom())
                .setParameter("to", a.validTo()).setParameter("basis", a.basis().strip())
                .setParameter("by", identity.getPrincipal().getName()).setParameter("at", time.now())
                .executeUpdate();
        audit.record("PUT", "difficult-area", a.communeId(), a.communeId(),
                Map.of("validFrom", a.validFrom().toString()));
    }
}
