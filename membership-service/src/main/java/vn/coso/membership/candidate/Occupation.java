package vn.coso.membership.candidate;

/**
 * What the candidate does for a living, as the admission reports count it. Militia, police, demobilised soldiers and
 * village security roles are flags beside it ({@link Category}): a farmer in the militia counts as both.
 */
public enum Occupation {
    /** Pupil or student (học sinh, sinh viên). */
    PUPIL_STUDENT,
    /** Civil servant or public employee (cán bộ, công chức, viên chức). */
    CIVIL_SERVANT,
    /** Worker (công nhân). */
    WORKER,
    /** Farmer (nông dân). */
    FARMER,
    /** Worker or owner in a private enterprise (doanh nghiệp tư nhân). */
    PRIVATE_ENTERPRISE,
    /** Armed forces (lực lượng vũ trang). */
    ARMED_FORCES,
    OTHER
}
