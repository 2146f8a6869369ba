package vn.coso.planning.unit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitLinks;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.web.Versions;

/**
 * Changes to the unit registry: a new unit under a parent, a move to another parent from a date, the end of a unit
 * with its successors. The tree stays consistent: a child lives within its parent's validity, no unit hangs under
 * itself, a unit ends only once its children have moved, and one code names one current unit.
 */
@ApplicationScoped
@Transactional
public class UnitRegistryService {

    static final String RESOURCE = "unit";

    private final UnitRepository units;
    private final UnitLinks links;
    private final CallerScope scope;
    private final UnitDirectory directory;
    private final AuditLog audit;
    private final Event<UnitsChanged> changed;

    public UnitRegistryService(UnitRepository units, UnitLinks links, CallerScope scope, UnitDirectory directory,
            AuditLog audit, Event<UnitsChanged> changed) {
        this.units = units;
        this.links = links;
        this.scope = scope;
        this.directory = directory;
        this.audit = audit;
        this.changed = changed;
    }

    public UnitView create(UnitRequests.Create r) {
        UnitView created = createUnder(visibleUnit(r.parentId()), r);
        changed.fire(new UnitsChanged());
        return created;
    }

    /**
     * Registers a unit under a parent the caller may see (checked by the caller: an import's parent may be a unit
     * of the same import, not in the scope tree until commit). Fires no change event: the caller does, once.
     */
    UnitView createUnder(Unit parent, UnitRequests.Create r) {
        if ((r.kind() == UnitKind.CELL) != (r.cellKind() != null)) {
            throw ProblemException.badRequest("cellKind", "unit.cell-kind");
        }
        if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            throw ProblemException.badRequest("validTo", "unit.dates-order");
        }
        if (!within(r.validFrom(), r.validTo(), parent.validFrom, parent.validTo)) {
            throw ProblemException.rule("UNIT-WITHIN-PARENT", null, "unit.outside-parent", parent.name);
        }
        if (units.count("code = ?1 and validTo is null", r.code()) > 0) {
            throw ProblemException.conflict("unit.code-taken", r.code());
        }
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.code = r.code();
        unit.name = r.name().strip();
        unit.kind = r.kind();
        unit.cellKind = r.cellKind();
        unit.validFrom = r.validFrom();
        unit.validTo = r.validTo();
        unit.docCode = r.docCode();
        units.persistAndFlush(unit);
        links.addParent(unit.id, parent.id, r.validFrom(), r.validTo());
        audit.record("CREATE", RESOURCE, unit.id, parent.id, Map.of("code", unit.code));
        return view(unit, parent.id);
    }

    /** Whether a child living from {@code from} to {@code to} (open: null) lives within its parent's validity. */
    static boolean within(LocalDate from, LocalDate to, LocalDate parentFrom, LocalDate parentTo) {
        return !from.isBefore(parentFrom) && (parentTo == null || to != null && !to.isAfter(parentTo));
    }

    public UnitView move(UUID id, String ifMatch, UnitRequests.Move m) {
        Unit unit = visibleUnit(id);
        Versions.requireMatch(ifMatch, unit.version);
        Unit parent = visibleUnit(m.parentId());
        if (!unit.validOn(m.from()) || !parent.validOn(m.from())) {
            throw ProblemException.rule("UNIT-WITHIN-PARENT", null, "unit.outside-parent", parent.name);
        }
        if (directory.tree().subtree(unit.id).contains(parent.id)) {
            throw ProblemException.rule("UNIT-CYCLE", null, "unit.cycle", unit.name, parent.name);
        }
        UnitLinks.Link open = links.openParent(unit.id)
                .orElseThrow(() -> ProblemException.badRequest("parentId", "unit.no-open-parent"));
        if (!m.from().isAfter(open.validFrom())) {
            throw ProblemException.badRequest("from", "unit.move-before-link", open.validFrom().toString());
        }
        links.closeParent(unit.id, open.validFrom(), m.from().minusDays(1));
        links.addParent(unit.id, parent.id, m.from(), unit.validTo);
        units.getEntityManager().lock(unit, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record("MOVE", RESOURCE, unit.id, parent.id, Map.of("from", m.from().toString()));
        changed.fire(new UnitsChanged());
        units.flush();
        return view(unit, parent.id);
    }

    public UnitView end(UUID id, String ifMatch, UnitRequests.End e) {
        Unit unit = visibleUnit(id);
        Versions.requireMatch(ifMatch, unit.version);
        if (unit.validTo != null) {
            throw ProblemException.conflict("unit.already-ended", unit.name);
        }
        if (e.validTo().isBefore(unit.validFrom)) {
            throw ProblemException.badRequest("validTo", "unit.dates-order");
        }
        List<UUID> attached = links.childrenAfter(unit.id, e.validTo());
        if (!attached.isEmpty()) {
            throw ProblemException.rule("UNIT-CHILDREN", null, "unit.children-attached", unit.name, attached.size());
        }
        for (int i = 0; i < e.successors().size(); i++) {
            UnitRequests.Successor s = e.successors().get(i);
            boolean valid = units.findByIdOptional(s.unitId()).map(u -> u.validOn(e.validTo().plusDays(1)))
                    .orElse(false);
            if (!valid || s.unitId().equals(unit.id)) {
                throw ProblemException.badRequest("successors[" + i + "].unitId", "unit.bad-successor");
            }
        }
        unit.validTo = e.validTo();
        links.openParent(unit.id).ifPresent(open -> links.closeParent(unit.id, open.validFrom(), e.validTo()));
        for (UnitRequests.Successor s : e.successors()) {
            links.addSuccession(unit.id, s.unitId(), s.kind().name(), e.validTo().plusDays(1), e.decidedBy());
        }
        units.flush();
        audit.record("END", RESOURCE, unit.id, unit.id, Map.of("validTo", e.validTo().toString(),
                "successors", e.successors().size()));
        changed.fire(new UnitsChanged());
        return view(unit, links.parentsOf(unit.id).stream().reduce((a, b) -> b).map(UnitLinks.Link::parentId)
                .orElse(null));
    }

    private Unit visibleUnit(UUID id) {
        scope.requireVisible(id);
        return units.findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    private static UnitView view(Unit u, UUID parentId) {
        return new UnitView(u.id, u.code, u.name, u.kind, u.cellKind, u.validFrom, u.validTo, parentId, u.version);
    }
}
