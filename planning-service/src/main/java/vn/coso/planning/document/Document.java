package vn.coso.planning.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A numbered party document (văn bản): resolution, plan, directive, decision… */
@Entity
@Table(name = "document")
public class Document {

    public enum Status {
        ISSUED,
        /** Cancelled documents keep their number: it is never given again. */
        CANCELLED
    }

    public enum ReferenceKind {
        /** "Thực hiện Nghị quyết số 07-NQ/HU…": this document carries out the other. */
        IMPLEMENTS,
        /** Merely cites it. */
        CITES
    }

    @Embeddable
    public record Reference(@Column(name = "cites_id") UUID citesId,
            @Enumerated(EnumType.STRING) @Column(name = "kind") ReferenceKind kind) {
    }

    @Id
    public UUID id;

    @Column(name = "issuer_id", nullable = false)
    public UUID issuerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public DocumentType type;

    @Column(name = "term_id", nullable = false)
    public UUID termId;

    @Column(name = "number_seq", nullable = false)
    public int numberSeq;

    @Column(name = "number_text", nullable = false, length = 60)
    public String numberText;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 4000)
    public String summary;

    @Column(length = 200)
    public String signer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Status status;

    @Column(name = "cancel_reason", length = 1000)
    public String cancelReason;

    /** True for a paper document registered with its printed number rather than numbered here. */
    @Column(nullable = false)
    public boolean registered;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_recipient", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "unit_id")
    public Set<UUID> recipients = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_reference", joinColumns = @JoinColumn(name = "document_id"))
    public Set<Reference> references = new LinkedHashSet<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
