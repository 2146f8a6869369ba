package vn.coso.planning.report;

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

/** A periodic report (quarterly, 6-month, yearly) a unit submitted against a plan. */
@Entity
@Table(name = "period_report")
public class PeriodReport {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Period period;

    @Column(nullable = false)
    public int year;

    /** The quarter (1–4) or half (1–2); 1 for a yearly report. */
    @Column(nullable = false)
    public int number;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(nullable = false, length = 8000)
    public String summary;

    /** The report as a numbered document (…-BC/…), if it was issued as one. */
    @Column(name = "document_id")
    public UUID documentId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
