package vn.coso.planning.target.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.coso.planning.document.repository.DocumentRepository;
import vn.coso.planning.export.PlanningTables;
import vn.coso.planning.target.Target;
import vn.coso.planning.target.repository.TargetRepository;
import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditEntry;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.audit.AuditQuery;
import vn.coso.platform.export.Table;
import vn.coso.platform.feed.ChangeFeed;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/** Targets of the caller's subtree, and handing them down to the units below. */
@ApplicationScoped
@Transactional
public class TargetService {

    static final String RESOURCE = "target";
    /** The feed's event types: this prefix and the action (vn.coso.planning.target.allocate). */
    static final String FEED_TYPE = "vn.coso.planning.target.";
    static final int EXPORT_BATCH = 5_000;

    private final TargetRepository targets;
    private final UnitRepository units;
    private final DocumentRepository documents;
    private final CallerScope scope;
    private final AuditLog audit;
    private final AuditQuery history;
    private final ChangeFeed feed;

    private final VietnamTime time;

    public TargetService(TargetRepository targets, UnitRepository units, DocumentRepository documents,
            CallerScope scope, AuditLog audit, AuditQuery history, ChangeFeed feed, VietnamTime time) {
        this.time = time;
        this.feed = feed;
        this.targets = targets;
        this.units = units;
        this.documents = documents;
        this.scope = scope;
        this.audit = audit;
        this.history = history;
    }

