package vn.coso.membership.candidate;

/** The organisation that proposed the candidate to the cell (nguồn). */
public enum SourceOrganisation {
    /** Ho Chi Minh Communist Youth Union (Đoàn Thanh niên). */
    YOUTH_UNION,
    /** Vietnam Fatherland Front (Mặt trận Tổ quốc). */
    FATHERLAND_FRONT,
    /** Women's union (Hội Liên hiệp Phụ nữ). */
    WOMENS_UNION,
    /** Farmers' union (Hội Nông dân). */
    FARMERS_UNION,
    /** Veterans' union (Hội Cựu chiến binh). */
    VETERANS_UNION,
    /** Trade union (Công đoàn). */
    TRADE_UNION,
    SCHOOL,
    /** Militia (dân quân). */
    MILITIA,
    OTHER
}
