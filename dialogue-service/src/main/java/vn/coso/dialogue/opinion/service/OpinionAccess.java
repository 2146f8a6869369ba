package vn.coso.dialogue.opinion.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.repository.OpinionRepository;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.web.Versions;

/**
 * Who may do what with an opinion. The commune's staff see the opinions of their subtree; a handler sees those
 * assigned to its unit; a supervisor reads and assesses but changes nothing else. A change needs the version the
 * caller saw (If-Match).
 */
@ApplicationScoped
public class OpinionAccess {

    private final OpinionRepository opinions;
    private final CallerScope scope;
    private final SecurityIdentity identity;

    public OpinionAccess(OpinionRepository opinions, CallerScope scope, SecurityIdentity identity) {
        this.opinions = opinions;
        this.scope = scope;
        this.identity = identity;
    }

    /** A handler who is nothing else: sees opinions by the unit they were assigned to, not by commune. */
    boolean handlerOnly() {
        return identity.hasRole("handler") && !identity.hasRole("dialogue-officer") && !identity.hasRole("leader")
                && !identity.hasRole("supervisor");
    }

    Optional<Opinion> readable(UUID id) {
        return opinions.findByIdOptional(id).filter(this::mayRead);
    }

    /** The commune's staff read the opinions of their subtree; a handler those assigned to its unit. */
    boolean mayRead(Opinion o) {
        return handlerOnly() ? o.handlerUnitId != null && scope.canSee(o.handlerUnitId) : scope.canSee(o.communeId);
    }

    /** The commune's staff, at the version the caller saw. */
    Optional<Opinion> staffWritable(UUID id, String ifMatch) {
        return opinions.findByIdOptional(id).filter(o -> scope.canSee(o.communeId)).map(o -> {
            Versions.requireMatch(ifMatch, o.version);
            return o;
        });
    }

    /** The handler of the assigned unit, or the commune's own staff on its behalf, at the version the caller saw. */
    Optional<Opinion> handlerWritable(UUID id, String ifMatch) {
        return opinions.findByIdOptional(id).filter(o -> {
            boolean ofHandler = o.handlerUnitId != null && scope.canSee(o.handlerUnitId);
            return identity.hasRole("handler") ? ofHandler : scope.canSee(o.communeId);
        }).map(o -> {
            Versions.requireMatch(ifMatch, o.version);
            return o;
        });
    }

    /** Who did it, for the history: the account's name, or "anonymous" for a public submission. */
    String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
