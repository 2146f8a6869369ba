package vn.coso.dialogue.session.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.coso.dialogue.session.DialogueSession;
import vn.coso.dialogue.session.SessionStatus;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<DialogueSession, UUID> {

    /** What a list of sessions may be narrowed to: communes (always), a period of the session date, a status. */
    public record Filter(Set<UUID> communes, LocalDate from, LocalDate to, SessionStatus status) {
    }

    /** Sessions of the filter, latest first. */
    public List<DialogueSession> find(Filter f, int offset, int size) {
        return find(where(f), Sort.descending("heldOn").and("id"), parameters(f)).range(offset, offset + size - 1)
                .list();
    }

    public long count(Filter f) {
        return count(where(f), parameters(f));
    }

    private static String where(Filter f) {
        StringBuilder where = new StringBuilder("array_contains(:communes, communeId)");
        if (f.from() != null) {
            where.append(" and heldOn >= :from");
        }
        if (f.to() != null) {
            where.append(" and heldOn <= :to");
        }
        if (f.status() != null) {
            where.append(" and status = :status");
        }
        return where.toString();
    }

    private static Parameters parameters(Filter f) {
        Parameters p = Parameters.with("communes", f.communes().toArray(UUID[]::new));
        if (f.from() != null) {
            p = p.and("from", f.from());
        }
        if (f.to() != null) {
            p = p.and("to", f.to());
        }
        if (f.status() != null) {
            p = p.and("status", f.status());
        }
        return p;
    }
}
