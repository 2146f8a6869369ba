package vn.coso.membership.pipeline.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.DossierDocument;
import vn.coso.membership.pipeline.FormerMembership;
import vn.coso.membership.pipeline.Verification;
import vn.coso.membership.pipeline.repository.PipelineRepository;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;
import vn.coso.membership.statistics.EventRecorder;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/**
 * The steps that build the dossier before the cell votes (DOMAIN.md §2): the awareness certificate, the documents,
 * the verifications and their results, the introductions, the organisations' opinions, and a former membership for
 * a re-admission. Each is refused once the cell has voted (the dossier is then locked), and each checks its order
 * against the rule set in force on its own date.
 */
@ApplicationScoped
@Transactional
public class PreparationSteps {

    private final StepGuard guard;
    private final PipelineRepository steps;
    private final EventRecorder events;
    private final VietnamTime time;

    public PreparationSteps(StepGuard guard, PipelineRepository steps, EventRecorder events, VietnamTime time) {
        this.guard = guard;
        this.steps = steps;
        this.events = events;
        this.time = time;
    }

    public Dossier certificate(UUID candidateId, StepRequests.Certificate r) {
        return certificate(candidateId, r, null);
    }

    /** A certificate, issued by a class recorded here ({@code classId}) or recorded from paper (null). */
    public Dossier certificate(UUID candidateId, StepRequests.Certificate r, UUID classId) {
        Dossier d = guard.open(candidateId);
        guard.beforeCellVote(d);
        StepGuard.requireNotBeforeBirth(d, "issuedOn", r.issuedOn());
        d.certificate().ifPresent(steps::remove);
        steps.flush();
        steps.persist(StepRecords.certificate(d.candidate().id, r, classId));
        // a certificate from a class not recorded here still means the candidate was sent to a class
        events.record(EventRecorder.Kind.SENT_TO_CLASS, d.candidate(), r.issuedOn());
        return guard.done(d.candidate(), "CERTIFICATE");
    }

    /** Checks that a candidate may join an awareness class: visible, open, not yet voted on by the cell. */
    public Candidate joinable(UUID candidateId, LocalDate classStarts) {
        Dossier d = guard.open(candidateId);
        guard.beforeCellVote(d);
        events.record(EventRecorder.Kind.SENT_TO_CLASS, d.candidate(), classStarts);
        return d.candidate();
    }

    public Dossier document(UUID candidateId, StepRequests.Document r) {
        Dossier d = guard.open(candidateId);
        guard.beforeCellVote(d);
        RuleSet rs = guard.rules(r.receivedOn());
        if (d.certificate().isEmpty()) {
            throw rs.violation(Rule.ORDER, "pipeline.certificate-first");
        }
        if (r.kind() == DossierDocument.Kind.HISTORY_CERTIFIED && !d.has(DossierDocument.Kind.PERSONAL_HISTORY)) {
            throw rs.violation(Rule.ORDER, "pipeline.history-first");
        }
        d.document(r.kind()).ifPresent(steps::remove);
        steps.flush();
        steps.persist(StepRecords.document(d.candidate().id, r));
        return guard.done(d.candidate(), "DOCUMENT");
    }

    public Dossier verificationSent(UUID candidateId, StepRequests.VerificationSent r) {
        Dossier d = guard.open(candidateId);
        guard.beforeCellVote(d);
        if (r.dueOn().isBefore(r.sentOn())) {
            throw ProblemException.badRequest("dueOn", "pipeline.due-before-sent");
        }
        if (!d.has(DossierDocument.Kind.PERSONAL_HISTORY)) {
            throw guard.rules(r.sentOn()).violation(Rule.ORDER, "pipeline.history-first");
        }
        steps.persist(StepRecords.verification(d.candidate().id, r));
        return guard.done(d.candidate(), "VERIFICATION_SENT");
    }

    public Optional<Dossier> verificationResult(UUID candidateId, UUID verificationId, String ifMatch,
            StepRequests.VerificationResult r) {
        Dossier d = guard.open(candidateId);
        Optional<Verification> found = steps.verification(d.candidate().id, verificationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Verification v = found.get();
        Versions.requireMatch(ifMatch, v.version);
        guard.beforeCellVote(d);
        if (r.receivedOn().isBefore(v.sentOn)) {
            throw ProblemException.badRequest("receivedOn", "pipeline.received-before-sent");
        }
        if (r.result() == Verification.Result.EXEMPT && v.subject == Verification.Subject.SELF) {
            // exemption is for relatives who are party members with a full record; the candidate is never exempt
            throw ProblemException.badRequest("result", "pipeline.self-not-exempt");
        }
        StepRecords.result(v, r);
        return Optional.of(guard.done(d.candidate(), "VERIFICATION_RESULT"));
    }

    public Dossier introduction(UUID candidateId, StepRequests.IntroductionSent r) {
        Dossier d = guard.open(candidateId);
        guard.beforeCellVote(d);
        RuleSet rs = guard.rules(r.introducedOn());
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
        steps.persist(StepRecords.introduction(c, r, rs));
        return guard.done(c, "INTRODUCTION");
    }

    public Dossier opinion(UUID candidateId, StepRequests.Opinion r) {
        Dossier d = guard.open(candidateId);
        guard.beforeCellVote(d);
        if (!d.has(DossierDocument.Kind.APPLICATION)) {
            throw guard.rules(r.givenOn()).violation(Rule.ORDER, "pipeline.application-first");
        }
        steps.persist(StepRecords.opinion(d.candidate().id, r));
        return guard.done(d.candidate(), "OPINION");
    }

    /**
     * Records that the candidate was a party member before, which makes the dossier a re-admission. Refused at once
     * when the reason for leaving bars re-admission or the person was already re-admitted once (3.5.2, 3.5.3); the time
     * since leaving and the province's consent are checked when the cell votes (3.5.1). Replacing it needs If-Match.
     */
    public Dossier formerMembership(UUID candidateId, String ifMatch, StepRequests.FormerMembershipRecord r) {
        Dossier d = guard.open(candidateId);
        guard.beforeCellVote(d);
        RuleSet rs = guard.rules(time.today());
        StepGuard.requireNotBeforeBirth(d, "leftOn", r.leftOn());
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
        StepRecords.apply(f, r);
        if (d.formerMembership().isEmpty()) {
            steps.persist(f);
        } else {
            f.recordedAt = time.now();
        }
        return guard.done(d.candidate(), "FORMER_MEMBERSHIP");
    }
}
