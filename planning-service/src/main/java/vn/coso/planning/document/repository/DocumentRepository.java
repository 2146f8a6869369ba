package vn.coso.planning.document.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import vn.coso.planning.document.CommitteeTerm;
import vn.coso.planning.document.Document;
import vn.coso.planning.document.DocumentType;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    /** Filters of the document list; null means "any". */
    public record Filter(Set<UUID> visibleUnits, UUID issuerId, DocumentType type, Integer year) {
    }

    /** The term of {@code issuer} that covers {@code date}. */
    public Optional<CommitteeTerm> termCovering(UUID issuer, LocalDate date) {
        return getEntityManager().createQuery("""
                from CommitteeTerm t where t.unitId = :issuer and t.startsOn <= :on
                and (t.endsOn is null or t.endsOn >= :on) order by t.startsOn desc
                """, CommitteeTerm.class).setParameter("issuer", issuer).setParameter("on", date).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<CommitteeTerm> termsOf(UUID unit) {
        return getEntityManager().createQuery("from CommitteeTerm t where t.unitId = :unit order by t.startsOn",
                CommitteeTerm.class).setParameter("unit", unit).getResultList();
    }

    /**
     * The next number of a sequence. The counter row is locked until the transaction ends, so concurrent issues of
     * the same sequence wait for each other while other sequences go on.
     */
    public int nextNumber(UUID issuer, DocumentType type, UUID term) {
        ensureCounter(issuer, type, term);
        Number next = (Number) getEntityManager().createNativeQuery("""
                update document_counter set last_value = last_value + 1
                where issuer_id = :issuer and type = :type and term_id = :term
                returning last_value
                """).setParameter("issuer", issuer).setParameter("type", type.name()).setParameter("term", term)
                .getSingleResult();
        return next.intValue();
    }

    /** After registering a paper document numbered {@code n}, new numbers continue after it. */
    public void raiseCounter(UUID issuer, DocumentType type, UUID term, int n) {
        ensureCounter(issuer, type, term);
        getEntityManager().createNativeQuery("""
                update document_counter set last_value = greatest(last_value, :n)
                where issuer_id = :issuer and type = :type and term_id = :term
                """).setParameter("n", n).setParameter("issuer", issuer).setParameter("type", type.name())
                .setParameter("term", term).executeUpdate();
    }

    private void ensureCounter(UUID issuer, DocumentType type, UUID term) {
        getEntityManager().createNativeQuery("""
                insert into document_counter (issuer_id, type, term_id, last_value) values (:issuer, :type, :term, 0)
                on conflict do nothing
                """).setParameter("issuer", issuer).setParameter("type", type.name()).setParameter("term", term)
                .executeUpdate();
    }

    public boolean numberTaken(UUID issuer, DocumentType type, UUID term, int n) {
        return count("issuerId = ?1 and type = ?2 and termId = ?3 and numberSeq = ?4", issuer, type, term, n) > 0;
    }

    /** Documents issued in the caller's subtree or addressed to it, newest first. */
    public List<Document> list(Filter f, int offset, int size) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = filtered("select d.id", f).setFirstResult(offset).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = list("id in ?1", ids).stream()
                .collect(Collectors.toMap(d -> d.id, d -> d));
        return ids.stream().map(byId::get).toList();
    }

    /** The numbers of the given documents ({@code 100-KH/HU}), by id, in one query; nulls are skipped. */
    public Map<UUID, String> numbers(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", wanted).stream().collect(Collectors.toMap(d -> d.id, d -> d.numberText));
    }

    public long count(Filter f) {
        return ((Number) filtered("select count(*)", f).getSingleResult()).longValue();
    }

    private jakarta.persistence.Query filtered(String select, Filter f) {
        StringBuilder sql = new StringBuilder(select).append("""
                 from document d
                where (d.issuer_id = any(:units) or exists (select 1 from document_recipient r
                       where r.document_id = d.id and r.unit_id = any(:units)))
                """);
        if (f.issuerId() != null) {
            sql.append(" and d.issuer_id = :issuer");
        }
        if (f.type() != null) {
            sql.append(" and d.type = :type");
        }
        if (f.year() != null) {
            sql.append(" and extract(year from d.issued_on) = :year");
        }
        if (select.contains("d.id")) {
            sql.append(" order by d.issued_on desc, d.number_seq desc, d.id");
        }
        var query = getEntityManager().createNativeQuery(sql.toString())
                .setParameter("units", f.visibleUnits().toArray(UUID[]::new));
        if (f.issuerId() != null) {
            query.setParameter("issuer", f.issuerId());
        }
        if (f.type() != null) {
            query.setParameter("type", f.type().name());
        }
        if (f.year() != null) {
            query.setParameter("year", f.year());
        }
        return query;
    }
}
