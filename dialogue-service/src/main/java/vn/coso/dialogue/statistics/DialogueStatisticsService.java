package vn.coso.dialogue.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import vn.coso.dialogue.opinion.DuePolicy;
import vn.coso.dialogue.opinion.DueState;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.Topic;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;

/** The figures of a period, counted from the recorded sessions and opinions of a subtree. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DialogueStatisticsService {

    private final EntityManager em;
    private final CallerScope scope;
    private final UnitDirectory units;

    private final VietnamTime time;

    public DialogueStatisticsService(EntityManager em, CallerScope scope, UnitDirectory units, VietnamTime time) {
        this.time = time;
        this.em = em;
        this.scope = scope;
        this.units = units;
    }

    @SuppressWarnings("unchecked")
    public DialogueStatistics of(LocalDate from, LocalDate to, UUID unit) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "statistics.to-before-from");
        }
        scope.requireVisible(unit);
        UUID[] subtree = units.subtree(unit).toArray(UUID[]::new);
        Object[] s = (Object[]) bind(em.createNativeQuery("""
                select count(*), count(distinct village_id), coalesce(sum(attendees), 0),
                       coalesce(sum(households), 0), coalesce(sum(speakers), 0)
                from dialogue_session
                where status in ('HELD', 'CONCLUDED') and held_on between :from and :to
                  and commune_id in (select unnest(cast(:units as uuid[])))
                """), from, to, subtree).getSingleResult();
        LocalDate today = time.today();
        String opinions = """
                from opinion where received_on between :from and :to
                  and commune_id in (select unnest(cast(:units as uuid[])))
                """;
        Object[] o = (Object[]) bind(em.createNativeQuery("""
                select count(*),
                       count(*) filter (where status = 'ANSWERED_ON_SPOT'),
                       count(*) filter (where handler_unit_id is not null),
                       count(*) filter (where %2$s),
                       count(*) filter (where %3$s),
                       count(*) filter (where status in ('RECEIVED', 'ASSIGNED')),
                       count(*) filter (where %1$s),
                       count(*) filter (where reopened > 0),
                       count(*) filter (where extensions > 0)
                """.formatted(DuePolicy.PAST_DUE_SQL, DuePolicy.sql(DueState.REPLIED_ON_TIME),
                DuePolicy.sql(DueState.REPLIED_LATE)) + opinions).setParameter("today", today), from, to, subtree)
                .getSingleResult();
        Map<String, Integer> byTopic = counts(Topic.values(), bind(em.createNativeQuery(
                "select topic, count(*) " + opinions + " group by topic"), from, to, subtree).getResultList());
        Map<String, Integer> byType = counts(LegalType.values(), bind(em.createNativeQuery(
                "select legal_type, count(*) " + opinions + " group by legal_type"), from, to, subtree)
                .getResultList());
        List<Object[]> handlers = bind(em
                .createNativeQuery("""
                        select handler_unit_id, count(*),
                               count(*) filter (where %2$s),
                               count(*) filter (where %3$s),
                               count(*) filter (where status = 'ASSIGNED'),
                               count(*) filter (where %1$s)
                        """.formatted(DuePolicy.PAST_DUE_SQL, DuePolicy.sql(DueState.REPLIED_ON_TIME),
                        DuePolicy.sql(DueState.REPLIED_LATE)) + opinions
                        + " and handler_unit_id is not null group by handler_unit_id")
                .setParameter("today", today), from, to, subtree).getResultList();
        Map<UUID, DialogueStatistics.HandlerFigures> byHandler = new LinkedHashMap<>();
        for (Object[] h : handlers) {
            byHandler.put((UUID) h[0], new DialogueStatistics.HandlerFigures(i(h[1]), i(h[2]), i(h[3]), i(h[4]),
                    i(h[5])));
        }
        Map<UUID, DialogueStatistics.CommuneFigures> byCommune = new LinkedHashMap<>();
        List<Object[]> communes = bind(em.createNativeQuery("""
                select commune_id, sum(sessions), sum(attendees), sum(opinions) from (
                    select commune_id, count(*) as sessions, coalesce(sum(attendees), 0) as attendees, 0 as opinions
                    from dialogue_session
                    where status in ('HELD', 'CONCLUDED') and held_on between :from and :to
                      and commune_id in (select unnest(cast(:units as uuid[])))
                    group by commune_id
                    union all
                    select commune_id, 0, 0, count(*)
                """ + opinions + """
                    group by commune_id) per_commune
                group by commune_id order by commune_id
                """), from, to, subtree).getResultList();
        for (Object[] c : communes) {
            byCommune.put((UUID) c[0], new DialogueStatistics.CommuneFigures(i(c[1]), i(c[2]), i(c[3])));
        }
        int onSpot = i(o[1]);
        int onTime = i(o[3]);
        int late = i(o[4]);
        int overdue = i(o[6]);
        return new DialogueStatistics(unit, from, to, i(s[0]), i(s[1]), i(s[2]), i(s[3]), i(s[4]), i(o[0]),
                byTopic, byType, onSpot, i(o[2]), onTime, late, i(o[5]), overdue, i(o[7]), i(o[8]),
                rate(onSpot + onTime, onSpot + onTime + late + overdue), byHandler, byCommune);
    }

    private static Query bind(Query q, LocalDate from, LocalDate to, UUID[] units) {
        return q.setParameter("from", from).setParameter("to", to).setParameter("units", units);
    }

    private static Map<String, Integer> counts(Enum<?>[] keys, List<Object[]> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Enum<?> k : keys) {
            counts.put(k.name(), 0);
        }
        rows.forEach(r -> counts.put((String) r[0], i(r[1])));
        return counts;
    }

    private static int i(Object n) {
        return ((Number) n).intValue();
    }

    static BigDecimal rate(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
