package vn.coso.planning.inspection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's yearly inspection and supervision programme (chương trình kiểm tra, giám sát), a numbered document. */
@Entity
@Table(name = "inspection_programme")
public class InspectionProgramme {

    /** Who carries the programme out. */
    public enum Body {
        /** The party committee (cấp ủy). */
        COMMITTEE,
        /** Its inspection committee (ủy ban kiểm tra). */
        INSPECTION_COMMITTEE,
        /** A party cell (chi bộ). */
        CELL
    }

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Body body;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
