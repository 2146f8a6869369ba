package vn.coso.membership.pipeline.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Stage;
import vn.coso.membership.candidate.repository.CandidateRepository;
import vn.coso.membership.pipeline.AwarenessCertificate;
import vn.coso.membership.pipeline.Ceremony;
import vn.coso.membership.pipeline.Decision;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.DossierDocument;
import vn.coso.membership.pipeline.FormerMembership;
import vn.coso.membership.pipeline.Introduction;
import vn.coso.membership.pipeline.OrganisationOpinion;
import vn.coso.membership.pipeline.Verification;
import vn.coso.membership.pipeline.Vote;
import vn.coso.membership.pipeline.repository.PipelineRepository;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;
import vn.coso.membership.rules.RuleSetRepository;
import vn.coso.membership.statistics.EventRecorder;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/**
 * Records the steps of the admission pipeline (DOMAIN.md §2), each checked against the rule set in force on its date.
 * A broken rule is a 422 naming the rule and its legal basis; nothing is written then. After every step the
 * candidate's stage is recomputed from what has been recorded.
 */
@ApplicationScoped
@Transactional
public class PipelineService {

    static final String RESOURCE = "candidate";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CandidateRepository candidates;
    private final PipelineRepository steps;
    private final RuleSetRepository rules;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final EventRecorder events;
    private final AuditLog audit;

    private final VietnamTime time;
    private final AdmissionDeadlines deadlines;

    public PipelineService(CandidateRepository candidates, PipelineRepository steps, RuleSetRepository rules,
            AdmissionDeadlines deadlines, CallerScope scope, UnitDirectory units, EventRecorder events,
            AuditLog audit, VietnamTime time) {
        this.time = time;
        this.deadlines = deadlines;
        this.candidates = candidates;
        this.steps = steps;
        this.rules = rules;
        this.scope = scope;
        this.units = units;
        this.events = events;
        this.audit = audit;
    }

    /** The dossier of a candidate the caller may see; the read is audited. */
    public Optional<Dossier> read(UUID candidateId) {
        return visible(candidateId).map(c -> {
            audit.record("READ", RESOURCE, c.id, c.cellId, Map.of("part", "pipeline"));
            return steps.load(c);
        });
    }

    public Dossier certificate(UUID candidateId, StepRequests.Certificate r) {
        return certificate(candidateId, r, null);
    }

    /** A certificate, issued by a class recorded here ({@code classId}) or recorded from paper (null). */
    public Dossier certificate(UUID candidateId, StepRequests.Certificate r, UUID classId) {
        Dossier d = open(candidateId);
        before(d, Stage.CELL_APPROVED, "pipeline.after-cell-vote");
        requireNotBeforeBirth(d, "issuedOn", r.issuedOn());
        d.certificate().ifPresent(steps::remove);
        steps.flush();
        AwarenessCertificate cert = new AwarenessCertificate();
        cert.candidateId = d.candidate().id;
        cert.number = blankToNull(r.number());
        cert.issuedOn = r.issuedOn();
        cert.issuer = r.issuer().strip();
        cert.classId = classId;
        steps.persist(cert);
        // a certificate from a class not recorded here still means the candidate was sent to a class
        events.record(EventRecorder.Kind.SENT_TO_CLASS, d.candidate(), r.issuedOn());
        return done(d.candidate(), "CERTIFICATE");
    }

    /** Checks that a candidate may join an awareness class: visible, open, not yet voted on by the cell. */
    public Candidate joinable(UUID candidateId, LocalDate classStarts) {
        Dossier d = open(candidateId);
        before(d, Stage.CELL_APPROVED, "pipeline.after-cell-vote");
        events.record(EventRecorder.Kind.SENT_TO_CLASS, d.candidate(), classStarts);
        return d.candidate();
    }

