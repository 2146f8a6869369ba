package vn.coso.planning.inspection;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A point of a conclusion to remedy, its deadline, and whether (and how) it was done. */
@Entity
@Table(name = "inspection_remedy")
public class InspectionRemedy {

    @Id
    public UUID id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 2000)
    public String text;

    /** The working days after the notice the notice gave, when it gave a number of days rather than a date. */
    @Column(name = "working_days")
    public Integer workingDays;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(length = 4000)
    public String evidence;

    @Version
    public long version;
}
