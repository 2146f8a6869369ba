package vn.coso.membership.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The admission ceremony (lễ kết nạp); probation runs 12 months from it. */
@Entity
@Table(name = "ceremony")
public class Ceremony {

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(length = 300)
    public String place;

    /** When the cell received the admission decision: the 30 working days run from then. */
    @Column(name = "decision_received_on")
    public LocalDate decisionReceivedOn;

    /** The higher committee's consent to a ceremony after the 30 working days (its document and date). */
    @Column(name = "delay_approval", length = 200)
    public String delayApproval;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
