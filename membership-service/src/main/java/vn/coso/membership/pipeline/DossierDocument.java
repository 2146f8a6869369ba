package vn.coso.membership.pipeline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A document of the dossier: application (1-KNĐ), personal history (2-KNĐ), its certification. */
@Entity
@Table(name = "dossier_document")
public class DossierDocument extends PipelineStep {

    /** Which document. */
    public enum Kind {
        /** Application letter (đơn xin vào Đảng, 1-KNĐ). */
        APPLICATION,
        /** Personal history (lý lịch, 2-KNĐ). */
        PERSONAL_HISTORY,
        /** The commune committee certified the personal history. */
        HISTORY_CERTIFIED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Kind kind;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(length = 500)
    public String note;
}
