package vn.coso.dialogue.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.coso.platform.export.Table;

/** The figures as the table a commune office pastes into its report. */
final class DialogueTable {

    static final Map<String, String> TOPICS = Map.of("CONSTRUCTION_ORDER", "Trật tự xây dựng", "RURAL_ROADS",
            "Giao thông nông thôn", "LIGHTING", "Điện chiếu sáng", "ENVIRONMENT", "Môi trường", "SECURITY_ORDER",
            "An ninh trật tự", "LAND", "Đất đai", "FARM_PRICES_MARKETS", "Giá cả, tiêu thụ nông sản", "SOCIAL_WELFARE",
            "An sinh xã hội", "ADMINISTRATIVE_PROCEDURES", "Thủ tục hành chính", "OTHER", "Khác");
    static final Map<String, String> TYPES = Map.of("PETITION", "Kiến nghị, phản ánh", "COMPLAINT", "Khiếu nại",
            "DENUNCIATION", "Tố cáo");

    private DialogueTable() {
    }

    static Table of(DialogueStatistics s) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Số buổi đối thoại", s.sessions()));
        rows.add(List.of("Số thôn, tổ dân phố được đến", s.villages()));
        rows.add(List.of("Số người dự", s.attendees()));
        rows.add(List.of("Số hộ có đại diện dự", s.households()));
        rows.add(List.of("Số người phát biểu", s.speakers()));
        rows.add(List.of("Số ý kiến, kiến nghị", s.opinions()));
        s.byTopic().forEach((k, n) -> rows.add(List.of("  Lĩnh vực: " + TOPICS.getOrDefault(k, k), n)));
        s.byLegalType().forEach((k, n) -> rows.add(List.of("  Loại: " + TYPES.getOrDefault(k, k), n)));
        rows.add(List.of("Trả lời tại chỗ", s.answeredOnSpot()));
        rows.add(List.of("Giao giải quyết", s.assigned()));
        rows.add(List.of("Trả lời đúng hạn", s.repliedOnTime()));
        rows.add(List.of("Trả lời quá hạn", s.repliedLate()));
        rows.add(List.of("Đang giải quyết", s.stillOpen()));
        rows.add(List.of("  Trong đó quá hạn", s.overdue()));
        rows.add(List.of("Mở lại sau giám sát", s.reopened()));
        rows.add(List.of("Được gia hạn", s.extended()));
        List<Object> rate = new ArrayList<>();
        rate.add("Tỷ lệ trả lời đúng hạn (%)");
        rate.add(s.onTimeReplyRate());
        rows.add(rate);
        return new Table("doi-thoai-" + s.from() + "-" + s.to(), List.of("Chỉ tiêu", "Số liệu"), rows);
    }
}
