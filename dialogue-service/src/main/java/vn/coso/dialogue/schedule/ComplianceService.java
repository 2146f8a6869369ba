package vn.coso.dialogue.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.dialogue.session.DialogueSession;
import vn.coso.dialogue.session.SessionStatus;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;

/**
 * Whether the communes of a subtree keep their dialogue obligations in a quarter: for each schedule, the sessions it
 * requires, those held, the ones missed and the villages the rotation has not visited yet.
 */
@ApplicationScoped
@Transactional
public class ComplianceService {

    @Schema(name = "Compliance")
    public record Compliance(UUID scheduleId, UUID communeId, DialogueSchedule.Kind kind, String host, int required,
            int held, boolean compliant, List<Missing> missing, List<UUID> villagesNotVisited) {
    }

    @Schema(name = "MissingSession")
    public record Missing(LocalDate plannedOn, UUID villageId) {
    }

    private final EntityManager em;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final VietnamTime time;

    public ComplianceService(EntityManager em, CallerScope scope, UnitDirectory units, VietnamTime time) {
        this.em = em;
        this.scope = scope;
        this.units = units;
        this.time = time;
    }

    /** For each obligation of the subtree in a quarter: required sessions, those held, what is missing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Compliance> compliance(int year, int quarter, UUID unit) {
        if (quarter < 1 || quarter > 4) {
            throw ProblemException.badRequest("quarter", "schedule.quarter");
        }
        scope.requireVisible(unit);
        Set<UUID> subtree = units.subtree(unit);
        LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        LocalDate today = time.today();
        List<DialogueSchedule> schedules = em.createQuery("from DialogueSchedule where communeId in :units "
                + "and startsOn <= :to and endsOn >= :from order by startsOn, id", DialogueSchedule.class)
                .setParameter("units", subtree).setParameter("from", from).setParameter("to", to).getResultList();
        List<Compliance> result = new ArrayList<>();
        for (DialogueSchedule s : schedules) {
            List<DialogueSession> sessions = em.createQuery("from DialogueSession where communeId = :commune "
                    + "and heldOn between :from and :to and villageId in :villages order by heldOn",
                    DialogueSession.class).setParameter("commune", s.communeId).setParameter("from", from)
                    .setParameter("to", to).setParameter("villages", Arrays.asList(s.villages)).getResultList();
            List<DialogueSession> held = sessions.stream()
                    .filter(x -> x.status == SessionStatus.HELD || x.status == SessionStatus.CONCLUDED).toList();
            List<Missing> missing = new ArrayList<>();
            List<UUID> notVisited = new ArrayList<>();
            int required;
            if (s.kind == DialogueSchedule.Kind.MONTHLY_LAST_WEEKDAY) {
                List<DialogueSession> planned = sessions.stream().filter(x -> s.id.equals(x.scheduleId)).toList();
                required = planned.size();
                planned.stream().filter(x -> x.status == SessionStatus.PLANNED || x.status == SessionStatus.CANCELLED)
                        .filter(x -> x.heldOn.isBefore(today))
                        .forEach(x -> missing.add(new Missing(x.heldOn, x.villageId)));
                // the rotation since the plan began: villages never visited yet
                Set<UUID> visited = new java.util.HashSet<>(em.createQuery("select distinct villageId from "
                        + "DialogueSession where communeId = :commune and heldOn between :start and :to "
                        + "and status in ('HELD', 'CONCLUDED')", UUID.class).setParameter("commune", s.communeId)
                        .setParameter("start", s.startsOn).setParameter("to", to).getResultList());
                Arrays.stream(s.villages).filter(v -> !visited.contains(v)).forEach(notVisited::add);
            } else {
                required = s.villages.length;
                Set<UUID> visited = new java.util.HashSet<>(held.stream().map(x -> x.villageId).toList());
                for (UUID v : s.villages) {
                    if (!visited.contains(v)) {
                        notVisited.add(v);
                        if (to.isBefore(today)) {
                            missing.add(new Missing(null, v));
                        }
                    }
                }
            }
            int heldCount = s.kind == DialogueSchedule.Kind.MONTHLY_LAST_WEEKDAY
                    ? (int) held.stream().filter(x -> s.id.equals(x.scheduleId)).count()
                    : s.villages.length - notVisited.size();
            result.add(new Compliance(s.id, s.communeId, s.kind, s.host, required, heldCount,
                    missing.isEmpty() && heldCount >= required, missing, notVisited));
        }
        return result;
    }
}
