package vn.coso.membership.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.repository.CandidateRepository;
import vn.coso.membership.pipeline.repository.PipelineRepository;
import vn.coso.membership.pipeline.service.ChecklistService;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.calendar.WorkingDays;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;

/**
 * Everything in a subtree that falls due within N working days or is overdue: verifications, decisions, ceremonies,
 * certificates about to expire, probations ending, candidates turning 60. The dates are the checklist's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AlertService {

    @Schema(name = "Alert")
    public record Alert(UUID candidateId, String fullName, UUID cellId, ChecklistService.DateKind kind,
            LocalDate date, String subject, boolean overdue) {
    }

    private final CandidateRepository candidates;
    private final PipelineRepository steps;
    private final ChecklistService checklists;
    private final WorkingDays calendar;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final AuditLog audit;

    private final VietnamTime time;

    public AlertService(CandidateRepository candidates, PipelineRepository steps, ChecklistService checklists,
            WorkingDays calendar, CallerScope scope, UnitDirectory units, AuditLog audit, VietnamTime time) {
        this.time = time;
        this.candidates = candidates;
        this.steps = steps;
        this.checklists = checklists;
        this.calendar = calendar;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public List<Alert> due(UUID unit, int withinWorkingDays) {
        Set<UUID> subtree;
        if (unit != null) {
            scope.requireVisible(unit);
            subtree = units.subtree(unit);
        } else {
            subtree = scope.visibleUnits();
        }
        LocalDate today = time.today();
        LocalDate horizon = calendar.plusWorkingDays(today, withinWorkingDays);
        List<Alert> alerts = new ArrayList<>();
        for (Candidate c : candidates.openIn(subtree)) {
            for (ChecklistService.KeyDate d : checklists.dates(steps.load(c), today)) {
                if (d.overdue() || !d.date().isAfter(horizon)) {
                    alerts.add(new Alert(c.id, c.fullName, c.cellId, d.kind(), d.date(), d.subject(), d.overdue()));
                }
            }
        }
        alerts.sort(Comparator.comparing(Alert::date).thenComparing(Alert::fullName));
        audit.record("LIST", "alert", null, unit == null ? scope.unit().orElse(null) : unit,
                Map.of("returned", alerts.size(), "withinWorkingDays", withinWorkingDays));
        return alerts;
    }
}
