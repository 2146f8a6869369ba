package vn.coso.membership.awareness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A party-awareness class (lớp bồi dưỡng nhận thức về Đảng), organised for a commune or a group of cells. */
@Entity
@Table(name = "awareness_class")
public class AwarenessClass {

    @Id
    public UUID id;

    /** The unit the class is organised for; decides who sees it. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    /** Who teaches it, e.g. the commune's political centre. */
    @Column(nullable = false, length = 200)
    public String organiser;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    /** When the results were marked and the certificates issued. */
    @Column(name = "results_on")
    public LocalDate resultsOn;

    /** Participants whose dossiers were erased (they leave the list; the count stays). */
    @Column(name = "erased_participants", nullable = false)
    public int erasedParticipants;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
