package vn.coso.membership.pipeline;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The admission decision (9-KNĐ) or the decision after probation (confirmed or struck off). */
@Entity
@Table(name = "decision")
public class Decision extends PipelineStep {

    /** Confirmed as official member, or struck off the list (xóa tên). */
    public enum Outcome {
        CONFIRMED, STRUCK_OFF
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Vote.Purpose purpose;

    /** Such as {@code 12-QĐ/ĐU}. */
    @Column(nullable = false, length = 50)
    public String number;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "deciding_unit_id", nullable = false)
    public UUID decidingUnitId;

    /** Working days added to the 60-day deadline, with the reason (at most 30). */
    @Column(name = "extension_days", nullable = false)
    public int extensionDays;

    @Column(name = "extension_reason", length = 1000)
    public String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Outcome outcome;

    /** A confirmed member is official from the end of the 12 months of probation, however late the decision. */
    @Column(name = "official_from")
    public LocalDate officialFrom;

    /** Decided by the higher committee after three cell votes without two thirds (24-QĐ/TW, 4.2.3). */
    @Column(nullable = false)
    public boolean referred;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;
}
