package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import vn.coso.dialogue.opinion.LegalType;

/**
 * The reply deadlines by legal type, as dated data ({@code deadline_rule}). The lookups never flush the session: an
 * opinion half-way through a change would otherwise be written twice and its version would move twice.
 */
@ApplicationScoped
public class Deadlines {

    /** The rule in force for a legal type on a day. */
    public record Rule(LegalType legalType, int workingDays, int extensionMaxDays, String legalBasis) {
    }

    private final EntityManager em;

    public Deadlines(EntityManager em) {
        this.em = em;
    }

    public Rule on(LegalType type, LocalDate day) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select working_days, extension_max_days, legal_basis from deadline_rule
                where legal_type = :type and valid_from <= :day order by valid_from desc limit 1
                """).setFlushMode(FlushModeType.COMMIT).setParameter("type", type.name()).setParameter("day", day)
                .getResultStream().findFirst()
                .orElseGet(() -> em.createNativeQuery("""
                        select working_days, extension_max_days, legal_basis from deadline_rule
                        where legal_type = :type order by valid_from limit 1
                        """).setFlushMode(FlushModeType.COMMIT).setParameter("type", type.name())
                        .getSingleResult());
        return new Rule(type, ((Number) row[0]).intValue(), ((Number) row[1]).intValue(), (String) row[2]);
    }
}
