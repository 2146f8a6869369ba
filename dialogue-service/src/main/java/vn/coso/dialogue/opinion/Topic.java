package vn.coso.dialogue.opinion;

/** What an opinion is about (DOMAIN.md §4). */
public enum Topic {
    CONSTRUCTION_ORDER("Trật tự xây dựng"),
    RURAL_ROADS("Giao thông nông thôn"),
    LIGHTING("Điện chiếu sáng"),
    ENVIRONMENT("Môi trường"),
    SECURITY_ORDER("An ninh trật tự"),
    LAND("Đất đai"),
    FARM_PRICES_MARKETS("Giá cả, tiêu thụ nông sản"),
    SOCIAL_WELFARE("An sinh xã hội"),
    ADMINISTRATIVE_PROCEDURES("Thủ tục hành chính"),
    OTHER("Nội dung khác");

    private final String title;

    Topic(String title) {
        this.title = title;
    }

    /** The Vietnamese name a citizen reads. */
    public String title() {
        return title;
    }
}
