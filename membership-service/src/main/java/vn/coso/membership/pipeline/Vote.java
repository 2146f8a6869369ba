package vn.coso.membership.pipeline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A vote of the cell (6-KNĐ) or of the committee (8-KNĐ), for admission or for confirmation. */
@Entity
@Table(name = "vote")
public class Vote extends PipelineStep {

    /** What the vote decides. */
    public enum Purpose {
        ADMISSION, CONFIRMATION
    }

    /** Who votes. */
    public enum Body {
        /** The cell: its official members are entitled. */
        CELL,
        /** The commune or grassroots committee: its members are entitled. */
        COMMITTEE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Body body;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public int entitled;

    @Column(nullable = false)
    public int present;

    @Column(nullable = false)
    public int yes;

    @Column(nullable = false)
    public int no;

    @Column(nullable = false)
    public int abstain;

    @Column(name = "resolution_number", nullable = false, length = 50)
    public String resolutionNumber;

    @Column(nullable = false)
    public boolean passed;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;
}
