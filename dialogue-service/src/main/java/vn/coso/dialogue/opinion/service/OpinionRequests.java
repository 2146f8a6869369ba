package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.dialogue.opinion.Channel;
import vn.coso.dialogue.opinion.Complexity;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.OpinionEvent;
import vn.coso.dialogue.opinion.Topic;

/** What the officers, handlers, supervisors and citizens send about opinions. */
public final class OpinionRequests {

    private OpinionRequests() {
    }

    @Schema(name = "OpinionRequest")
    public record Record(
            @Schema(description = "The session where it was said; or none for another channel") UUID sessionId,
            @NotNull Channel channel,
            @Schema(description = "The commune; taken from the session when there is one") UUID communeId,
            UUID villageId,
            @Schema(description = "Empty for an anonymous speaker") @Size(max = 200) String speakerName,
            @Size(max = 200) String contact,
            @NotNull Topic topic,
            @NotNull LegalType legalType,
            @NotBlank @Size(max = 8000) String text,
            @Schema(description = "The day it was received; a past day when typing last month's minutes") @NotNull @PastOrPresent LocalDate receivedOn,
            @Schema(description = "A denunciation whose intake must check several places (10 working days instead "
                    + "of 7)") Boolean severalPlaces) {
    }

    @Schema(name = "AcceptanceRequest")
    public record Acceptance(
            @Schema(description = "The day the complaint or denunciation was accepted (thụ lý)") @NotNull @PastOrPresent LocalDate acceptedOn,
            @Schema(description = "How complex it is judged: sets the resolution clock and the extensions allowed") Complexity complexity) {
    }

    @Schema(name = "OnTheSpotAnswer")
    public record OnTheSpot(@NotBlank @Size(max = 200) String answeredBy, @NotBlank @Size(max = 8000) String answer) {
    }

    @Schema(name = "AssignmentRequest")
    public record Assignment(
            @Schema(description = "The office or department that must reply") @NotNull UUID handlerUnitId,
            @Schema(description = "The real day of the assignment, past days included; a complaint or denunciation "
                    + "not yet accepted is accepted on it") @NotNull @PastOrPresent LocalDate assignedOn,
            @Schema(description = "Days to reply, counted as the legal clock counts them from its start; at most "
                    + "the clock's length, which is the default") @Min(1) @Max(365) Integer days,
            @Schema(description = "For a complaint or denunciation accepted with this assignment") Complexity complexity) {
    }

    @Schema(name = "ProgressNote")
    public record Progress(@NotBlank @Size(max = 4000) String note) {
    }

    @Schema(name = "ExtensionRequest")
    public record Extension(
            @Schema(description = "Days added, counted as the clock counts them") @NotNull @Min(1) @Max(90) Integer days,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ReplyRequest")
    public record Reply(@NotBlank @Size(max = 8000) String reply, @NotNull @PastOrPresent LocalDate repliedOn) {
    }

    /**
     * Turn the assigned opinion into a task of its handler unit in planning-service. The task carries the topic, the
     * type and the dates, never the opinion's text or the person; {@code instructions} go with it, so they must not
     * name anyone.
     */
    @Schema(name = "OpinionTaskRequest")
    public record TaskRequest(
            @Schema(description = "What the handler unit should do, without personal data") @Size(max = 4000) String instructions) {
    }

    @Schema(name = "ReplySentRequest")
    public record ReplySent(@NotNull @PastOrPresent LocalDate sentOn) {
    }

    @Schema(name = "ReclassificationRequest")
    public record Reclassification(@NotNull LegalType legalType, @NotBlank @Size(max = 2000) String reason,
            @Schema(description = "The day it was re-classified (today by default): an accepted or assigned opinion's "
                    + "clock starts again from it") @PastOrPresent LocalDate reclassifiedOn) {
    }

    @Schema(name = "SupervisionRequest")
    public record Supervision(@NotNull OpinionEvent.Assessment assessment, @Size(max = 4000) String note,
            @Schema(description = "Ask for a new answer: the opinion goes back to the handler") Boolean reopen) {
    }

    /** What anyone may submit without an account. */
    @Schema(name = "PublicOpinionRequest")
    public record Public(
            @NotNull UUID communeId,
            UUID villageId,
            @Size(max = 200) String name,
            @Size(max = 200) String contact,
            @NotNull Topic topic,
            @NotBlank @Size(max = 4000) String text) {
    }
}
