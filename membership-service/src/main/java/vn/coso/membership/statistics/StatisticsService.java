package vn.coso.membership.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.coso.membership.candidate.Category;
import vn.coso.membership.candidate.SourceOrganisation;
import vn.coso.membership.candidate.Stage;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;

/**
 * The yearly admission figures, counted from the frozen events: the subtree of a unit on the day of each event,
 * including the units it has since succeeded (a 2024 admission in Lạc Xuân counts for D'Ran, which succeeded it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    private final EntityManager em;
    private final CallerScope scope;
    private final UnitDirectory units;

    public StatisticsService(EntityManager em, CallerScope scope, UnitDirectory units) {
        this.em = em;
        this.scope = scope;
        this.units = units;
    }

    public AdmissionStatistics admissions(int year, UUID unit) {
        scope.requireVisible(unit);
        Set<UUID> lineage = units.tree().lineage(unit);
        Figures current = figures(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), lineage);
        AdmissionStatistics.YearFigures previous = figures(year - 1, lineage);
        return new AdmissionStatistics(year, unit, current.admitted, current.byCategory, current.shares,
                current.bySource, current.sentToClass, current.confirmed, current.struckOff, pipeline(unit),
                previous);
    }

    /**
     * Every unit of the subtree with its figures of the year, counted in two queries: the events of the subtree by
     * each unit on their path, then each unit's own counts added to those of the units it succeeded (its lineage), as
     * {@link #admissions} counts one unit. A path never holds a unit and its predecessor (they did not live on the
     * same day), so the sums count no event twice.
     */
    @SuppressWarnings("unchecked")
    public AdmissionsByUnit admissionsByUnit(int year, UUID unit) {
        scope.requireVisible(unit);
        Set<UUID> subtree = units.subtree(unit);
        UUID[] ids = subtree.toArray(UUID[]::new);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<UUID, int[]> direct = new HashMap<>(); // admitted, sent to class
        List<Object[]> kinds = em.createNativeQuery("""
                select p, kind, count(*) from membership_event, unnest(unit_path) p
                where occurred_on >= :from and occurred_on < :to and unit_path && cast(:ids as uuid[])
                  and kind in ('ADMITTED', 'SENT_TO_CLASS')
                group by p, kind
                """).setParameter("from", from).setParameter("to", to).setParameter("ids", ids).getResultList();
        for (Object[] r : kinds) {
            int[] counts = direct.computeIfAbsent((UUID) r[0], k -> new int[2]);
            counts["ADMITTED".equals(r[1]) ? 0 : 1] += ((Number) r[2]).intValue();
        }
        Map<UUID, Map<String, Integer>> directCategories = new HashMap<>();
        List<Object[]> categories = em.createNativeQuery("""
                select p, category, count(*) from membership_event, unnest(unit_path) p, unnest(categories) category
                where kind = 'ADMITTED' and occurred_on >= :from and occurred_on < :to
                  and unit_path && cast(:ids as uuid[])
                group by p, category
                """).setParameter("from", from).setParameter("to", to).setParameter("ids", ids).getResultList();
        for (Object[] r : categories) {
            directCategories.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                    .put((String) r[1], ((Number) r[2]).intValue());
        }
        Map<UUID, AdmissionsByUnit.Figures> result = new HashMap<>();
        for (UUID u : subtree) {
            int admitted = 0;
            int sent = 0;
            Map<String, Integer> byCategory = new TreeMap<>();
            for (UUID l : units.tree().lineage(u)) {
                int[] counts = direct.get(l);
                if (counts != null) {
                    admitted += counts[0];
                    sent += counts[1];
                }
                directCategories.getOrDefault(l, Map.of()).forEach((c, n) -> byCategory.merge(c, n, Integer::sum));
            }
            if (admitted > 0 || sent > 0) {
                result.put(u, new AdmissionsByUnit.Figures(admitted, sent, byCategory));
            }
        }
        return new AdmissionsByUnit(year, unit, result);
    }

    AdmissionStatistics.YearFigures figures(int year, Set<UUID> lineage) {
        Figures f = figures(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), lineage);
        return new AdmissionStatistics.YearFigures(year, f.admitted, f.byCategory, f.shares, f.sentToClass,
                f.confirmed, f.struckOff);
    }

    /**
     * The figures of the years {@code from} to {@code to}, both included, in a unit's subtree: the admissions by
     * category and by the organisation that proposed them, and the awareness classes held by the subtree's units.
     */
    @SuppressWarnings("unchecked")
    public AdmissionRange range(int fromYear, int toYear, UUID unit) {
        scope.requireVisible(unit);
        Set<UUID> lineage = units.tree().lineage(unit);
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear + 1, 1, 1);
        Figures f = figures(from, to, lineage);
        Set<UUID> organisers = new java.util.HashSet<>();
        lineage.forEach(u -> organisers.addAll(units.subtree(u)));
        Object[] classes = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(c.erased_participants + (select count(*) from class_participant p
                                                                      where p.class_id = c.id)), 0)
                from awareness_class c
                where c.unit_id = any(cast(:units as uuid[])) and c.starts_on >= :from and c.starts_on < :to
                """).setParameter("units", organisers.toArray(UUID[]::new)).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        return new AdmissionRange(fromYear, toYear, unit, f.admitted, f.byCategory, f.shares, f.bySource,
                f.sentToClass, f.confirmed, f.struckOff, ((Number) classes[0]).intValue(),
                ((Number) classes[1]).intValue());
    }

    /** What is counted over a period, from {@code from} included to {@code to} excluded. */
    record Figures(int admitted, Map<String, Integer> byCategory, Map<String, BigDecimal> shares,
            Map<String, Integer> bySource, int sentToClass, int confirmed, int struckOff) {
    }

    @SuppressWarnings("unchecked")
    Figures figures(LocalDate from, LocalDate to, Set<UUID> lineage) {
        UUID[] path = lineage.toArray(UUID[]::new);
        List<Object[]> kinds = em.createNativeQuery("""
                select kind, count(*) from membership_event
                where occurred_on >= :from and occurred_on < :to and unit_path && cast(:path as uuid[])
                group by kind
                """).setParameter("from", from).setParameter("to", to).setParameter("path", path).getResultList();
        Map<EventRecorder.Kind, Integer> byKind = new EnumMap<>(EventRecorder.Kind.class);
        kinds.forEach(r -> byKind.put(EventRecorder.Kind.valueOf((String) r[0]), ((Number) r[1]).intValue()));
        List<Object[]> categories = em.createNativeQuery("""
                select category, count(*) from membership_event, unnest(categories) category
                where kind = 'ADMITTED' and occurred_on >= :from and occurred_on < :to
                  and unit_path && cast(:path as uuid[])
                group by category
                """).setParameter("from", from).setParameter("to", to).setParameter("path", path).getResultList();
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            byCategory.put(c.name(), 0);
        }
        categories.forEach(r -> byCategory.put((String) r[0], ((Number) r[1]).intValue()));
        List<Object[]> sources = em.createNativeQuery("""
                select coalesce(source_organisation, 'OTHER'), count(*) from membership_event
                where kind = 'ADMITTED' and occurred_on >= :from and occurred_on < :to
                  and unit_path && cast(:path as uuid[])
                group by 1
                """).setParameter("from", from).setParameter("to", to).setParameter("path", path).getResultList();
        Map<String, Integer> bySource = new LinkedHashMap<>();
        for (SourceOrganisation o : SourceOrganisation.values()) {
            bySource.put(o.name(), 0);
        }
        sources.forEach(r -> bySource.put((String) r[0], ((Number) r[1]).intValue()));
        int admitted = byKind.getOrDefault(EventRecorder.Kind.ADMITTED, 0);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        byCategory.forEach((k, n) -> shares.put(k, share(n, admitted)));
        return new Figures(admitted, byCategory, shares, bySource,
                byKind.getOrDefault(EventRecorder.Kind.SENT_TO_CLASS, 0),
                byKind.getOrDefault(EventRecorder.Kind.CONFIRMED, 0),
                byKind.getOrDefault(EventRecorder.Kind.STRUCK_OFF, 0));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> pipeline(UUID unit) {
        List<Object[]> rows;
        if (units.tree().coversAll(unit)) {
            rows = em.createNativeQuery("select stage, count(*) from candidate group by stage")
                    .getResultList();
        } else {
            rows = em.createNativeQuery("""
                    select stage, count(*) from candidate
                    join unnest(cast(:cells as uuid[])) as subtree(id) on subtree.id = cell_id
                    group by stage
                    """).setParameter("cells", units.subtree(unit).toArray(UUID[]::new)).getResultList();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            counts.put(s.name(), 0L);
        }
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    static BigDecimal share(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
