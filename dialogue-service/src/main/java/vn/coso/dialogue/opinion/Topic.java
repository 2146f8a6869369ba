package vn.coso.dialogue.opinion;

/** What an opinion is about (DOMAIN.md §4). */
public enum Topic {
    /** Trật tự xây dựng. */
    CONSTRUCTION_ORDER,
    /** Giao thông nông thôn. */
    RURAL_ROADS,
    /** Điện chiếu sáng. */
    LIGHTING,
    /** Môi trường. */
    ENVIRONMENT,
    /** An ninh trật tự. */
    SECURITY_ORDER,
    /** Đất đai. */
    LAND,
    /** Giá cả, tiêu thụ nông sản. */
    FARM_PRICES_MARKETS,
    /** An sinh xã hội. */
    SOCIAL_WELFARE,
    /** Thủ tục hành chính. */
    ADMINISTRATIVE_PROCEDURES,
    OTHER
}