    public Dossier document(UUID candidateId, StepRequests.Document r) {
        Dossier d = open(candidateId);
        before(d, Stage.CELL_APPROVED, "pipeline.after-cell-vote");
        RuleSet rs = rules.inForceOn(r.receivedOn());
        if (d.certificate().isEmpty()) {
            throw rs.violation(Rule.ORDER, "pipeline.certificate-first");
        }
        if (r.kind() == DossierDocument.Kind.HISTORY_CERTIFIED && !d.has(DossierDocument.Kind.PERSONAL_HISTORY)) {
            throw rs.violation(Rule.ORDER, "pipeline.history-first");
        }
        d.document(r.kind()).ifPresent(steps::remove);
        steps.flush();
        DossierDocument doc = new DossierDocument();
        doc.id = UUID.randomUUID();
        doc.candidateId = d.candidate().id;
        doc.kind = r.kind();
        doc.receivedOn = r.receivedOn();
        doc.note = blankToNull(r.note());
        steps.persist(doc);
        return done(d.candidate(), "DOCUMENT");
    }

    public Dossier verificationSent(UUID candidateId, StepRequests.VerificationSent r) {
        Dossier d = open(candidateId);
        before(d, Stage.CELL_APPROVED, "pipeline.after-cell-vote");
        if (r.dueOn().isBefore(r.sentOn())) {
            throw ProblemException.badRequest("dueOn", "pipeline.due-before-sent");
        }
        if (!d.has(DossierDocument.Kind.PERSONAL_HISTORY)) {
            throw rules.inForceOn(r.sentOn()).violation(Rule.ORDER, "pipeline.history-first");
        }
        Verification v = new Verification();
        v.id = UUID.randomUUID();
        v.candidateId = d.candidate().id;
        v.subject = r.subject();
        v.place = r.place().strip();
        v.sentOn = r.sentOn();
        v.dueOn = r.dueOn();
        steps.persist(v);
        return done(d.candidate(), "VERIFICATION_SENT");
    }

