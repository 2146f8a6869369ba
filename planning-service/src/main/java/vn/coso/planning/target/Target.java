package vn.coso.planning.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A target (chỉ tiêu): for a year, a unit and an indicator (optionally one reporting category of it), either an
 * absolute value or a growth over a baseline ("30, +40% compared with 2022"). A target handed down from an upper unit
 * names its parent target.
 */
@Entity
@Table(name = "target")
public class Target {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false, length = 40)
    public String indicator;

    /** '' for the indicator as a whole. */
    @Column(nullable = false, length = 40)
    public String category = "";

    @Column(name = "document_id")
    public UUID documentId;

    @Column(precision = 12, scale = 2)
    public BigDecimal baseline;

    @Column(name = "absolute_value", precision = 12, scale = 2)
    public BigDecimal absoluteValue;

    @Column(name = "growth_percent", precision = 7, scale = 2)
    public BigDecimal growthPercent;

    /** The value to reach: the absolute value, or the baseline grown by the percentage. */
    @Column(name = "target_value", nullable = false, precision = 12, scale = 2)
    public BigDecimal targetValue;

    @Column(name = "parent_target_id")
    public UUID parentTargetId;

    /** Set when the children's shares add up to more than this target and the user chose to flag, not refuse. */
    @Column(name = "over_allocated", nullable = false)
    public boolean overAllocated;

    /** For a target taken over from an abolished unit's target: that target. */
    @Column(name = "remapped_from")
    public UUID remappedFrom;

    /** When this target's unit was abolished and the target was re-mapped to the units that took over. */
    @Column(name = "remapped_at")
    public Instant remappedAt;

    /** For an indicator entered by hand: the actual figure last reported, and on which day. */
    @Column(name = "manual_actual", precision = 12, scale = 2)
    public BigDecimal manualActual;

    @Column(name = "manual_actual_on")
    public LocalDate manualActualOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * Baseline × (1 + growth). Counts are whole people or sessions, rounded half up; percentages keep two decimals.
     */
    public static BigDecimal grown(BigDecimal baseline, BigDecimal growthPercent, boolean count) {
        BigDecimal value = baseline.multiply(BigDecimal.valueOf(100).add(growthPercent))
                .divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        return value.setScale(count ? 0 : 2, RoundingMode.HALF_UP);
    }
}
