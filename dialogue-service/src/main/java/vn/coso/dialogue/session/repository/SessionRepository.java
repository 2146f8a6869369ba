package vn.coso.dialogue.session.repository;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.coso.dialogue.session.DialogueSession;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<DialogueSession, UUID> {

    /** Sessions organised by one of the given communes, latest first. */
    public List<DialogueSession> ofCommunes(Set<UUID> communes, int offset, int size) {
        return find("array_contains(:communes, communeId)", Sort.descending("heldOn").and("id"), communes(communes))
                .range(offset, offset + size - 1).list();
    }

    public long countOfCommunes(Set<UUID> communes) {
        return count("array_contains(:communes, communeId)", communes(communes));
    }

    private static Parameters communes(Set<UUID> ids) {
        return Parameters.with("communes", ids.toArray(UUID[]::new));
    }
}
