package vn.coso.membership.pipeline.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Stage;
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

/** Every step recorded for a candidate, and the stage that follows from them. */
@Schema(name = "Pipeline")
public record DossierView(
        UUID candidateId,
        Stage stage,
        CertificateView certificate,
        List<DocumentView> documents,
        List<VerificationView> verifications,
        List<IntroductionView> introductions,
        List<OpinionView> opinions,
        List<VoteView> votes,
        List<DecisionView> decisions,
        CeremonyView ceremony,
        FormerMembershipView formerMembership) {

    public static DossierView of(Dossier d) {
        return new DossierView(d.candidate().id, d.stage(),
                d.certificate().map(CertificateView::of).orElse(null),
                d.documents().stream().map(DocumentView::of).toList(),
                d.verifications().stream().map(VerificationView::of).toList(),
                d.introductions().stream().map(IntroductionView::of).toList(),
                d.opinions().stream().map(OpinionView::of).toList(),
                d.votes().stream().map(VoteView::of).toList(),
                d.decisions().stream().map(DecisionView::of).toList(),
                d.ceremony().map(CeremonyView::of).orElse(null),
                d.formerMembership().map(FormerMembershipView::of).orElse(null));
    }

    @Schema(name = "Certificate")
    public record CertificateView(String number, LocalDate issuedOn, String issuer, UUID classId) {
        static CertificateView of(AwarenessCertificate c) {
            return new CertificateView(c.number, c.issuedOn, c.issuer, c.classId);
        }
    }

    @Schema(name = "DossierDocument")
    public record DocumentView(UUID id, DossierDocument.Kind kind, LocalDate receivedOn, String note) {
        static DocumentView of(DossierDocument d) {
            return new DocumentView(d.id, d.kind, d.receivedOn, d.note);
        }
    }

    @Schema(name = "Verification")
    public record VerificationView(UUID id, Verification.Subject subject, String place, LocalDate sentOn,
            LocalDate dueOn, Verification.Result result, boolean issueResolved, LocalDate receivedOn, String note,
            long version) {
        static VerificationView of(Verification v) {
            return new VerificationView(v.id, v.subject, v.place, v.sentOn, v.dueOn, v.result, v.issueResolved,
                    v.receivedOn, v.resultNote, v.version);
        }
    }

    @Schema(name = "Introduction")
    public record IntroductionView(UUID id, Introduction.Kind kind, String introducer, boolean officialMember,
            int monthsKnown, LocalDate introducedOn, String ruleSet) {
        static IntroductionView of(Introduction i) {
            return new IntroductionView(i.id, i.kind, i.introducer, i.officialMember, i.monthsKnown, i.introducedOn,
                    i.ruleSetId);
        }
    }

    @Schema(name = "OrganisationOpinion")
    public record OpinionView(UUID id, OrganisationOpinion.Body body, LocalDate givenOn, boolean favourable,
            String summary) {
        static OpinionView of(OrganisationOpinion o) {
            return new OpinionView(o.id, o.body, o.givenOn, o.favourable, o.summary);
        }
    }

    @Schema(name = "Vote")
    public record VoteView(UUID id, Vote.Purpose purpose, Vote.Body body, Vote.Proposal proposal, int attempt,
            LocalDate heldOn, int entitled, int present, int yes, int no, int abstain, String resolutionNumber,
            @Schema(description = "Two thirds of those entitled, rounded up, under the rules of the day") int votesNeeded,
            boolean passed, String lateReason, String ruleSet) {
        static VoteView of(Vote v) {
            return new VoteView(v.id, v.purpose, v.body, v.proposal, v.attempt, v.heldOn, v.entitled, v.present,
                    v.yes, v.no, v.abstain, v.resolutionNumber, v.votesNeeded, v.passed, v.lateReason, v.ruleSetId);
        }
    }

    @Schema(name = "Decision")
    public record DecisionView(UUID id, Vote.Purpose purpose, String number, LocalDate decidedOn,
            UUID decidingUnitId, int extensionDays, String extensionReason, Decision.Outcome outcome,
            @Schema(description = "A confirmed member is official from this day: the end of the 12 months") LocalDate officialFrom,
            @Schema(description = "Decided by the higher committee after three votes without two thirds") boolean referred,
            String ruleSet) {
        static DecisionView of(Decision d) {
            return new DecisionView(d.id, d.purpose, d.number, d.decidedOn, d.decidingUnitId, d.extensionDays,
                    d.extensionReason, d.outcome, d.officialFrom, d.referred, d.ruleSetId);
        }
    }

    @Schema(name = "Ceremony")
    public record CeremonyView(LocalDate heldOn, String place, LocalDate decisionReceivedOn, String delayApproval,
            String ruleSet) {
        static CeremonyView of(Ceremony c) {
            return new CeremonyView(c.heldOn, c.place, c.decisionReceivedOn, c.delayApproval, c.ruleSetId);
        }
    }

    @Schema(name = "FormerMembership")
    public record FormerMembershipView(LocalDate leftOn, FormerMembership.LeavingReason leavingReason,
            LocalDate recordClearedOn, String consentNumber, LocalDate consentOn, long version) {
        static FormerMembershipView of(FormerMembership f) {
            return new FormerMembershipView(f.leftOn, f.leavingReason, f.recordClearedOn, f.consentNumber,
                    f.consentOn, f.version);
        }
    }
}
