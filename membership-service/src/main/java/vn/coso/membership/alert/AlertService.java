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
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
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

    /** One page of what falls due, by date; the read is audited with the candidates shown. */
    @Transactional
    public Page<Alert> due(UUID unit, int withinWorkingDays, PageParams page) {
        Set<UUID> subtree = scope.subtreeOr(unit);
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
        alerts.sort(Comparator.comparing(Alert::date).thenComparing(Alert::fullName)
                .thenComparing(a -> a.candidateId().toString()).thenComparing(a -> a.kind().name()));
        List<Alert> shown = alerts.subList(Math.min(page.offset(), alerts.size()),
                Math.min(page.offset() + page.size, alerts.size()));
        audit.record("LIST", "alert", null, unit == null ? scope.unit().orElse(null) : unit,
                Map.of("returned", shown.size(), "withinWorkingDays", withinWorkingDays, "ids",
                        shown.stream().map(a -> a.candidateId().toString()).distinct().toList()));
        return new Page<>(List.copyOf(shown), alerts.size());
    }
}
