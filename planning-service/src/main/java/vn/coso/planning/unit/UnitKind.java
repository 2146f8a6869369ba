package vn.coso.planning.unit;

/** What a unit of the registry is. Party organisations, residential areas and the state bodies that answer opinions. */
public enum UnitKind {
    /** Province party committee (Tỉnh ủy / Đảng bộ tỉnh), code TU. */
    PROVINCE_COMMITTEE,
    /** District party committee (Huyện ủy), code HU; abolished on 01/07/2025. */
    DISTRICT_COMMITTEE,
    /** Commune or grassroots party committee (Đảng ủy xã / đảng bộ cơ sở), code ĐU. */
    COMMUNE_COMMITTEE,
    /** Partial party committee (đảng bộ bộ phận). */
    PARTIAL_COMMITTEE,
    /** Party cell (chi bộ), code CB. */
    CELL,
    /** Village (thôn, bản). */
    VILLAGE,
    /** Residential group (tổ dân phố). */
    RESIDENTIAL_GROUP,
    /** Commune People's Committee (Ủy ban nhân dân xã). */
    PEOPLES_COMMITTEE,
    /** An office or department of a People's Committee. */
    STATE_OFFICE,
    /** Police (công an). */
    POLICE,
    /** Fatherland Front committee (Ủy ban Mặt trận Tổ quốc). */
    FATHERLAND_FRONT,
    OTHER
}
