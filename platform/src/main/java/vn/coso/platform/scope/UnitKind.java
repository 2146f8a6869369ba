package vn.coso.platform.scope;

/**
 * What a unit of the registry is: planning-service's registry stores it, its unit feed carries it, and the other
 * services compare with it instead of loose strings. Party organisations, residential areas and the state bodies that
 * answer opinions.
 */
public enum UnitKind {
    /** Province party committee (Tỉnh ủy). */
    PROVINCE_COMMITTEE,
    /** District party committee (Huyện ủy); abolished on 01/07/2025. */
    DISTRICT_COMMITTEE,
    /** Commune or grassroots party committee (Đảng ủy xã). */
    COMMUNE_COMMITTEE,
    /** Partial party committee (đảng bộ bộ phận). */
    PARTIAL_COMMITTEE,
    /** Party cell (chi bộ). */
    CELL,
    /** Village (thôn, bản). */
    VILLAGE,
    /** Residential group (tổ dân phố). */
    RESIDENTIAL_GROUP,
    /** Commune People's Committee. */
    PEOPLES_COMMITTEE,
    /** An office or department of a People's Committee. */
    STATE_OFFICE,
    /** Police (công an). */
    POLICE,
    /** Fatherland Front committee. */
    FATHERLAND_FRONT,
    OTHER;

    /** Whether {@code unit} is of one of {@code kinds}; false for an unknown unit or kind. */
    public static boolean of(UnitNode unit, UnitKind... kinds) {
        for (UnitKind k : kinds) {
            if (k.name().equals(unit.kind())) {
                return true;
            }
        }
        return false;
    }
}
