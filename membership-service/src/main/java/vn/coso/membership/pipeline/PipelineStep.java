package vn.coso.membership.pipeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What every recorded step of a candidate's pipeline has: its id, its candidate, when it was recorded. */
@MappedSuperclass
public abstract class PipelineStep {

    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