    public TargetView create(TargetRequest r) {
        scope.requireVisible(r.unitId());
        Unit unit = units.findByIdOptional(r.unitId()).orElseThrow(ProblemException::notFound);
        if (!unit.livesDuring(r.year())) {
            throw ProblemException.rule("TARGET-UNIT-YEAR", null, "target.unit-not-in-year", unit.name, r.year());
        }
        TargetRepository.Indicator indicator = Optional.ofNullable(targets.indicators().get(r.indicator()))
                .orElseThrow(() -> ProblemException.badRequest("indicator", "target.unknown-indicator"));
        if (r.category() != null && !r.category().isEmpty()
                && !targets.categories(r.indicator()).contains(r.category())) {
            // a category the indicator does not report would count 0 for ever
            throw ProblemException.badRequest("category", "target.unknown-category");
        }
        if ((r.value() == null) == (r.growthPercent() == null)) {
            throw ProblemException.badRequest("value", "target.value-or-growth");
        }
        if (r.growthPercent() != null && r.baseline() == null) {
            throw ProblemException.badRequest("baseline", "target.growth-needs-baseline");
        }
        if (r.documentId() != null && documents.findByIdOptional(r.documentId())
                .filter(d -> scope.canSeeOrIsAbove(d.issuerId)).isEmpty()) {
            throw ProblemException.badRequest("documentId", "document.unknown-document");
        }
        String category = r.category() == null ? "" : r.category();
        if (targets.find(r.year(), unit.id, r.indicator(), category).isPresent()) {
            throw ProblemException.conflict("target.exists", unit.name, r.indicator(), r.year());
        }
        Target t = new Target();
        t.id = UUID.randomUUID();
        t.year = r.year();
        t.unitId = unit.id;
        t.indicator = r.indicator();
        t.category = category;
        t.documentId = r.documentId();
        t.baseline = r.baseline();
        t.absoluteValue = r.value();
        t.growthPercent = r.growthPercent();
        t.targetValue = r.value() != null
                ? r.value()
                : Target.grown(r.baseline(), r.growthPercent(), "COUNT".equals(indicator.measure()));
        t.createdAt = time.now();
        targets.persistAndFlush(t);
        audit.record("CREATE", RESOURCE, t.id, t.unitId, Map.of("indicator", t.indicator, "year", t.year));
        return published(t, "create");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TargetView> get(UUID id) {
        return visible(id).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TargetView> list(Integer year, UUID unit, String indicator, PageParams page) {
        var visible = scope.visibleUnits();
        List<Target> found = targets.inUnits(visible, year, unit, indicator, page.offset(), page.size);
        Map<UUID, List<Target>> children = targets.childrenOf(found.stream().map(t -> t.id).toList());
        return new Page<>(found.stream().map(t -> view(t, children.getOrDefault(t.id, List.of()))).toList(),
                targets.countInUnits(visible, year, unit, indicator));
    }

    /** The caller's targets, filtered as in {@link #list}, as a table with Vietnamese headings: every row. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Table table(Integer year, UUID unit, String indicator) {
        var visible = scope.visibleUnits();
        // read in batches so that a province's export has every row, never a silent cut
        List<Target> found = new ArrayList<>();
        for (List<Target> batch = targets.inUnits(visible, year, unit, indicator, 0, EXPORT_BATCH); !batch
                .isEmpty(); batch = batch.size() < EXPORT_BATCH
                        ? List.of()
                        : targets.inUnits(visible, year, unit, indicator, found.size(), EXPORT_BATCH)) {
            found.addAll(batch);
        }
        Map<UUID, List<Target>> children = targets.childrenOf(found.stream().map(t -> t.id).toList());
        Map<UUID, String> numbers = documents.numbers(found.stream().map(t -> t.documentId).toList());
        return TargetTable.of(
                found.stream().map(t -> view(t, children.getOrDefault(t.id, List.of()))).toList(),
                new PlanningTables.Names(units.names(found.stream().map(t -> t.unitId).toList()),
                        targets.indicatorNames(), numbers, targets.categoryNames()));
    }

    /** Hands the target down; see {@link AllocationRequest} for what happens when the shares exceed it. */
    public Optional<TargetView> allocate(UUID id, String ifMatch, AllocationRequest a) {
        return visible(id).map(parent -> {
            Versions.requireMatch(ifMatch, parent.version);
            LocalDate from = LocalDate.of(parent.year, 1, 1);
            LocalDate to = LocalDate.of(parent.year, 12, 31);
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < a.shares().size(); i++) {
                UUID child = a.shares().get(i).unitId();
                if (!seen.add(child)) {
                    throw ProblemException.badRequest("shares[" + i + "].unitId", "target.share-twice");
                }
                if (!targets.isChildDuring(child, parent.unitId, from, to)) {
                    throw ProblemException.badRequest("shares[" + i + "].unitId", "target.share-not-below");
                }
            }
            Map<UUID, BigDecimal> shares = new HashMap<>();
            for (Target existing : targets.childrenOf(parent.id)) {
                shares.put(existing.unitId, existing.targetValue);
            }
            a.shares().forEach(s -> shares.put(s.unitId(), s.value()));
            BigDecimal allocated = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean over = allocated.compareTo(parent.targetValue) > 0;
            if (over && a.mode() == AllocationRequest.Mode.REFUSE) {
                throw ProblemException.rule("TARGET-SPLIT-EXCEEDS", basis(parent), "target.split-exceeds",
                        allocated.stripTrailingZeros().toPlainString(),
                        parent.targetValue.stripTrailingZeros().toPlainString());
            }
            List<Target> children = new ArrayList<>();
            for (AllocationRequest.Share s : a.shares()) {
                Target child = targets.find(parent.year, s.unitId(), parent.indicator, parent.category)
                        .orElseGet(() -> newChild(parent, s.unitId()));
                child.absoluteValue = s.value();
                child.growthPercent = null;
                child.targetValue = s.value();
                child.parentTargetId = parent.id;
                targets.persist(child);
                children.add(child);
            }
            parent.overAllocated = over;
            targets.getEntityManager().lock(parent, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            targets.flush();
            audit.record("ALLOCATE", RESOURCE, parent.id, parent.unitId,
                    Map.of("shares", a.shares().size(), "overAllocated", over));
            children.forEach(child -> published(child, "allocated"));
            return published(parent, "allocate");
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorModel.View> indicators() {
        Map<String, List<String>> categories = targets.categoriesByIndicator();
        return targets.indicators().entrySet().stream().map(e -> new IndicatorModel.View(e.getKey(),
                e.getValue().name(), e.getValue().measure(), e.getValue().source(),
                categories.getOrDefault(e.getKey(), List.of()))).toList();
    }

    public IndicatorModel.View defineIndicator(IndicatorModel.Definition d) {
        if (targets.indicators().containsKey(d.code())) {
            throw ProblemException.conflict("target.indicator-exists", d.code());
        }
        targets.defineManual(d.code(), d.name().strip(), d.measure());
        audit.record("CREATE", "indicator", d.code(), null, Map.of("measure", d.measure()));
        return new IndicatorModel.View(d.code(), d.name().strip(), d.measure(), "MANUAL", List.of());
    }

    /** Records the actual figure of a target whose indicator is entered by hand. */
    public Optional<TargetView> reportActual(UUID id, String ifMatch, ActualRequest r) {
        return visible(id).map(t -> {
            Versions.requireMatch(ifMatch, t.version);
            String source = Optional.ofNullable(targets.indicators().get(t.indicator))
                    .map(TargetRepository.Indicator::source).orElse("MANUAL");
            if (!"MANUAL".equals(source)) {
                throw ProblemException.rule("TARGET-ACTUAL-FROM-SOURCE", null, "target.actual-from-source",
                        t.indicator);
            }
            if (r.reportedOn().getYear() < t.year) {
                throw ProblemException.badRequest("reportedOn", "target.actual-before-year", t.year);
            }
            t.manualActual = r.value();
            t.manualActualOn = r.reportedOn();
            targets.flush();
            audit.record("ACTUAL", RESOURCE, t.id, t.unitId, Map.of("reportedOn", r.reportedOn()));
            return published(t, "actual");
        });
    }

    /**
     * Re-maps the target of an abolished unit to the units that took over its work (its successors, or the
     * successors of the units that were under it). The original stays, marked, and keeps reporting; each share
     * becomes a target naming it; the audit log keeps who did it, on which document and why.
     */
    public Optional<TargetView> remap(UUID id, String ifMatch, RemapRequest r) {
        return visible(id).map(original -> {
            Versions.requireMatch(ifMatch, original.version);
            Unit unit = units.findById(original.unitId);
            if (unit.validTo == null) {
                throw ProblemException.rule("TARGET-REMAP-UNIT-ALIVE", null, "target.remap-unit-alive", unit.name);
            }
            if (original.remappedAt != null) {
                throw ProblemException.conflict("target.already-remapped", unit.name);
            }
            if (r.documentId() != null && documents.findByIdOptional(r.documentId())
                    .filter(d -> scope.canSeeOrIsAbove(d.issuerId)).isEmpty()) {
                throw ProblemException.badRequest("documentId", "document.unknown-document");
            }
            Set<UUID> takers = targets.successorsOfSubtree(unit.id);
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < r.shares().size(); i++) {
                UUID taker = r.shares().get(i).unitId();
                if (!seen.add(taker)) {
                    throw ProblemException.badRequest("shares[" + i + "].unitId", "target.share-twice");
                }
                if (!takers.contains(taker) || !scope.canSee(taker)) {
                    throw ProblemException.badRequest("shares[" + i + "].unitId", "target.share-not-successor",
                            unit.name);
                }
                if (targets.find(original.year, taker, original.indicator, original.category).isPresent()) {
                    throw ProblemException.conflict("target.exists", units.findById(taker).name,
                            original.indicator, original.year);
                }
            }
            BigDecimal total = r.shares().stream().map(AllocationRequest.Share::value)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean over = total.compareTo(original.targetValue) > 0;
            if (over && r.mode() == AllocationRequest.Mode.REFUSE) {
                throw ProblemException.rule("TARGET-SPLIT-EXCEEDS", basis(original), "target.split-exceeds",
                        plain(total).toPlainString(), plain(original.targetValue).toPlainString());
            }
            List<Map<String, Object>> trail = new ArrayList<>();
            List<Target> taken = new ArrayList<>();
            for (AllocationRequest.Share s : r.shares()) {
                Target share = newChild(original, s.unitId());
                share.documentId = r.documentId() != null ? r.documentId() : original.documentId;
                share.baseline = original.baseline;
                share.absoluteValue = s.value();
                share.targetValue = s.value();
                share.remappedFrom = original.id;
                targets.persist(share);
                taken.add(share);
                trail.add(Map.of("unitId", s.unitId(), "targetId", share.id, "value", plain(s.value())));
                audit.record("CREATE", RESOURCE, share.id, share.unitId, Map.of("remappedFrom", original.id));
            }
            original.remappedAt = time.now();
            original.overAllocated = original.overAllocated || over;
            targets.flush();
            Map<String, Object> details = new HashMap<>();
            details.put("to", trail);
            details.put("reason", r.reason());
            details.put("overAllocated", over);
            if (r.documentId() != null) {
                details.put("documentId", r.documentId());
            }
            audit.record("REMAP", RESOURCE, original.id, original.unitId, details);
            taken.forEach(share -> published(share, "create"));
            return published(original, "remap");
        });
    }

    /**
     * Tells the integrators' feed how the target stands after {@code action}, in the change's transaction: the
     * target's own view (no personal data in it).
     */
    private TargetView published(Target t, String action) {
        TargetView v = view(t);
        feed.append(FEED_TYPE + action, t.id, t.unitId, v);
        return v;
    }

    /** Who did what to a target (created, handed down, re-mapped), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Page<AuditEntry>> history(UUID id, PageParams page) {
        return visible(id).map(t -> history.find(new AuditQuery.Filter(RESOURCE, t.id.toString(), null, null, null),
                page.offset(), page.size));
    }

    private Target newChild(Target parent, UUID unit) {
        Target child = new Target();
        child.id = UUID.randomUUID();
        child.year = parent.year;
        child.unitId = unit;
        child.indicator = parent.indicator;
        child.category = parent.category;
        child.documentId = parent.documentId;
        child.createdAt = time.now();
        return child;
    }

    /** The document that set the target is the basis of its split. */
    private String basis(Target t) {
        return t.documentId == null
                ? null
                : documents.findByIdOptional(t.documentId).map(d -> "Số " + d.numberText).orElse(null);
    }

    private Optional<Target> visible(UUID id) {
        return targets.findByIdOptional(id).filter(t -> scope.canSee(t.unitId));
    }

    private TargetView view(Target t) {
        return view(t, targets.childrenOf(t.id));
    }

    private static TargetView view(Target t, List<Target> children) {
        BigDecimal allocated = children.stream().map(c -> c.targetValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TargetView(t.id, t.year, t.unitId, t.indicator, t.category, t.documentId, plain(t.baseline),
                plain(t.absoluteValue), plain(t.growthPercent), plain(t.targetValue), t.parentTargetId,
                plain(allocated), plain(t.targetValue.subtract(allocated)), t.overAllocated,
                children.stream().map(c -> new TargetView.ShareView(c.id, c.unitId, plain(c.targetValue))).toList(),
                t.remappedFrom, t.remappedAt, t.version);
    }

    /** 21.00 and 21 are the same target: answer 21 (and 90.75 stays 90.75). */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
