package vn.coso.planning.unit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.units.UnitFeedPage;

/** Reads of the unit registry, always within the caller's subtree (the change feed excepted: see its resource). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnitService {

    private final UnitRepository units;
    private final CallerScope scope;

    private final VietnamTime time;

    public UnitService(UnitRepository units, CallerScope scope, VietnamTime time) {
        this.time = time;
        this.units = units;
        this.scope = scope;
    }

    public Page<UnitView> list(UnitKind kind, LocalDate validOn, String text, PageParams page) {
        var filter = new UnitRepository.Filter(scope.visibleUnits(), kind, validOn,
                text == null || text.isBlank() ? null : text.trim());
        LocalDate asOf = validOn != null ? validOn : today();
        return new Page<>(views(units.list(filter, page.offset(), page.size), asOf), units.count(filter));
    }

    public Optional<UnitView> get(UUID id) {
        if (!scope.canSee(id)) {
            return Optional.empty();
        }
        return units.findByIdOptional(id).map(u -> views(List.of(u), today()).get(0));
    }

    /** The units under {@code root} on {@code date}; empty when the root is not visible to the caller. */
    public Optional<List<UnitView>> subtree(UUID root, LocalDate date) {
        if (!scope.canSee(root) || units.findByIdOptional(root).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(units.subtreeOn(root, date).stream().map(u -> new UnitView(u.id(), u.code(), u.name(),
                u.kind(), u.cellKind(), u.validFrom(), u.validTo(), u.parentId(), u.version())).toList());
    }

    public UnitFeedPage changes(long since, int size) {
        var items = units.changesSince(since, size);
        long next = items.isEmpty() ? since : items.get(items.size() - 1).seq();
        return new UnitFeedPage(items, next, items.size() == size);
    }

    /** Views with each unit's parent on {@code asOf}, fetched in one query. */
    private List<UnitView> views(List<Unit> list, LocalDate asOf) {
        var parents = units.parentsOn(list.stream().map(u -> u.id).toList(), asOf);
        return list.stream().map(u -> new UnitView(u.id, u.code, u.name, u.kind, u.cellKind, u.validFrom, u.validTo,
                parents.get(u.id), u.version)).toList();
    }

    /** Today in Vietnam, the default date of the registry's views. */
    public LocalDate today() {
        return time.today();
    }
}
