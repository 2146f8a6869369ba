package vn.coso.membership.pipeline.service;

import static vn.coso.membership.pipeline.service.StepGuard.DAY;
import static vn.coso.platform.web.TextRules.blankToNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Stage;
import vn.coso.membership.pipeline.Decision;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.Vote;
import vn.coso.membership.pipeline.repository.PipelineRepository;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;
import vn.coso.membership.statistics.EventRecorder;
import vn.coso.platform.problem.ProblemException;

/** The end of probation: the cell's vote on confirming or striking off, then the competent committee's decision. */
@ApplicationScoped
@Transactional
public class ConfirmationSteps {

    private final StepGuard guard;
    private final PipelineRepository steps;
    private final AdmissionDeadlines deadlines;
    private final EventRecorder events;

    public ConfirmationSteps(StepGuard guard, PipelineRepository steps, AdmissionDeadlines deadlines,
            EventRecorder events) {
        this.guard = guard;
        this.steps = steps;
        this.deadlines = deadlines;
        this.events = events;
    }

    /**
     * The cell's vote after the 12 months of probation, on confirming the member or on striking them off: voted like
     * the admission (Charter, art. 5.2), within 30 working days of the end of probation or with the reason why not
     * (4.2.1). One without two thirds is stored as not passed; the cell may vote again.
     */
    public Dossier confirmationVote(UUID candidateId, StepRequests.ConfirmationVote r) {
        Dossier d = guard.open(candidateId);
        StepRequests.Ballot b = r.ballot();
        DecisionRules.requireConsistent(b, "ballot.");
        RuleSet rs = guard.rules(b.heldOn());
        if (r.proposal() == Vote.Proposal.ADMIT) {
            throw ProblemException.badRequest("proposal", "pipeline.confirmation-proposal");
        }
        if (d.ceremony().isEmpty() || d.stage() != Stage.PROBATION) {
            throw rs.violation(Rule.ORDER, d.ceremony().isEmpty()
                    ? "pipeline.ceremony-first"
                    : "pipeline.already-confirmed");
        }
        if (d.vote(Vote.Purpose.CONFIRMATION, Vote.Body.CELL).isPresent()) {
            throw rs.violation(Rule.ORDER, "pipeline.already-voted");
        }
        LocalDate probationEnd = deadlines.probationEnd(d.ceremony().get().heldOn);
        if (b.heldOn().isBefore(probationEnd)) {
            throw rs.violation(Rule.PROBATION, "pipeline.probation-not-over", DAY.format(probationEnd),
                    rs.probationMonths);
        }
        AdmissionDeadlines.Deadline deadline = deadlines.confirmationVote(probationEnd);
        String late = blankToNull(r.lateReason());
        if (deadline.missedBy(b.heldOn()) && late == null) {
            throw deadline.rules().violation(Rule.CONFIRMATION_DEADLINE, "pipeline.confirmation-late",
                    DAY.format(deadline.last()), deadline.workingDays(), DAY.format(probationEnd));
        }
        Vote v = StepRecords.vote(d, Vote.Purpose.CONFIRMATION, Vote.Body.CELL, r.proposal(), b, rs);
        v.lateReason = deadline.missedBy(b.heldOn()) ? late : null;
        steps.persist(v);
        return guard.done(d.candidate(), "CONFIRMATION_VOTE" + (v.passed ? "" : "_NOT_PASSED"));
    }

    /**
     * The competent committee's decision after the cell's vote: confirmed (official from the end of probation, 4.2.2)
     * or struck off, as the cell proposed; after three votes without two thirds, the higher committee decides either
     * way (4.2.3). Within 30 working days of the cell's resolution, extendable by at most 30 (4.3.1).
     */
    public Dossier confirmationDecision(UUID candidateId, StepRequests.ConfirmationDecision r) {
        Dossier d = guard.open(candidateId);
        RuleSet rs = guard.rules(r.decidedOn());
        if (d.ceremony().isEmpty() || d.stage() != Stage.PROBATION) {
            throw rs.violation(Rule.ORDER, d.ceremony().isEmpty()
                    ? "pipeline.ceremony-first"
                    : "pipeline.already-confirmed");
        }
        Optional<Vote> passed = d.vote(Vote.Purpose.CONFIRMATION, Vote.Body.CELL);
        List<Vote> attempts = d.attempts(Vote.Purpose.CONFIRMATION, Vote.Body.CELL);
        Vote.Proposal wanted = r.outcome() == Decision.Outcome.CONFIRMED
                ? Vote.Proposal.CONFIRM
                : Vote.Proposal.STRIKE_OFF;
        boolean referred = passed.isEmpty()
                && attempts.size() >= guard.rules(
                        attempts.isEmpty() ? r.decidedOn() : attempts.get(0).heldOn).confirmationAttemptsBeforeReferral;
        if (passed.isEmpty() && !referred) {
            throw rs.violation(Rule.CONFIRMATION_VOTE, "pipeline.confirmation-vote-first", attempts.size(),
                    rs.confirmationAttemptsBeforeReferral);
        }
        if (passed.isPresent() && passed.get().proposal != wanted) {
            throw rs.violation(Rule.CONFIRMATION_VOTE, "pipeline.confirmation-not-as-proposed",
                    passed.get().proposal.name());
        }
        Vote last = passed.orElse(attempts.get(attempts.size() - 1));
        if (r.decidedOn().isBefore(last.heldOn)) {
            throw ProblemException.badRequest("decidedOn", "pipeline.decision-before-vote", DAY.format(last.heldOn));
        }
        guard.requireAuthority(d, rs, r.decidingUnitId());
        int extension = DecisionRules.extension(r.extensionDays(), r.extensionReason(), guard.rules(last.heldOn));
        if (!referred) {
            DecisionRules.requireWithin(deadlines.confirmationDecision(last.heldOn, extension), r.decidedOn(),
                    extension);
        }
        Candidate c = d.candidate();
        Decision decision = StepRecords.decision(c.id, Vote.Purpose.CONFIRMATION, r.number(), r.decidedOn(),
                r.decidingUnitId(), extension, r.extensionReason(), r.outcome(), rs);
        decision.referred = referred;
        if (r.outcome() == Decision.Outcome.CONFIRMED) {
            decision.officialFrom = deadlines.probationEnd(d.ceremony().get().heldOn);
        }
        steps.persist(decision);
        events.record(r.outcome() == Decision.Outcome.CONFIRMED
                ? EventRecorder.Kind.CONFIRMED
                : EventRecorder.Kind.STRUCK_OFF, c, r.decidedOn());
        return guard.done(c, "CONFIRMATION_DECISION");
    }
}
