package vn.coso.planning.task.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the task endpoints. */
public final class TaskRequests {

    private TaskRequests() {
    }

    /** Work a document assigns to a unit ({@code assignee}: a named person in it, optional). */
    @Schema(name = "TaskRequest")
    public record Create(
            @NotNull UUID documentId,
            @NotNull UUID unitId,
            @Size(max = 200) String assignee,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 4000) String description,
            @NotNull LocalDate dueOn) {
    }

    /** A progress note; the task becomes IN_PROGRESS. */
    @Schema(name = "TaskNoteRequest")
    public record Note(
            @NotBlank @Size(max = 4000) String note,
            @NotNull @Min(0) @Max(100) Integer progress,
            @PastOrPresent LocalDate writtenOn) {
    }

    @Schema(name = "TaskCompletion")
    public record Completion(@NotNull @PastOrPresent LocalDate completedOn, @Size(max = 4000) String note) {
    }

    @Schema(name = "TaskCancellation")
    public record Cancellation(@NotBlank @Size(max = 4000) String reason) {
    }
}