    public Optional<Dossier> verificationResult(UUID candidateId, UUID verificationId, String ifMatch,
            StepRequests.VerificationResult r) {
        Dossier d = open(candidateId);
        Optional<Verification> found = steps.verification(d.candidate().id, verificationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Verification v = found.get();
        Versions.requireMatch(ifMatch, v.version);
        before(d, Stage.CELL_APPROVED, "pipeline.after-cell-vote");
        if (r.receivedOn().isBefore(v.sentOn)) {
            throw ProblemException.badRequest("receivedOn", "pipeline.received-before-sent");
        }
        if (r.result() == Verification.Result.EXEMPT && v.subject == Verification.Subject.SELF) {
            // exemption is for relatives who are party members with a full record; the candidate is never exempt
            throw ProblemException.badRequest("result", "pipeline.self-not-exempt");
        }
        v.result = r.result();
        v.receivedOn = r.receivedOn();
        v.issueResolved = r.result() == Verification.Result.ISSUE && Boolean.TRUE.equals(r.issueResolved());
        v.resultNote = blankToNull(r.note());
        return Optional.of(done(d.candidate(), "VERIFICATION_RESULT"));
    }

    public Dossier introduction(UUID candidateId, StepRequests.IntroductionSent r) {
        Dossier d = open(candidateId);
        before(d, Stage.CELL_APPROVED, "pipeline.after-cell-vote");
        RuleSet rs = rules.inForceOn(r.introducedOn());
        if (!d.has(DossierDocument.Kind.APPLICATION)) {
            throw rs.violation(Rule.ORDER, "pipeline.application-first");
        }
        Candidate c = d.candidate();
        switch (r.kind()) {
            case MEMBER -> {
                if (!r.officialMember()) {
                    throw rs.violation(Rule.INTRODUCERS, "pipeline.introducer-not-official");
                }
                if (r.monthsKnown() < rs.introducerMinMonths) {
                    throw rs.violation(Rule.INTRODUCERS, "pipeline.introducer-too-short", r.monthsKnown(),
                            rs.introducerMinMonths);
                }
            }
            case YOUTH_UNION_COMMITTEE -> {
                if (!c.youthUnion) {
                    throw rs.violation(Rule.INTRODUCERS, "pipeline.not-youth-union");
                }
            }
            case TRADE_UNION_COMMITTEE -> {
                if (!c.tradeUnion) {
                    throw rs.violation(Rule.INTRODUCERS, "pipeline.not-trade-union");
                }
            }
        }
        Introduction i = new Introduction();
        i.id = UUID.randomUUID();
        i.candidateId = c.id;
        i.kind = r.kind();
        i.introducer = r.introducer().strip();
        i.officialMember = r.officialMember();
        i.monthsKnown = r.monthsKnown();
        i.introducedOn = r.introducedOn();
        i.ruleSetId = rs.id;
        steps.persist(i);
        return done(c, "INTRODUCTION");
    }

    public Dossier opinion(UUID candidateId, StepRequests.Opinion r) {
        Dossier d = open(candidateId);
        before(d, Stage.CELL_APPROVED, "pipeline.after-cell-vote");
        if (!d.has(DossierDocument.Kind.APPLICATION)) {
            throw rules.inForceOn(r.givenOn()).violation(Rule.ORDER, "pipeline.application-first");
        }
        OrganisationOpinion o = new OrganisationOpinion();
        o.id = UUID.randomUUID();
        o.candidateId = d.candidate().id;
        o.body = r.body();
        o.givenOn = r.givenOn();
        o.favourable = r.favourable();
        o.summary = blankToNull(r.summary());
        steps.persist(o);
        return done(d.candidate(), "OPINION");
    }

    /**
     * The cell's vote (6-KNĐ) or the committee's (8-KNĐ) on the admission. A vote is a fact: one without two thirds of
     * those entitled is stored as not passed, the dossier stays where it was, and a later vote may follow.
     */
    public Dossier vote(UUID candidateId, StepRequests.VoteCast r) {
        Dossier d = open(candidateId);
        StepRequests.Ballot b = r.ballot();
        requireConsistent(b, "ballot.");
        RuleSet rs = rules.inForceOn(b.heldOn());
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
        Vote v = vote(d, Vote.Purpose.ADMISSION, r.body(), Vote.Proposal.ADMIT, b, rs);
        steps.persist(v);
        return done(d.candidate(), "VOTE_" + r.body() + (v.passed ? "" : "_NOT_PASSED"));
    }

    public Dossier decision(UUID candidateId, StepRequests.DecisionTaken r) {
        Dossier d = open(candidateId);
        RuleSet rs = rules.inForceOn(r.decidedOn());
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
        requireAuthority(d, rs, r.decidingUnitId());
        LocalDate cellVote = d.vote(Vote.Purpose.ADMISSION, Vote.Body.CELL).orElseThrow().heldOn;
        int extension = extension(r.extensionDays(), r.extensionReason(), rules.inForceOn(cellVote));
        requireWithin(deadlines.admissionDecision(cellVote, extension), r.decidedOn(), extension);
        steps.persist(decision(d.candidate().id, Vote.Purpose.ADMISSION, r.number(), r.decidedOn(),
                r.decidingUnitId(), extension, r.extensionReason(), null, rs));
        events.record(EventRecorder.Kind.ADMITTED, d.candidate(), r.decidedOn());
        return done(d.candidate(), "DECISION");
    }

    /** The ceremony, within 30 working days of the cell's receipt of the decision, or later with consent (4.1). */
    public Dossier ceremony(UUID candidateId, StepRequests.CeremonyHeld r) {
        Dossier d = open(candidateId);
        RuleSet rs = rules.inForceOn(r.heldOn());
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
        Ceremony c = new Ceremony();
        c.candidateId = d.candidate().id;
        c.heldOn = r.heldOn();
        c.place = blankToNull(r.place());
        c.decisionReceivedOn = r.decisionReceivedOn();
        c.delayApproval = deadline.missedBy(r.heldOn()) ? approval : null;
        c.ruleSetId = rs.id;
        steps.persist(c);
        return done(d.candidate(), "CEREMONY");
    }

    /**
     * The cell's vote after the 12 months of probation, on confirming the member or on striking them off: voted like
     * the admission (Charter, art. 5.2), within 30 working days of the end of probation or with the reason why not
     * (4.2.1). One without two thirds is stored as not passed; the cell may vote again.
     */
    public Dossier confirmationVote(UUID candidateId, StepRequests.ConfirmationVote r) {
        Dossier d = open(candidateId);
        StepRequests.Ballot b = r.ballot();
        requireConsistent(b, "ballot.");
        RuleSet rs = rules.inForceOn(b.heldOn());
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
        Vote v = vote(d, Vote.Purpose.CONFIRMATION, Vote.Body.CELL, r.proposal(), b, rs);
        v.lateReason = deadline.missedBy(b.heldOn()) ? late : null;
        steps.persist(v);
        return done(d.candidate(), "CONFIRMATION_VOTE" + (v.passed ? "" : "_NOT_PASSED"));
    }

    /**
     * The competent committee's decision after the cell's vote: confirmed (official from the end of probation, 4.2.2)
     * or struck off, as the cell proposed; after three votes without two thirds, the higher committee decides either
     * way (4.2.3). Within 30 working days of the cell's resolution, extendable by at most 30 (4.3.1).
     */
    public Dossier confirmationDecision(UUID candidateId, StepRequests.ConfirmationDecision r) {
        Dossier d = open(candidateId);
        RuleSet rs = rules.inForceOn(r.decidedOn());
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
                && attempts.size() >= rules.inForceOn(
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
        requireAuthority(d, rs, r.decidingUnitId());
        int extension = extension(r.extensionDays(), r.extensionReason(), rules.inForceOn(last.heldOn));
        if (!referred) {
            requireWithin(deadlines.confirmationDecision(last.heldOn, extension), r.decidedOn(), extension);
        }
        Candidate c = d.candidate();
        Decision decision = decision(c.id, Vote.Purpose.CONFIRMATION, r.number(), r.decidedOn(),
                r.decidingUnitId(), extension, r.extensionReason(), r.outcome(), rs);
        decision.referred = referred;
        if (r.outcome() == Decision.Outcome.CONFIRMED) {
            decision.officialFrom = deadlines.probationEnd(d.ceremony().get().heldOn);
        }
        steps.persist(decision);
        events.record(r.outcome() == Decision.Outcome.CONFIRMED
                ? EventRecorder.Kind.CONFIRMED
                : EventRecorder.Kind.STRUCK_OFF, c, r.decidedOn());
        return done(c, "CONFIRMATION_DECISION");
    }

    /**
     * Records that the candidate was a party member before, which makes the dossier a re-admission. Refused at once
     * when the reason for leaving bars re-admission or the person was already re-admitted once (3.5.2, 3.5.3); the time
     * since leaving and the province's consent are checked when the cell votes (3.5.1). Replacing it needs If-Match.
     */
    public Dossier formerMembership(UUID candidateId, String ifMatch, StepRequests.FormerMembershipRecord r) {
        Dossier d = open(candidateId);
        before(d, Stage.CELL_APPROVED, "pipeline.after-cell-vote");
        RuleSet rs = rules.inForceOn(time.today());
        requireNotBeforeBirth(d, "leftOn", r.leftOn());
        if (r.recordClearedOn() != null && r.leavingReason() != FormerMembership.LeavingReason.MINOR_CRIME_CONVICTION) {
            throw ProblemException.badRequest("recordClearedOn", "pipeline.record-cleared-only-minor-crime");
        }
        if (r.leavingReason() == FormerMembership.LeavingReason.MINOR_CRIME_CONVICTION && r.recordClearedOn() == null) {
            throw ProblemException.badRequest("recordClearedOn", "pipeline.record-cleared-required");
        }
        if ((r.consentNumber() == null || r.consentNumber().isBlank()) != (r.consentOn() == null)) {
            throw ProblemException.badRequest(r.consentOn() == null ? "consentOn" : "consentNumber",
                    "pipeline.consent-number-and-date");
        }
        if (r.consentOn() != null && r.consentOn().isBefore(r.leftOn())) {
            throw ProblemException.badRequest("consentOn", "pipeline.consent-before-leaving");
        }
        if (rs.readmissionBarred.contains(r.leavingReason().name())) {
            throw rs.violation(Rule.READMISSION, "pipeline.readmission-barred", r.leavingReason().name());
        }
        if (r.readmittedBefore()) {
            throw rs.violation(Rule.READMISSION, "pipeline.readmission-once");
        }
        FormerMembership f = d.formerMembership().orElse(null);
        if (f == null) {
            f = new FormerMembership();
            f.candidateId = d.candidate().id;
        } else {
            Versions.requireMatch(ifMatch, f.version);
        }
        f.leftOn = r.leftOn();
        f.leavingReason = r.leavingReason();
        f.recordClearedOn = r.recordClearedOn();
        f.readmittedBefore = false;
        f.consentNumber = blankToNull(r.consentNumber());
        f.consentOn = r.consentOn();
        if (d.formerMembership().isEmpty()) {
            steps.persist(f);
        } else {
            f.recordedAt = time.now();
        }
        return done(d.candidate(), "FORMER_MEMBERSHIP");
    }

    /** Withdrawal or rejection, with a reason, before the ceremony. */
    public Dossier close(UUID candidateId, StepRequests.Closure r) {
        Dossier d = open(candidateId);
        if (r.outcome() != Stage.WITHDRAWN && r.outcome() != Stage.REJECTED) {
            throw ProblemException.badRequest("outcome", "pipeline.closure-outcome");
        }
        if (d.stage().ordinal() >= Stage.PROBATION.ordinal()) {
            throw rules.inForceOn(r.closedOn()).violation(Rule.ORDER, "pipeline.closed-after-ceremony");
        }
        Candidate c = d.candidate();
        c.stage = r.outcome();
        c.closedOn = r.closedOn();
        c.closedReason = r.reason().strip();
        return done(c, r.outcome().name());
    }

    // --- the rules of the cell vote -------------------------------------------------------------------------------

    private static void checkReadyForCellVote(Dossier d, RuleSet rs, LocalDate voteDay) {
        d.certificate().filter(cert -> voteDay.isBefore(cert.issuedOn)).ifPresent(cert -> {
            throw ProblemException.badRequest("ballot.heldOn", "pipeline.vote-before-certificate");
        });
        CellVoteRules.check(d, rs, voteDay).stream().findFirst().ifPresent(v -> {
            throw rs.violation(v.rule(), v.key(), v.args());
        });
    }

    /** The extension asked for: with its reason, and at most what the rule set of the clock's start allows. */
    private static int extension(Integer days, String reason, RuleSet rs) {
        int extension = days == null ? 0 : days;
        if (extension > 0 && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest("extensionReason", "pipeline.extension-reason");
        }
        if (extension > rs.decisionExtensionMaxDays) {
            throw rs.violation(Rule.DECISION_DEADLINE, "pipeline.extension-too-long", extension,
                    rs.decisionExtensionMaxDays);
        }
        return extension;
    }

    private static void requireWithin(AdmissionDeadlines.Deadline deadline, LocalDate decidedOn, int extension) {
        if (deadline.missedBy(decidedOn)) {
            throw deadline.rules().violation(Rule.DECISION_DEADLINE, extension == 0
                    ? "pipeline.decision-late"
                    : "pipeline.decision-late-extended", DAY.format(deadline.last()), deadline.workingDays(),
                    DAY.format(deadline.from()));
        }
    }

    /** The deciding committee must be of the kind the rules of the day name, and stand above the candidate's cell. */
    private void requireAuthority(Dossier d, RuleSet rs, UUID decidingUnit) {
        var unit = units.tree().get(decidingUnit);
        boolean competent = unit.isPresent() && rs.decidingUnitKind.equals(unit.get().kind())
                && units.tree().contains(decidingUnit, d.candidate().cellId);
        if (!competent) {
            throw rs.violation(Rule.AUTHORITY, "pipeline.not-competent", rs.decidingAuthority);
        }
    }

    private static void requireConsistent(StepRequests.Ballot b, String prefix) {
        var problem = ProblemException.of(ProblemType.VALIDATION);
        boolean bad = false;
        if (b.present() > b.entitled()) {
            problem.fieldError(prefix + "present", "pipeline.present-over-entitled");
            bad = true;
        }
        if (b.yes() + b.no() + b.abstain() > b.present()) {
            problem.fieldError(prefix + "yes", "pipeline.votes-over-present");
            bad = true;
        }
        if (bad) {
            throw problem.build();
        }
    }

    // --- plumbing --------------------------------------------------------------------------------------------------

    private Optional<Candidate> visible(UUID id) {
        return candidates.visibleTo(id, scope);
    }

    private Dossier open(UUID candidateId) {
        Candidate c = visible(candidateId).orElseThrow(ProblemException::notFound);
        Dossier d = steps.load(c);
        if (c.stage == Stage.WITHDRAWN || c.stage == Stage.REJECTED) {
            throw rules.inForceOn(c.closedOn).violation(Rule.ORDER, "pipeline.closed");
        }
        return d;
    }

    private void before(Dossier d, Stage stage, String key) {
        if (d.stage().ordinal() >= stage.ordinal()) {
            throw rules.inForceOn(d.candidate().listedOn).violation(Rule.ORDER, key);
        }
    }

    private static void requireNotBeforeBirth(Dossier d, String field, LocalDate day) {
        if (day.isBefore(d.candidate().dateOfBirth)) {
            throw ProblemException.badRequest(field, "pipeline.before-birth");
        }
    }

    /** Recomputes the stage, bumps the candidate's version and audits the step (its name, never its content). */
    private Dossier done(Candidate c, String step) {
        steps.flush();
        Dossier d = steps.load(c);
        c.stage = d.stage();
        // a changed candidate gets a new version at the flush: a step changes the dossier's ETag
        c.updatedAt = time.now();
        steps.flush();
        audit.record("STEP", RESOURCE, c.id, c.cellId, Map.of("step", step, "stage", c.stage.name()));
        return d;
    }

    /** The next attempt of {@code body} on {@code purpose}, passed when two thirds of those entitled voted yes. */
    private static Vote vote(Dossier d, Vote.Purpose purpose, Vote.Body body, Vote.Proposal proposal,
            StepRequests.Ballot b, RuleSet rs) {
        Optional<Vote> previous = d.lastAttempt(purpose, body);
        if (previous.isPresent() && !b.heldOn().isAfter(previous.get().heldOn)) {
            throw ProblemException.badRequest("ballot.heldOn", "pipeline.vote-not-after-previous",
                    DAY.format(previous.get().heldOn));
        }
        Vote v = new Vote();
        v.id = UUID.randomUUID();
        v.candidateId = d.candidate().id;
        v.purpose = purpose;
        v.body = body;
        v.proposal = proposal;
        v.attempt = previous.map(p -> p.attempt + 1).orElse(1);
        v.heldOn = b.heldOn();
        v.entitled = b.entitled();
        v.present = b.present();
        v.yes = b.yes();
        v.no = b.no();
        v.abstain = b.abstain();
        v.resolutionNumber = b.resolutionNumber();
        v.votesNeeded = rs.votesNeeded(b.entitled());
        v.passed = b.yes() >= v.votesNeeded;
        v.ruleSetId = rs.id;
        return v;
    }

    private static Decision decision(UUID candidateId, Vote.Purpose purpose, String number, LocalDate decidedOn,
            UUID decidingUnit, int extension, String extensionReason, Decision.Outcome outcome, RuleSet rs) {
        Decision d = new Decision();
        d.id = UUID.randomUUID();
        d.candidateId = candidateId;
        d.purpose = purpose;
        d.number = number;
        d.decidedOn = decidedOn;
        d.decidingUnitId = decidingUnit;
        d.extensionDays = extension;
        d.extensionReason = extension == 0 ? null : extensionReason.strip();
        d.outcome = outcome;
        d.ruleSetId = rs.id;
        return d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
