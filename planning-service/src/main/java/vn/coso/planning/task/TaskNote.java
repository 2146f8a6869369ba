package vn.coso.planning.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A progress note on a task; never edited. */
@Entity
@Table(name = "task_note")
public class TaskNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "written_on", nullable = false)
    public LocalDate writtenOn;

    @Column(length = 200)
    public String author;

    @Column(nullable = false, length = 4000)
    public String note;

    @Column(nullable = false)
    public int progress;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
