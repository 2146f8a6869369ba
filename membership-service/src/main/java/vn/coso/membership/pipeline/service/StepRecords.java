package vn.coso.membership.pipeline.service;

import static vn.coso.platform.web.TextRules.blankToNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import vn.coso.membership.candidate.Candidate;
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
import vn.coso.membership.rules.RuleSet;
import vn.coso.platform.problem.ProblemException;

/**
 * The one place where a step's request becomes the record it creates: the services check, this maps. Free text is
 * stripped, and blank optional text is stored as nothing.
 */
final class StepRecords {

    private StepRecords() {
    }

    static AwarenessCertificate certificate(UUID candidateId, StepRequests.Certificate r, UUID classId) {
        AwarenessCertificate cert = new AwarenessCertificate();
        cert.candidateId = candidateId;
        cert.number = blankToNull(r.number());
        cert.issuedOn = r.issuedOn();
        cert.issuer = r.issuer().strip();
        cert.classId = classId;
        return cert;
    }

    static DossierDocument document(UUID candidateId, StepRequests.Document r) {
        DossierDocument doc = new DossierDocument();
        doc.id = UUID.randomUUID();
        doc.candidateId = candidateId;
        doc.kind = r.kind();
        doc.receivedOn = r.receivedOn();
        doc.note = blankToNull(r.note());
        return doc;
    }

    static Verification verification(UUID candidateId, StepRequests.VerificationSent r) {
        Verification v = new Verification();
        v.id = UUID.randomUUID();
        v.candidateId = candidateId;
        v.subject = r.subject();
        v.place = r.place().strip();
        v.sentOn = r.sentOn();
        v.dueOn = r.dueOn();
        return v;
    }

    static void result(Verification v, StepRequests.VerificationResult r) {
        v.result = r.result();
        v.receivedOn = r.receivedOn();
        v.issueResolved = r.result() == Verification.Result.ISSUE && Boolean.TRUE.equals(r.issueResolved());
        v.resultNote = blankToNull(r.note());
    }

    static Introduction introduction(Candidate c, StepRequests.IntroductionSent r, RuleSet rs) {
        Introduction i = new Introduction();
        i.id = UUID.randomUUID();
        i.candidateId = c.id;
        i.kind = r.kind();
        i.introducer = r.introducer().strip();
        i.officialMember = r.officialMember();
        i.monthsKnown = r.monthsKnown();
        i.introducedOn = r.introducedOn();
        i.ruleSetId = rs.id;
        return i;
    }

    static OrganisationOpinion opinion(UUID candidateId, StepRequests.Opinion r) {
        OrganisationOpinion o = new OrganisationOpinion();
        o.id = UUID.randomUUID();
        o.candidateId = candidateId;
        o.body = r.body();
        o.givenOn = r.givenOn();
        o.favourable = r.favourable();
        o.summary = blankToNull(r.summary());
        return o;
    }

    /** The next attempt of {@code body} on {@code purpose}, passed when two thirds of those entitled voted yes. */
    static Vote vote(Dossier d, Vote.Purpose purpose, Vote.Body body, Vote.Proposal proposal, StepRequests.Ballot b,
            RuleSet rs) {
        Optional<Vote> previous = d.lastAttempt(purpose, body);
        if (previous.isPresent() && !b.heldOn().isAfter(previous.get().heldOn)) {
            throw ProblemException.badRequest("ballot.heldOn", "pipeline.vote-not-after-previous",
                    StepGuard.DAY.format(previous.get().heldOn));
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

    static Decision decision(UUID candidateId, Vote.Purpose purpose, String number, LocalDate decidedOn,
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

    static Ceremony ceremony(UUID candidateId, StepRequests.CeremonyHeld r, String delayApproval, RuleSet rs) {
        Ceremony c = new Ceremony();
        c.candidateId = candidateId;
        c.heldOn = r.heldOn();
        c.place = blankToNull(r.place());
        c.decisionReceivedOn = r.decisionReceivedOn();
        c.delayApproval = delayApproval;
        c.ruleSetId = rs.id;
        return c;
    }

    static void apply(FormerMembership f, StepRequests.FormerMembershipRecord r) {
        f.leftOn = r.leftOn();
        f.leavingReason = r.leavingReason();
        f.recordClearedOn = r.recordClearedOn();
        f.readmittedBefore = false;
        f.consentNumber = blankToNull(r.consentNumber());
        f.consentOn = r.consentOn();
    }
}
