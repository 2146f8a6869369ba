package vn.coso.planning.progress.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.planning.export.PlanningTables;
import vn.coso.planning.initiative.InitiativeRepository;
import vn.coso.planning.inspection.Inspection;
import vn.coso.planning.inspection.InspectionRepository;
import vn.coso.planning.progress.client.AdmissionFigures;
import vn.coso.planning.progress.client.AdmissionsByUnit;
import vn.coso.planning.progress.client.DialogueFigures;
import vn.coso.planning.progress.client.Figures;
import vn.coso.planning.progress.service.ProgressReport.Figure;
import vn.coso.planning.progress.service.ProgressReport.Status;
import vn.coso.planning.target.Target;
import vn.coso.planning.target.repository.TargetRepository;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.export.Table;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;

/**
 * Progress of every target in a unit's subtree: the actual figure from the service that owns it, the percentage,
 * and a status; the same for the year before. A source that is down makes its figures UNAVAILABLE; the report is
 * still answered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    static final int MAX_TARGETS = 10_000;

    private final TargetRepository targets;
    private final Figures figures;
    private final CallerScope scope;
    private final UnitDirectory directory;
    private final UnitRepository units;
    private final InitiativeRepository initiatives;
    private final InspectionRepository inspections;

    private final VietnamTime time;

    public ProgressService(TargetRepository targets, Figures figures, CallerScope scope, UnitDirectory directory,
            UnitRepository units, InitiativeRepository initiatives, InspectionRepository inspections,
            VietnamTime time) {
        this.time = time;
        this.inspections = inspections;
        this.units = units;
        this.initiatives = initiatives;
        this.targets = targets;
        this.figures = figures;
        this.scope = scope;
        this.directory = directory;
    }

    public ProgressReport progress(int year, UUID unit) {
        scope.requireVisible(unit);
        Set<UUID> subtree = directory.subtree(unit);
        Map<String, TargetRepository.Indicator> indicators = targets.indicators();
        List<Target> current = new ArrayList<>();
        // last year's targets of the same subtree, matched by unit, indicator and category
        Map<List<Object>, Target> lastYear = new HashMap<>();
        for (Target t : targets.forProgress(subtree, year)) {
            if (t.year == year) {
                current.add(t);
            } else {
                lastYear.put(List.of(t.unitId, t.indicator, t.category), t);
            }
        }
        if (current.size() > MAX_TARGETS) {
            throw ProblemException.badRequest("unit", "progress.too-many-targets", current.size(), MAX_TARGETS);
        }
        List<Target> all = new ArrayList<>(current);
        current.forEach(t -> Optional.ofNullable(lastYear.get(List.of(t.unitId, t.indicator, t.category)))
                .ifPresent(all::add));
        Actuals actuals = actuals(all, indicators, unit, subtree);
        Set<String> unavailable = new TreeSet<>();
        List<ProgressReport.Item> items = new ArrayList<>();
        for (Target t : current) {
            Figure now = figure(t, indicators, actuals, unavailable);
            Target previous = lastYear.get(List.of(t.unitId, t.indicator, t.category));
            Figure last = previous == null ? null : figure(previous, indicators, actuals, unavailable);
            items.add(new ProgressReport.Item(t.id, t.unitId, t.indicator, t.category, now, last));
        }
        return new ProgressReport(year, unit, items, List.copyOf(unavailable));
    }

    /** The report as a table with Vietnamese headings, naming units and indicators. */
    public Table table(int year, UUID unit) {
        ProgressReport report = progress(year, unit);
        Set<UUID> ids = new HashSet<>();
        report.items().forEach(i -> ids.add(i.unitId()));
        return ProgressTable.of(report,
                new PlanningTables.Names(units.names(ids), targets.indicatorNames(), Map.of(),
                        targets.categoryNames()));
    }

    /** Every actual figure the targets need, by year and unit, each source asked once per unit and year. */
    private record Actuals(Map<Integer, Map<UUID, Optional<AdmissionFigures>>> admissions,
            Map<Integer, Map<UUID, Optional<DialogueFigures>>> dialogue, Map<Integer, Map<UUID, Long>> initiatives,
            Map<List<Object>, Map<UUID, InspectionRepository.Held>> held) {
    }

    private Actuals actuals(List<Target> all, Map<String, TargetRepository.Indicator> indicators, UUID root,
            Set<UUID> subtree) {
        Map<Integer, Set<UUID>> membership = new HashMap<>();
        Map<Integer, Set<UUID>> dialogue = new HashMap<>();
        Set<Integer> initiativeYears = new HashSet<>();
        Set<List<Object>> heldKinds = new HashSet<>();
        for (Target t : all) {
            switch (source(t, indicators)) {
                case "MEMBERSHIP_ADMISSIONS", "MEMBERSHIP_CLASS_LEARNERS" ->
                    membership.computeIfAbsent(t.year, y -> new HashSet<>()).add(t.unitId);
                case "DIALOGUE_SESSIONS", "DIALOGUE_ON_TIME" ->
                    dialogue.computeIfAbsent(t.year, y -> new HashSet<>()).add(t.unitId);
                case "PLANNING_INITIATIVES" -> initiativeYears.add(t.year);
                case "PLANNING_INSPECTIONS" -> heldKinds.add(List.of(t.year, Inspection.Kind.INSPECTION));
                case "PLANNING_SUPERVISIONS" -> heldKinds.add(List.of(t.year, Inspection.Kind.SUPERVISION));
                default -> {
                    // entered by hand
                }
            }
        }
        Map<Integer, Map<UUID, Optional<AdmissionFigures>>> admissions = new HashMap<>();
        membership.forEach((year, units) -> {
            // one call for the whole subtree; if it fails, every admissions figure of that year is unavailable
            Optional<AdmissionsByUnit> below = figures.admissionsBelow(year, root);
            Map<UUID, Optional<AdmissionFigures>> byUnit = new HashMap<>();
            units.forEach(u -> byUnit.put(u, below.map(b -> b.of(u))));
            admissions.put(year, byUnit);
        });
        Map<Integer, Map<UUID, Optional<DialogueFigures>>> sessions = new HashMap<>();
        dialogue.forEach((year, units) -> sessions.put(year, figures.dialogue(year, units)));
        Map<Integer, Map<UUID, Long>> initiativeCounts = new HashMap<>();
        initiativeYears.forEach(year -> initiativeCounts.put(year, initiatives.countByUnit(subtree, year)));
        Map<List<Object>, Map<UUID, InspectionRepository.Held>> held = new HashMap<>();
        heldKinds.forEach(k -> held.put(k, inspections.held(subtree, (Integer) k.get(0), (Inspection.Kind) k.get(1))));
        return new Actuals(admissions, sessions, initiativeCounts, held);
    }

    private static String source(Target t, Map<String, TargetRepository.Indicator> indicators) {
        TargetRepository.Indicator indicator = indicators.get(t.indicator);
        return indicator == null ? "MANUAL" : indicator.source();
    }

    private Figure figure(Target t, Map<String, TargetRepository.Indicator> indicators, Actuals actuals,
            Set<String> unavailable) {
        String source = source(t, indicators);
        Optional<BigDecimal> actual;
        switch (source) {
            case "MEMBERSHIP_ADMISSIONS", "MEMBERSHIP_CLASS_LEARNERS" -> {
                Optional<AdmissionFigures> f = actuals.admissions().get(t.year).get(t.unitId);
                if (f.isEmpty()) {
                    unavailable.add("membership");
                    return new Figure(plain(t.targetValue), null, null, Status.UNAVAILABLE);
                }
                actual = Optional.of(BigDecimal.valueOf("MEMBERSHIP_CLASS_LEARNERS".equals(source)
                        ? f.get().sentToClass()
                        : t.category.isEmpty()
                                ? f.get().admitted()
                                : f.get().byCategory().getOrDefault(t.category, 0)));
            }
            case "DIALOGUE_SESSIONS", "DIALOGUE_ON_TIME" -> {
                Optional<DialogueFigures> f = actuals.dialogue().get(t.year).get(t.unitId);
                if (f.isEmpty()) {
                    unavailable.add("dialogue");
                    return new Figure(plain(t.targetValue), null, null, Status.UNAVAILABLE);
                }
                actual = "DIALOGUE_SESSIONS".equals(source)
                        ? Optional.of(BigDecimal.valueOf(f.get().sessions()))
                        : Optional.ofNullable(f.get().onTimeReplyRate());
            }
            case "PLANNING_INITIATIVES" -> {
                // the initiatives registered by the unit and every unit under it
                Set<UUID> below = directory.subtree(t.unitId);
                long n = actuals.initiatives().get(t.year).entrySet().stream()
                        .filter(e -> below.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
                actual = Optional.of(BigDecimal.valueOf(n));
            }
            case "PLANNING_INSPECTIONS", "PLANNING_SUPERVISIONS" -> {
                // held by the programmes of the unit and every unit under it; a category counts whom they looked at
                Inspection.Kind kind = "PLANNING_INSPECTIONS".equals(source)
                        ? Inspection.Kind.INSPECTION
                        : Inspection.Kind.SUPERVISION;
                Set<UUID> below = directory.subtree(t.unitId);
                InspectionRepository.Held sum = actuals.held().get(List.of(t.year, kind)).entrySet().stream()
                        .filter(e -> below.contains(e.getKey())).map(Map.Entry::getValue)
                        .reduce(InspectionRepository.Held.NONE, InspectionRepository.Held::plus);
                actual = Optional.of(BigDecimal.valueOf(switch (t.category) {
                    case "ORGANISATIONS" -> sum.organisations();
                    case "MEMBERS" -> sum.members();
                    default -> sum.count();
                }));
            }
            default -> actual = Optional.ofNullable(t.manualActual); // entered by hand, maybe not yet
        }
        if (actual.isEmpty()) {
            return new Figure(plain(t.targetValue), null, null, Status.NOT_REPORTED);
        }
        BigDecimal percent = t.targetValue.signum() == 0
                ? null
                : actual.get().multiply(BigDecimal.valueOf(100)).divide(t.targetValue, 2, RoundingMode.HALF_UP);
        return new Figure(plain(t.targetValue), plain(actual.get()), percent == null ? null : plain(percent),
                status(t.year, actual.get(), t.targetValue, time.today()));
    }

    /** Exceeded, achieved, or against the share of the year that has passed (a past year is simply behind). */
    static Status status(int year, BigDecimal actual, BigDecimal target, LocalDate today) {
        int cmp = actual.compareTo(target);
        if (cmp > 0) {
            return Status.EXCEEDED;
        }
        if (cmp == 0) {
            return Status.ACHIEVED;
        }
        if (year < today.getYear()) {
            return Status.BEHIND;
        }
        if (year > today.getYear()) {
            return Status.ON_TRACK;
        }
        BigDecimal elapsed = BigDecimal.valueOf(today.getDayOfYear())
                .divide(BigDecimal.valueOf(today.lengthOfYear()), 4, RoundingMode.HALF_UP);
        return actual.compareTo(target.multiply(elapsed)) >= 0 ? Status.ON_TRACK : Status.BEHIND;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros();
    }
}
