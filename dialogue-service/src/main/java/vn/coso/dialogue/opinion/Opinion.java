package vn.coso.dialogue.opinion;

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

/** An opinion (ý kiến, kiến nghị) of a citizen, and what became of it. */
@Entity
@Table(name = "opinion")
public class Opinion {

    @Id
    public UUID id;

    @Column(name = "tracking_code", nullable = false, length = 16)
    public String trackingCode;

    @Column(name = "session_id")
    public UUID sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Column(name = "village_id")
    public UUID villageId;

    /** Null when the person wished to stay anonymous. */
    @Column(name = "speaker_name", length = 200)
    public String speakerName;

    @Column(length = 200)
    public String contact;

    /** The citizen account that submitted it, if any. */
    @Column(name = "citizen_subject", length = 100)
    public String citizenSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_type", nullable = false, length = 20)
    public LegalType legalType;

    @Column(nullable = false, length = 8000)
    public String text;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OpinionStatus status;

    @Column(name = "answered_by", length = 200)
    public String answeredBy;

    @Column(length = 8000)
    public String answer;

    @Column(name = "handler_unit_id")
    public UUID handlerUnitId;

    @Column(name = "assigned_on")
    public LocalDate assignedOn;

    /** When a complaint or denunciation was accepted (thụ lý); its resolution clock runs from then. */
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Complexity complexity = Complexity.STANDARD;

    /** A denunciation whose intake must check several places (10 working days instead of 7). */
    @Column(name = "several_places", nullable = false)
    public boolean severalPlaces;

    /** The step {@link #dueOn} belongs to, and the day its clock started. */
    @Enumerated(EnumType.STRING)
    @Column(name = "due_step", length = 20)
    public ClockStep dueStep;

    @Column(name = "clock_started_on")
    public LocalDate clockStartedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    /** How many times the deadline was extended, and by how many days (as its clock counts them) in all. */
    @Column(nullable = false)
    public int extensions;

    @Column(name = "extension_days", nullable = false)
    public int extensionDays;

    @Column(length = 8000)
    public String reply;

    @Column(name = "replied_on")
    public LocalDate repliedOn;

    @Column(name = "reply_sent_on")
    public LocalDate replySentOn;

    /** How many times supervision reopened it. */
    @Column(nullable = false)
    public int reopened;

    @Version
    public long version;

    /** The day the name, contact and account were erased, the retention period after closing. */
    @Column(name = "contact_erased_on")
    public LocalDate contactErasedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
