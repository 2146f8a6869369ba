package vn.coso.membership.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Awareness-class certificate (giấy chứng nhận bồi dưỡng nhận thức về Đảng), valid 60 months. */
@Entity
@Table(name = "awareness_certificate")
public class AwarenessCertificate {

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(length = 50)
    public String number;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(nullable = false, length = 200)
    public String issuer;

    /** The awareness class it came from, when recorded through a class. */
    @Column(name = "class_id")
    public UUID classId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
