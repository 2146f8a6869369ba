package vn.coso.planning.task.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.planning.task.Task;
import vn.coso.platform.web.Versioned;

/** A task with its notes (in the list, without them). */
@Schema(name = "Task")
public record TaskView(
        UUID id,
        @Schema(description = "The assigning document; absent for an opinion's task") UUID documentId,
        @Schema(description = "The assigning document's number, e.g. 100-KH/HU") String documentNumber,
        @Schema(description = "The citizen's opinion this task answers for (dialogue-service), if it came from one") OpinionLink opinion,
        UUID unitId,
        String assignee,
        String title,
        String description,
        LocalDate dueOn,
        Task.Status status,
        int progress,
        @Schema(description = "Open past its due date") boolean overdue,
        @Schema(description = "Days past the due date: while open, until today; once done, until completion") long daysLate,
        LocalDate completedOn,
        String closingNote,
        List<NoteView> notes,
        long version) implements Versioned {

    /**
     * The opinion a task came from: its id and where dialogue-service shows it (text, person and reply stay there).
     * The task's completion does not close the opinion: the handler's reply does.
     */
    @Schema(name = "TaskOpinion")
    public record OpinionLink(UUID id, @Schema(description = "The opinion in dialogue-service") String href,
            @Schema(description = "The day it was assigned to the unit") LocalDate assignedOn) {

        static OpinionLink of(Task t) {
            return t.opinionId == null
                    ? null
                    : new OpinionLink(t.opinionId, "/api/dialogue/opinions/" + t.opinionId, t.assignedOn);
        }
    }

    @Schema(name = "TaskNote")
    public record NoteView(LocalDate writtenOn, String author, String note, int progress) {
    }

    /** The overdue tasks of one unit. */
    @Schema(name = "OverdueTasks")
    public record Overdue(UUID unitId, String unitName, int count, List<TaskView> tasks) {
    }
}
