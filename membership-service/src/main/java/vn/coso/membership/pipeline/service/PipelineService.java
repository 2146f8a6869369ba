package vn.coso.membership.pipeline.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Stage;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.repository.PipelineRepository;
import vn.coso.membership.rules.Rule;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;

/**
 * The admission pipeline as a whole (DOMAIN.md §2): reading a dossier, and closing a case. The steps are recorded by
 * {@link PreparationSteps} (the dossier before the cell votes), {@link AdmissionSteps} (votes, decision, ceremony)
 * and {@link ConfirmationSteps} (the end of probation); they share {@link StepGuard} and map requests to records in
 * {@link StepRecords}. After every step the candidate's stage is recomputed from what has been recorded.
 */
@ApplicationScoped
@Transactional
public class PipelineService {

    private final StepGuard guard;
    private final PipelineRepository steps;
    private final AuditLog audit;

    public PipelineService(StepGuard guard, PipelineRepository steps, AuditLog audit) {
        this.guard = guard;
        this.steps = steps;
        this.audit = audit;
    }

    /**
     * The dossier of a candidate the caller may see, in one statement; the read is audited, durably, before the
     * answer leaves (a read whose audit is lost would be an unrecorded disclosure).
     */
    public Optional<Dossier> read(UUID candidateId) {
        return steps.read(candidateId).filter(d -> guard.canSee(d.candidate())).map(d -> {
            audit.record("READ", StepGuard.RESOURCE, d.candidate().id, d.candidate().cellId,
                    Map.of("part", "pipeline"));
            return d;
        });
    }

    /** Withdrawal or rejection, with a reason, before the ceremony. */
    public Dossier close(UUID candidateId, StepRequests.Closure r) {
        Dossier d = guard.open(candidateId);
        if (r.outcome() != Stage.WITHDRAWN && r.outcome() != Stage.REJECTED) {
            throw ProblemException.badRequest("outcome", "pipeline.closure-outcome");
        }
        if (d.stage().ordinal() >= Stage.PROBATION.ordinal()) {
            throw guard.rules(r.closedOn()).violation(Rule.ORDER, "pipeline.closed-after-ceremony");
        }
        Candidate c = d.candidate();
        c.stage = r.outcome();
        c.closedOn = r.closedOn();
        c.closedReason = r.reason().strip();
        return guard.done(c, r.outcome().name());
    }
}
