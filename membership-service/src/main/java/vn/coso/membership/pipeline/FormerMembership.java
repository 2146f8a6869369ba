package vn.coso.membership.pipeline;

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
 * A candidate who was a party member before: when and why they left, and the province's written consent. It makes the
 * dossier a re-admission (kết nạp lại), checked by its own rules (24-QĐ/TW, 232-QĐ/TW and 294-QĐ/TW, point 3.5).
 */
@Entity
@Table(name = "former_membership")
public class FormerMembership {

    /** Why the person left the Party; the rule set lists the reasons that bar re-admission. */
    public enum LeavingReason {
        /** Stopped taking part in party life (tự bỏ sinh hoạt đảng). */
        SELF_ABANDONED,
        /** Asked to leave (làm đơn xin ra khỏi Đảng). */
        RESIGNED,
        /** Asked to leave for a family in particular hardship: the exception to {@link #RESIGNED}. */
        RESIGNED_FAMILY_HARDSHIP,
        /** Caused serious internal disunity. */
        DISUNITY,
        /** Convicted of corruption. */
        CORRUPTION_CONVICTION,
        /** Convicted of a serious crime or worse. */
        SERIOUS_CRIME_CONVICTION,
        /** Convicted of a less serious crime: 60 months from the clearing of the record. */
        MINOR_CRIME_CONVICTION,
        /** Left over the population and family-planning policy: the Secretariat's own rule applies. */
        POPULATION_POLICY,
        /** Struck off the list (xóa tên). */
        STRUCK_OFF,
        /** Expelled for another reason. */
        EXPELLED,
        OTHER
    }

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "left_on", nullable = false)
    public LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "leaving_reason", nullable = false, length = 40)
    public LeavingReason leavingReason;

    /** For a less serious crime: when the criminal record was cleared (xóa án tích). */
    @Column(name = "record_cleared_on")
    public LocalDate recordClearedOn;

    @Column(name = "readmitted_before", nullable = false)
    public boolean readmittedBefore;

    /** The provincial standing committee's written consent (its number and date). */
    @Column(name = "consent_number", length = 50)
    public String consentNumber;

    @Column(name = "consent_on")
    public LocalDate consentOn;

    @Version
    public long version;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
