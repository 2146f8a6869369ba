package vn.coso.planning.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One inspection or supervision of a programme: planned, carried out, concluded, followed up. */
@Entity
@Table(name = "inspection")
public class Inspection {

    public enum Kind {
        /** Kiểm tra. */
        INSPECTION,
        /** Giám sát. */
        SUPERVISION
    }

    public enum Mode {
        /** Thường xuyên. */
        REGULAR,
        /** Chuyên đề. */
        THEMATIC,
        /** Khi có dấu hiệu vi phạm. */
        ON_SIGNS_OF_VIOLATION
    }

    public enum Status {
        PLANNED,
        IN_PROGRESS,
        CONCLUDED,
        CANCELLED
    }

    /** The form of discipline the competent body decided, recorded as a fact; NONE when it decided none. */
    public enum DisciplineForm {
        NONE,
        /** Khiển trách. */
        REPRIMAND,
        /** Cảnh cáo. */
        WARNING,
        /** Cách chức. */
        REMOVAL,
        /** Khai trừ. */
        EXPULSION,
        /** Giải tán (a party organisation). */
        DISSOLUTION
    }

    /** Whom it looks at: a party organisation, or a member (named) of the cell {@code unitId}. */
    @Embeddable
    public static class Subject {

        @Column(name = "unit_id", nullable = false)
        public UUID unitId;

        @Column(name = "member_name", length = 200)
        public String memberName;

        public boolean isMember() {
            return memberName != null;
        }
    }

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Mode mode;

    @Column(nullable = false)
    public boolean planned;

    @Column(nullable = false)
    public int quarter;

    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    public String[] contents;

    @Column(nullable = false, length = 300)
    public String lead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_subject", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    public List<Subject> subjects = new ArrayList<>();

    @Column(name = "decision_document_id")
    public UUID decisionDocumentId;

    @Column(length = 1000)
    public String team;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(length = 8000)
    public String findings;

    @Column(length = 8000)
    public String conclusion;

    @Column(name = "notice_document_id")
    public UUID noticeDocumentId;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    public Boolean violation;

    @Column(name = "cancel_reason", length = 1000)
    public String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline_form", length = 12)
    public DisciplineForm disciplineForm;

    @Column(name = "discipline_body", length = 300)
    public String disciplineBody;

    @Column(name = "discipline_decided_on")
    public LocalDate disciplineDecidedOn;

    @Column(name = "discipline_reference", length = 100)
    public String disciplineReference;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public long organisations() {
        return subjects.stream().filter(s -> !s.isMember()).count();
    }

    public long members() {
        return subjects.stream().filter(Subject::isMember).count();
    }
}
