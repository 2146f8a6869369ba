package vn.coso.planning.unit;

/** The kind of a cell (chi bộ); reporting counts "rural cells" separately. */
public enum CellKind {
    /** One per village (nông thôn). */
    RURAL,
    SCHOOL,
    /** Armed forces and militia (quân sự, dân quân). */
    ARMED_FORCES,
    POLICE,
    AGENCY,
    ENTERPRISE,
    OTHER
}
