package vn.coso.planning.initiative;

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

/** A model or initiative ("mô hình mới, cách làm sáng tạo") a unit registered for a year, and its review. */
@Entity
@Table(name = "initiative")
public class Initiative {

    /** The year-end evaluation: xuất sắc, tốt, đạt, không đạt. */
    public enum Evaluation {
        EXCELLENT,
        GOOD,
        ACHIEVED,
        NOT_ACHIEVED
    }

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(length = 4000)
    public String description;

    /** The document that registered it. */
    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Evaluation evaluation;

    @Column(length = 4000)
    public String results;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
