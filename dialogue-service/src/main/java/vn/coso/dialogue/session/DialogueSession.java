package vn.coso.dialogue.session;

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

/** A dialogue session (buổi đối thoại) held by a commune in one of its villages. */
@Entity
@Table(name = "dialogue_session")
public class DialogueSession {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SessionLevel level;

    /** The commune party committee that organises it; decides who may see the session. */
    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    /** The village or residential group (thôn, tổ dân phố) where it is held. */
    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 300)
    public String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SessionStatus status;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The schedule that planned it, if any. */
    @Column(name = "schedule_id")
    public UUID scheduleId;

    /** Why a planned occurrence was moved or cancelled. */
    @Column(name = "change_reason", length = 1000)
    public String changeReason;

    /** The head who presided. */
    @Column(length = 200)
    public String host;

    /** The working group that went with the host, as in the minutes. */
    @Column(name = "working_group", length = 4000)
    public String workingGroup;

    /** People who came, households represented, people who spoke. */
    public Integer attendees;

    public Integer households;

    public Integer speakers;

    @Column(length = 4000)
    public String agenda;

    /** The report the commune gave. */
    @Column(length = 8000)
    public String report;

    /** The conclusion document, by its number in planning-service's registry (e.g. 15-TB/ĐU). */
    @Column(name = "conclusion_number", length = 50)
    public String conclusionNumber;

    @Column(name = "conclusion_date")
    public LocalDate conclusionDate;

    /** Who entered the record and when (often afterwards, from the paper minutes). */
    @Column(name = "recorded_by", length = 200)
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
