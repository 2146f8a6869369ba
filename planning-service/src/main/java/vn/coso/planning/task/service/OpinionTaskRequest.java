package vn.coso.planning.task.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What dialogue-service asks of planning when an officer turns an assigned opinion into work: the handler unit, what
 * to do (never the opinion's text or the person: the handler reads those in dialogue-service), the day of the
 * assignment and the reply's legal due date.
 */
@Schema(name = "OpinionTaskRequest")
public record OpinionTaskRequest(
        @Schema(description = "The handler unit the opinion is assigned to") @NotNull UUID unitId,
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "The officer's instructions to the handler, without personal data") @Size(max = 4000) String description,
        @NotNull LocalDate assignedOn,
        @Schema(description = "The reply's due date by the opinion's legal clock") @NotNull LocalDate dueOn,
        @Schema(description = "The officer who asked for the task (for the audit trail)") @Size(max = 200) String requestedBy) {
}
