package vn.coso.membership.candidate;

/**
 * Where a candidate stands in the admission pipeline (DOMAIN.md §2). It follows from what has been recorded; the
 * service recomputes it after every step, never takes it from a client.
 */
public enum Stage {
    /** Listed by the cell (tạo nguồn), nothing else yet. */
    LISTED,
    /** Holds an awareness-class certificate. */
    CERTIFIED,
    /** Application or personal history received, verifications under way. */
    DOSSIER,
    /** The cell voted for admission. */
    CELL_APPROVED,
    /** The commune or grassroots committee voted for admission. */
    COMMITTEE_APPROVED,
    /** Admission decided, ceremony not yet held. */
    ADMITTED,
    /** Probationary member (đảng viên dự bị). */
    PROBATION,
    /** Official member (đảng viên chính thức). */
    OFFICIAL,
    /** Not confirmed after probation (xóa tên). */
    STRUCK_OFF,
    /** Withdrew from the pipeline. */
    WITHDRAWN,
    /** Rejected by the cell or the committee. */
    REJECTED;

    public boolean closed() {
        return this == OFFICIAL || this == STRUCK_OFF || this == WITHDRAWN || this == REJECTED;
    }
}
