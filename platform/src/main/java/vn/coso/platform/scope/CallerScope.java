package vn.coso.platform.scope;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.coso.platform.problem.ProblemException;

/**
 * The caller's unit (token claim {@code unit}) and what it may see: that unit's subtree. A token without a valid unit
 * sees nothing. A record outside the subtree is answered 404, as if it did not exist (ARCHITECTURE.md).
 */
@RequestScoped
public class CallerScope {

    public static final String UNIT_CLAIM = "unit";

    private final JsonWebToken token;
    private final UnitDirectory directory;

    public CallerScope(JsonWebToken token, UnitDirectory directory) {
        this.token = token;
        this.directory = directory;
    }

    public Optional<UUID> unit() {
        Object claim = token == null ? null : token.getClaim(UNIT_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** The unit asked for, or the caller's own when none is: the default a user expects of every report. */
    public UUID unitOr(UUID requested) {
        return requested != null ? requested : unit().orElseThrow(ProblemException::notFound);
    }

    /**
     * The units a list may show: the subtree of {@code unit} when one is asked for (404 unless the caller sees it),
     * otherwise every unit the caller sees.
     */
    public Set<UUID> subtreeOr(UUID unit) {
        if (unit == null) {
            return visibleUnits();
        }
        requireVisible(unit);
        return directory.subtree(unit);
    }

    /** Every unit the caller may see; empty when the token carries no known unit. */
    public Set<UUID> visibleUnits() {
        return unit().map(directory::subtree).orElse(Set.of());
    }

    public boolean canSee(UUID unitId) {
        return unit().map(root -> directory.tree().contains(root, unitId)).orElse(false);
    }

    /**
     * Whether {@code unitId} lies in the caller's subtree or above the caller's unit: whose documents the caller may
     * cite ("Thực hiện Nghị quyết số 07-NQ/HU …"), while a sibling's are as unknown as a missing one.
     */
    public boolean canSeeOrIsAbove(UUID unitId) {
        return unit().map(root -> directory.tree().contains(root, unitId) || directory.tree().contains(unitId, root))
                .orElse(false);
    }

    /** Throws a 404 problem unless {@code unitId} lies in the caller's subtree. */
    public void requireVisible(UUID unitId) {
        if (!canSee(unitId)) {
            throw ProblemException.notFound();
        }
    }
}
