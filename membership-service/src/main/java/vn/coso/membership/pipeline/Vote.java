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

    /** What was put to the vote: admitting, confirming the probationary member, or striking them off the list. */
    public enum Proposal {
        ADMIT, CONFIRM, STRIKE_OFF
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

    /** The proposal passed: at least {@link #votesNeeded} of those entitled voted for it. */
    @Column(nullable = false)
    public boolean passed;

    /** 1 for the first vote on this purpose by this body, 2 for the next after one that did not pass, … */
    @Column(nullable = false)
    public int attempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Proposal proposal;

    /** The threshold applied: two thirds of those entitled, rounded up, under the rule set of the day. */
    @Column(name = "votes_needed", nullable = false)
    public int votesNeeded;

    /** Why a confirmation vote was held after the 30 working days (24-QĐ/TW, 4.2.1). */
    @Column(name = "late_reason", length = 1000)
    public String lateReason;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;
}
