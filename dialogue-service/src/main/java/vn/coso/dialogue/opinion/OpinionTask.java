package vn.coso.dialogue.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An assigned opinion turned into a task of its handler unit in planning-service: the request (an outbox row,
 * {@code pending} until planning has the opinion's current unit and due date) and the task as planning last
 * answered it. Completing the task does not close the opinion: the handler's reply does.
 */
@Entity
@Table(name = "opinion_task")
public class OpinionTask {

    /** Where the request stands, as the officer sees it. */
    public enum State {
        /** Recorded, not yet accepted by planning-service (it will be delivered again). */
        REQUESTED,
        /** planning-service has the task, as of the opinion's current unit and due date. */
        LINKED,
        /** The opinion changed (a new due date): planning-service is being told. */
        UPDATING,
        /** planning-service refused it (see {@code lastFailure}); not delivered again until the opinion changes. */
        REFUSED
    }

    @Id
    @Column(name = "opinion_id")
    public UUID opinionId;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 200)
    public String requestedBy;

    @Column(length = 4000)
    public String instructions;

    @Column(nullable = false)
    public boolean pending;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_failure", length = 200)
    public String lastFailure;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "task_unit_id")
    public UUID taskUnitId;

    @Column(name = "task_status", length = 12)
    public String taskStatus;

    @Column(name = "task_progress")
    public Integer taskProgress;

    @Column(name = "task_due_on")
    public LocalDate taskDueOn;

    @Column(name = "task_completed_on")
    public LocalDate taskCompletedOn;

    @Column(name = "synced_at")
    public Instant syncedAt;

    public State state() {
        if (pending) {
            return taskId == null ? State.REQUESTED : State.UPDATING;
        }
        return lastFailure != null ? State.REFUSED : State.LINKED;
    }
}
