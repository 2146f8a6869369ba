package vn.coso.membership.pipeline.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Stage;
import vn.coso.membership.candidate.repository.CandidateRepository;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.repository.PipelineRepository;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;
import vn.coso.membership.rules.RuleSetRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;

/**
 * What every step of the pipeline shares: finding the dossier the caller may see, the one stage guard ("not after
 * this stage"), the deciding committee's competence, and what follows every step (the stage recomputed, the
 * candidate's version bumped, the step audited by name, never its content).
 */
@ApplicationScoped
public class StepGuard {

    static final String RESOURCE = "candidate";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CandidateRepository candidates;
    private final PipelineRepository steps;
    private final RuleSetRepository rules;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final VietnamTime time;

    public StepGuard(CandidateRepository candidates, PipelineRepository steps, RuleSetRepository rules,
            CallerScope scope, UnitDirectory units, AuditLog audit, VietnamTime time) {
        this.candidates = candidates;
        this.steps = steps;
        this.rules = rules;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.time = time;
    }

    /** The rule set in force on {@code day}. */
    RuleSet rules(LocalDate day) {
        return rules.inForceOn(day);
    }

    boolean canSee(Candidate c) {
        return scope.canSee(c.cellId);
    }

    Optional<Candidate> visible(UUID id) {
        return candidates.visibleTo(id, scope);
    }

    /** The dossier of a visible candidate whose case is not closed, or 404 / 422. */
    Dossier open(UUID candidateId) {
        Candidate c = visible(candidateId).orElseThrow(ProblemException::notFound);
        Dossier d = steps.load(c);
        if (c.stage == Stage.WITHDRAWN || c.stage == Stage.REJECTED) {
            throw rules.inForceOn(c.closedOn).violation(Rule.ORDER, "pipeline.closed");
        }
        return d;
    }

    /** The one stage guard: refuses a step once the dossier has reached {@code stage}. */
    void before(Dossier d, Stage stage, String key) {
        if (d.stage().ordinal() >= stage.ordinal()) {
            throw rules.inForceOn(d.candidate().listedOn).violation(Rule.ORDER, key);
        }
    }

    /** No step of the dossier may be recorded once the cell has voted on it (the dossier is then locked). */
    void beforeCellVote(Dossier d) {
        before(d, Stage.CELL_APPROVED, "pipeline.after-cell-vote");
    }

    static void requireNotBeforeBirth(Dossier d, String field, LocalDate day) {
        if (day.isBefore(d.candidate().dateOfBirth)) {
            throw ProblemException.badRequest(field, "pipeline.before-birth");
        }
    }

    /** The deciding committee must be of the kind the rules of the day name, and stand above the candidate's cell. */
    void requireAuthority(Dossier d, RuleSet rs, UUID decidingUnit) {
        var unit = units.tree().get(decidingUnit);
        boolean competent = unit.isPresent() && rs.decidingUnitKind.equals(unit.get().kind())
                && units.tree().contains(decidingUnit, d.candidate().cellId);
        if (!competent) {
            throw rs.violation(Rule.AUTHORITY, "pipeline.not-competent", rs.decidingAuthority);
        }
    }

    /** Recomputes the stage, bumps the candidate's version and audits the step (its name, never its content). */
    Dossier done(Candidate c, String step) {
        steps.flush();
        Dossier d = steps.load(c);
        c.stage = d.stage();
        // a changed candidate gets a new version at the flush: a step changes the dossier's ETag
        c.updatedAt = time.now();
        steps.flush();
        audit.record("STEP", RESOURCE, c.id, c.cellId, Map.of("step", step, "stage", c.stage.name()));
        return d;
    }
}
