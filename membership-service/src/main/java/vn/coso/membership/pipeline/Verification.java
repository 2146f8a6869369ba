package vn.coso.membership.pipeline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A background verification (thẩm tra lý lịch) of one person at one place. */
@Entity
@Table(name = "verification")
public class Verification extends PipelineStep {

    /** Whose background is verified. */
    public enum Subject {
        SELF, FATHER, MOTHER, SPOUSE, FATHER_IN_LAW, MOTHER_IN_LAW, GUARDIAN, ADULT_CHILD
    }

    /** What came back. */
    public enum Result {
        /** Nothing against admission. */
        CLEAR,
        /** An issue was reported; it must be resolved before the cell votes. */
        ISSUE,
        /** A party member with a full record: no verification needed. */
        EXEMPT
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Subject subject;

    @Column(nullable = false, length = 300)
    public String place;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Result result;

    @Column(name = "issue_resolved", nullable = false)
    public boolean issueResolved;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "result_note", length = 2000)
    public String resultNote;

    @Version
    public long version;

    /** Done: a result came back and, if it raised an issue, the issue is resolved. */
    public boolean settled() {
        return result != null && (result != Result.ISSUE || issueResolved);
    }
}
