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

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
