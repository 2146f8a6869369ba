package vn.coso.membership.candidate;

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

/** A candidate for party membership (quần chúng ưu tú), listed by a cell (chi bộ). */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    public UUID id;

    /** The cell that lists the candidate; decides who may see the dossier. */
    @Column(name = "cell_id", nullable = false)
    public UUID cellId;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Gender gender;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
