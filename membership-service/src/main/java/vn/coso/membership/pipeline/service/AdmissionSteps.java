package vn.coso.membership.pipeline.service;

import static vn.coso.membership.pipeline.service.StepGuard.DAY;
import static vn.coso.platform.web.TextRules.blankToNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.membership.candidate.Stage;
import vn.coso.membership.pipeline.Decision;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.Vote;
import vn.coso.membership.pipeline.repository.PipelineRepository;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;
import vn.coso.membership.statistics.EventRecorder;
import vn.coso.platform.problem.ProblemException;

/**
 * The admission itself: the cell's vote, the committee's vote, the decision and the ceremony, each checked against
 * the rule set in force on its date; a broken rule is a 422 naming the rule and its legal basis, and nothing is
 * written then.
 */
@ApplicationScoped
@Transactional
public class AdmissionSteps {

    private final StepGuard guard;
    private final PipelineRepository steps;
    private final AdmissionDeadlines deadlines;
    private final EventRecorder events;

    public AdmissionSteps(StepGuard guard, PipelineRepository steps, AdmissionDeadlines deadlines,
            EventRecorder events) {
        this.guard = guard;
        this.steps = steps;
        this.deadlines = deadlines;
        this.events = events;
    }

    /**
     * The cell's vote (6-KNĐ) or the committee's (8-KNĐ) on the admission. A vote is a fact: one without two thirds of
     * those entitled is stored as not passed, the dossier stays where it was, and a later vote may follow.
     */
    public Dossier vote(UUID candidateId, StepRequests.VoteCast r) {
        Dossier d = guard.open(candidateId);
        StepRequests.Ballot b = r.ballot();
        DecisionRules.requireConsistent(b, "ballot.");
        RuleSet rs = guard.rules(b.heldOn());
        if (r.body() == Vote.Body.CELL) {
            if (d.stage() != Stage.DOSSIER) {
                throw rs.violation(Rule.ORDER, d.stage().ordinal() < Stage.DOSSIER.ordinal()
                        ? "pipeline.dossier-first"
                        : "pipeline.already-voted");
            }
            checkReadyForCellVote(d, rs, b.heldOn());
        } else {
            Optional<Vote> cell = d.vote(Vote.Purpose.ADMISSION, Vote.Body.CELL);
            if (cell.isEmpty() || d.stage() != Stage.CELL_APPROVED) {
                throw rs.violation(Rule.ORDER, cell.isEmpty() ? "pipeline.cell-vote-first" : "pipeline.already-voted");
            }
            if (b.heldOn().isBefore(cell.get().heldOn)) {
                throw ProblemException.badRequest("ballot.heldOn", "pipeline.committee-before-cell",
                        DAY.format(cell.get().heldOn));
            }
        }
        Vote v = StepRecords.vote(d, Vote.Purpose.ADMISSION, r.body(), Vote.Proposal.ADMIT, b, rs);
        steps.persist(v);
        return guard.done(d.candidate(), "VOTE_" + r.body() + (v.passed ? "" : "_NOT_PASSED"));
    }

    public Dossier decision(UUID candidateId, StepRequests.DecisionTaken r) {
        Dossier d = guard.open(candidateId);
        RuleSet rs = guard.rules(r.decidedOn());
        Optional<Vote> committee = d.vote(Vote.Purpose.ADMISSION, Vote.Body.COMMITTEE);
        if (committee.isEmpty() || d.stage() != Stage.COMMITTEE_APPROVED) {
            throw rs.violation(Rule.ORDER, committee.isEmpty()
                    ? "pipeline.committee-vote-first"
                    : "pipeline.already-decided");
        }
        if (r.decidedOn().isBefore(committee.get().heldOn)) {
            throw ProblemException.badRequest("decidedOn", "pipeline.decision-before-committee",
                    DAY.format(committee.get().heldOn));
        }
        guard.requireAuthority(d, rs, r.decidingUnitId());
        LocalDate cellVote = d.vote(Vote.Purpose.ADMISSION, Vote.Body.CELL).orElseThrow().heldOn;
        int extension = DecisionRules.extension(r.extensionDays(), r.extensionReason(), guard.rules(cellVote));
        DecisionRules.requireWithin(deadlines.admissionDecision(cellVote, extension), r.decidedOn(), extension);
        steps.persist(StepRecords.decision(d.candidate().id, Vote.Purpose.ADMISSION, r.number(), r.decidedOn(),
                r.decidingUnitId(), extension, r.extensionReason(), null, rs));
        events.record(EventRecorder.Kind.ADMITTED, d.candidate(), r.decidedOn());
        return guard.done(d.candidate(), "DECISION");
    }

    /** The ceremony, within 30 working days of the cell's receipt of the decision, or later with consent (4.1). */
    public Dossier ceremony(UUID candidateId, StepRequests.CeremonyHeld r) {
        Dossier d = guard.open(candidateId);
        RuleSet rs = guard.rules(r.heldOn());
        Optional<Decision> decision = d.decision(Vote.Purpose.ADMISSION);
        if (decision.isEmpty() || d.stage() != Stage.ADMITTED) {
            throw rs.violation(Rule.ORDER, decision.isEmpty() ? "pipeline.decision-first" : "pipeline.already-held");
        }
        LocalDate decided = decision.get().decidedOn;
        LocalDate received = r.decisionReceivedOn() == null ? decided : r.decisionReceivedOn();
        if (received.isBefore(decided)) {
            throw ProblemException.badRequest("decisionReceivedOn", "pipeline.received-before-decision",
                    DAY.format(decided));
        }
        if (r.heldOn().isBefore(received)) {
            throw ProblemException.badRequest("heldOn", "pipeline.ceremony-before-decision", DAY.format(received));
        }
        AdmissionDeadlines.Deadline deadline = deadlines.ceremony(received);
        String approval = blankToNull(r.delayApproval());
        if (deadline.missedBy(r.heldOn()) && approval == null) {
            throw deadline.rules().violation(Rule.CEREMONY_DEADLINE, "pipeline.ceremony-late",
                    DAY.format(deadline.last()), deadline.workingDays(), DAY.format(received));
        }
        steps.persist(StepRecords.ceremony(d.candidate().id, r, deadline.missedBy(r.heldOn()) ? approval : null, rs));
        return guard.done(d.candidate(), "CEREMONY");
    }

    private static void checkReadyForCellVote(Dossier d, RuleSet rs, LocalDate voteDay) {
        d.certificate().filter(cert -> voteDay.isBefore(cert.issuedOn)).ifPresent(cert -> {
            throw ProblemException.badRequest("ballot.heldOn", "pipeline.vote-before-certificate");
        });
        CellVoteRules.check(d, rs, voteDay).stream().findFirst().ifPresent(v -> {
            throw rs.violation(v.rule(), v.key(), v.args());
        });
    }
}
