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
import vn.coso.planning.progress.client.AdmissionFigures;
import vn.coso.planning.progress.client.DialogueFigures;
import vn.coso.planning.progress.client.Figures;
import vn.coso.planning.progress.rest.ProgressReport;
import vn.coso.planning.progress.rest.ProgressReport.Figure;
import vn.coso.planning.progress.rest.ProgressReport.Status;
import vn.coso.planning.target.Target;
import vn.coso.planning.target.repository.TargetRepository;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.planning.unit.service.UnitService;
import vn.coso.platform.export.Table;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;

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

    public ProgressService(TargetRepository targets, Figures figures, CallerScope scope, UnitDirectory directory,
            UnitRepository units, InitiativeRepository initiatives) {
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
        Set<String> unavailable = new TreeSet<>();
        Map<String, TargetRepository.Indicator> indicators = targets.indicators();
        // last year's targets of the same subtree, in one query, matched by unit, indicator and category
        Map<List<Object>, Target> lastYear = new HashMap<>();
        targets.inUnits(subtree, year - 1, null, null, 0, MAX_TARGETS)
                .forEach(t -> lastYear.put(List.of(t.unitId, t.indicator, t.category), t));
        List<ProgressReport.Item> items = new ArrayList<>();
        for (Target t : targets.inUnits(subtree, year, null, null, 0, MAX_TARGETS)) {
            Figure current = figure(t, indicators, unavailable);
            Target previous = lastYear.get(List.of(t.unitId, t.indicator, t.category));
            Figure last = previous == null ? null : figure(previous, indicators, unavailable);
            items.add(new ProgressReport.Item(t.id, t.unitId, t.indicator, t.category, current, last));
        }
        return new ProgressReport(year, unit, items, List.copyOf(unavailable));
    }

    /** The report as a table with Vietnamese headings, naming units and indicators. */
    public Table table(int year, UUID unit) {
        ProgressReport report = progress(year, unit);
        Map<String, String> indicatorNames = new HashMap<>();
        targets.indicators().forEach((code, i) -> indicatorNames.put(code, i.name()));
        Set<UUID> ids = new HashSet<>();
        report.items().forEach(i -> ids.add(i.unitId()));
        return PlanningTables.progress(report, new PlanningTables.Names(units.names(ids), indicatorNames, Map.of()));
    }

    private Figure figure(Target t, Map<String, TargetRepository.Indicator> indicators, Set<String> unavailable) {
        TargetRepository.Indicator indicator = indicators.get(t.indicator);
        String source = indicator == null ? "MANUAL" : indicator.source();
        Optional<BigDecimal> actual;
        switch (source) {
            case "MEMBERSHIP_ADMISSIONS", "MEMBERSHIP_CLASS_LEARNERS" -> {
                Optional<AdmissionFigures> f = figures.admissions(t.year, t.unitId);
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
                Optional<DialogueFigures> f = figures.dialogue(t.year, t.unitId);
                if (f.isEmpty()) {
                    unavailable.add("dialogue");
                    return new Figure(plain(t.targetValue), null, null, Status.UNAVAILABLE);
                }
                actual = "DIALOGUE_SESSIONS".equals(source)
                        ? Optional.of(BigDecimal.valueOf(f.get().sessions()))
                        : Optional.ofNullable(f.get().onTimeReplyRate());
            }
            case "PLANNING_INITIATIVES" -> actual = Optional
                    .of(BigDecimal.valueOf(initiatives.count(directory.subtree(t.unitId), t.year, null)));
            default -> actual = Optional.empty();
        }
        if (actual.isEmpty()) {
            return new Figure(plain(t.targetValue), null, null, Status.NOT_REPORTED);
        }
        BigDecimal percent = t.targetValue.signum() == 0
                ? null
                : actual.get().multiply(BigDecimal.valueOf(100)).divide(t.targetValue, 2, RoundingMode.HALF_UP);
        return new Figure(plain(t.targetValue), plain(actual.get()), percent == null ? null : plain(percent),
                status(t.year, actual.get(), t.targetValue));
    }

    /** Exceeded, achieved, or against the share of the year that has passed (a past year is simply behind). */
    static Status status(int year, BigDecimal actual, BigDecimal target) {
        int cmp = actual.compareTo(target);
        if (cmp > 0) {
            return Status.EXCEEDED;
        }
        if (cmp == 0) {
            return Status.ACHIEVED;
        }
        LocalDate today = LocalDate.now(UnitService.VIETNAM);
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
