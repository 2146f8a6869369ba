package vn.coso.platform.scope;

/**
 * What a unit of the registry is, as the services read it from planning-service's unit feed: the same names as
 * planning's own {@code vn.coso.planning.unit.UnitKind} (a planning test keeps the two equal), so that no service
 * compares kinds as loose strings.
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
