package vn.coso.planning.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Work a document assigns to a unit, or to a person in it, with a due date; or the work a citizen's opinion assigned to
 * the unit causes (then no document, the opinion's id instead).
 */
@Entity
@Table(name = "task")
public class Task {

    public enum Status {
        OPEN,
        IN_PROGRESS,
        DONE,
        CANCELLED;

        public boolean closed() {
            return this == DONE || this == CANCELLED;
        }
    }

    @Id
    public UUID id;

    /** The assigning document; null for an opinion's task. */
    @Column(name = "document_id")
    public UUID documentId;

    /** The opinion in dialogue-service this task answers for; null for a document's task. */
    @Column(name = "opinion_id")
    public UUID opinionId;

    /** An opinion's task: the day the opinion was assigned to the unit. */
    @Column(name = "assigned_on")
    public LocalDate assignedOn;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(length = 200)
    public String assignee;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 4000)
    public String description;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Status status;

    /** Percentage done, as last reported. */
    @Column(nullable = false)
    public int progress;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** Why it was cancelled, or what was done. */
    @Column(name = "closing_note", length = 4000)
    public String closingNote;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Past its due date and still open on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !status.closed() && dueOn.isBefore(today);
    }
}
