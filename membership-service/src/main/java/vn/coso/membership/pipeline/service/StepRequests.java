package vn.coso.membership.pipeline.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Stage;
import vn.coso.membership.pipeline.Decision;
import vn.coso.membership.pipeline.DossierDocument;
import vn.coso.membership.pipeline.FormerMembership;
import vn.coso.membership.pipeline.Introduction;
import vn.coso.membership.pipeline.OrganisationOpinion;
import vn.coso.membership.pipeline.Verification;
import vn.coso.membership.pipeline.Vote;

/** What a cell or committee sends to record each step of the pipeline. Dates are never in the future. */
public final class StepRequests {

    /** A decision number such as {@code 12-QĐ/ĐU} or {@code 45-QĐ/HU}. */
    static final String DECISION_NUMBER = "\\d{1,5}-QĐ/[A-ZĐ0-9]{1,20}(-[A-ZĐ0-9]{1,20})?";

    /** A resolution number such as {@code 03-NQ/CB}. */
    static final String RESOLUTION_NUMBER = "\\d{1,5}-NQ/[A-ZĐ0-9]{1,20}(-[A-ZĐ0-9]{1,20})?";

    private StepRequests() {
    }

    @Schema(name = "CertificateRequest")
    public record Certificate(
            @Size(max = 50) String number,
            @NotNull @PastOrPresent LocalDate issuedOn,
            @Schema(description = "Who issued it: the political centre or the committee") @NotBlank @Size(max = 200) String issuer) {
    }

    @Schema(name = "DocumentRequest")
    public record Document(
            @NotNull DossierDocument.Kind kind,
            @NotNull @PastOrPresent LocalDate receivedOn,
            @Size(max = 500) String note) {
    }

    @Schema(name = "VerificationRequest")
    public record VerificationSent(
            @NotNull Verification.Subject subject,
            @Schema(description = "The party committee or place the request went to") @NotBlank @Size(max = 300) String place,
            @NotNull @PastOrPresent LocalDate sentOn,
            @NotNull LocalDate dueOn) {
    }

    @Schema(name = "VerificationResultRequest")
    public record VerificationResult(
            @NotNull Verification.Result result,
            @NotNull @PastOrPresent LocalDate receivedOn,
            @Schema(description = "For an ISSUE: whether it has been resolved") Boolean issueResolved,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "IntroductionRequest")
    public record IntroductionSent(
            @NotNull Introduction.Kind kind,
            @Schema(description = "The member's name, or the union committee's") @NotBlank @Size(max = 200) String introducer,
            @Schema(description = "An official (not probationary) party member") @NotNull Boolean officialMember,
            @Schema(description = "Months of shared work, study or residence") @NotNull @Min(0) @Max(1200) Integer monthsKnown,
            @NotNull @PastOrPresent LocalDate introducedOn) {
    }

    @Schema(name = "OpinionRequest")
    public record Opinion(
            @NotNull OrganisationOpinion.Body body,
            @NotNull @PastOrPresent LocalDate givenOn,
            @NotNull Boolean favourable,
            @Size(max = 2000) String summary) {
    }

    /** The counts of a vote: yes + no + abstain ≤ present ≤ entitled. */
    @Schema(name = "Ballot")
    public record Ballot(
            @NotNull @PastOrPresent LocalDate heldOn,
            @Schema(description = "Official members of the cell, or members of the committee") @NotNull @Min(1) @Max(1000) Integer entitled,
            @NotNull @Min(0) @Max(1000) Integer present,
            @NotNull @Min(0) @Max(1000) Integer yes,
            @NotNull @Min(0) @Max(1000) Integer no,
            @NotNull @Min(0) @Max(1000) Integer abstain,
            @Schema(example = "03-NQ/CB") @NotNull @Pattern(regexp = RESOLUTION_NUMBER) String resolutionNumber) {
    }

    @Schema(name = "VoteRequest")
    public record VoteCast(@NotNull Vote.Body body, @NotNull @Valid Ballot ballot) {
    }

    @Schema(name = "DecisionRequest")
    public record DecisionTaken(
            @Schema(example = "12-QĐ/ĐU") @NotNull @Pattern(regexp = DECISION_NUMBER) String number,
            @NotNull @PastOrPresent LocalDate decidedOn,
            @Schema(description = "The committee that decided") @NotNull UUID decidingUnitId,
            @Schema(description = "Working days of extension beyond the 60 (at most 30), with the reason") @Min(0) @Max(365) Integer extensionDays,
            @Size(max = 1000) String extensionReason) {
    }

    @Schema(name = "CeremonyRequest")
    public record CeremonyHeld(
            @NotNull @PastOrPresent LocalDate heldOn,
            @Size(max = 300) String place,
            @Schema(description = "When the cell received the admission decision: the 30 working days run from "
                    + "then. The decision's date when left out.") @PastOrPresent LocalDate decisionReceivedOn,
            @Schema(description = "The higher committee's consent to a ceremony after the 30 working days: its "
                    + "document and date") @Size(max = 200) String delayApproval) {
    }

    @Schema(name = "ConfirmationVoteRequest")
    public record ConfirmationVote(
            @Schema(description = "What the cell votes on: confirming the member, or striking them off the list", enumeration = {
                    "CONFIRM", "STRIKE_OFF"}) @NotNull Vote.Proposal proposal,
            @Schema(description = "The cell's vote; yes counts the votes for the proposal") @NotNull @Valid Ballot ballot,
            @Schema(description = "Why the cell votes after the 30 working days that follow the end of probation") @Size(max = 1000) String lateReason){
    }

    @Schema(name = "ConfirmationDecisionRequest")
    public record ConfirmationDecision(
            @NotNull Decision.Outcome outcome,
            @Schema(example = "12-QĐ/ĐU") @NotNull @Pattern(regexp = DECISION_NUMBER) String number,
            @NotNull @PastOrPresent LocalDate decidedOn,
            @Schema(description = "The committee that decided") @NotNull UUID decidingUnitId,
            @Schema(description = "Working days of extension beyond the 30 (at most 30), with the reason") @Min(0) @Max(365) Integer extensionDays,
            @Size(max = 1000) String extensionReason) {
    }

    @Schema(name = "FormerMembershipRequest", description = "A candidate who was a party member before")
    public record FormerMembershipRecord(
            @NotNull @PastOrPresent LocalDate leftOn,
            @NotNull FormerMembership.LeavingReason leavingReason,
            @Schema(description = "For a less serious crime: when the criminal record was cleared") @PastOrPresent LocalDate recordClearedOn,
            @Schema(description = "Already re-admitted once before") @NotNull Boolean readmittedBefore,
            @Schema(description = "The provincial standing committee's written consent", example = "215-CV/TU") @Size(max = 50) String consentNumber,
            @PastOrPresent LocalDate consentOn) {
    }

    @Schema(name = "ClosureRequest")
    public record Closure(
            @Schema(enumeration = {
                    "WITHDRAWN", "REJECTED"}) @NotNull Stage outcome,
            @NotNull @PastOrPresent LocalDate closedOn,
            @NotBlank @Size(max = 1000) String reason){
    }
}
