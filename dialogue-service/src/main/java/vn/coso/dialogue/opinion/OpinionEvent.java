package vn.coso.dialogue.opinion;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that happened to an opinion: assigned, progress, extended, re-classified, replied, assessed... */
@Entity
@Table(name = "opinion_event")
public class OpinionEvent {

    /** The supervisor's assessment of a reply (Fatherland Front). */
    public enum Assessment {
        ACCEPTED, INSUFFICIENT, LATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "opinion_id", nullable = false)
    public UUID opinionId;

    @Column(nullable = false, length = 30)
    public String kind;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(length = 4000)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Assessment assessment;
}
