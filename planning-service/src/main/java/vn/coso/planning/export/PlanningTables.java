package vn.coso.planning.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.coso.planning.progress.rest.ProgressReport;
import vn.coso.planning.target.rest.TargetView;
import vn.coso.platform.export.Table;

/**
 * Progress and targets as the tables a committee office pastes into its report: Vietnamese headings, unit and
 * indicator names rather than codes, one row per target.
 */
public final class PlanningTables {

    static final Map<ProgressReport.Status, String> STATUSES = Map.of(
            ProgressReport.Status.EXCEEDED, "Vượt chỉ tiêu",
            ProgressReport.Status.ACHIEVED, "Đạt chỉ tiêu",
            ProgressReport.Status.ON_TRACK, "Đúng tiến độ",
            ProgressReport.Status.BEHIND, "Chậm, chưa đạt",
            ProgressReport.Status.UNAVAILABLE, "Chưa lấy được số liệu",
            ProgressReport.Status.NOT_REPORTED, "Chưa báo cáo");

    private PlanningTables() {
    }

    /** Names of the units, indicators and documents the rows refer to, by id or code. */
    public record Names(Map<UUID, String> units, Map<String, String> indicators, Map<UUID, String> documents,
            Map<String, String> categories) {

        String unit(UUID id) {
            return id == null ? null : units.getOrDefault(id, id.toString());
        }

        String indicator(String code) {
            return indicators.getOrDefault(code, code);
        }

        /** A reporting category's title ({@code indicator_category}); "Chung" for the indicator as a whole. */
        String category(String code) {
            return code == null || code.isEmpty() ? "Chung" : categories.getOrDefault(code, code);
        }
    }

    public static Table progress(ProgressReport report, Names names) {
        int year = report.year();
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (ProgressReport.Item item : report.items()) {
            ProgressReport.Figure now = item.current();
            ProgressReport.Figure last = item.lastYear();
            rows.add(row(++n, names.unit(item.unitId()), names.indicator(item.indicator()),
                    names.category(item.category()),
                    now.target(), now.actual(), now.percent(), STATUSES.get(now.status()),
                    last == null ? null : last.target(), last == null ? null : last.actual(),
                    last == null ? null : last.percent()));
        }
        return new Table("tien-do-" + year, List.of("STT", "Đơn vị", "Chỉ tiêu", "Đối tượng",
                "Chỉ tiêu năm " + year, "Thực hiện", "Tỷ lệ (%)", "Đánh giá",
                "Chỉ tiêu năm " + (year - 1), "Thực hiện năm " + (year - 1), "Tỷ lệ năm " + (year - 1) + " (%)"), rows);
    }

    public static Table targets(List<TargetView> targets, Names names) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (TargetView t : targets) {
            rows.add(row(++n, t.year(), names.unit(t.unitId()), names.indicator(t.indicator()),
                    names.category(t.category()), t.documentId() == null ? null : names.documents().get(t.documentId()),
                    t.baseline(), t.growthPercent(), t.targetValue(), t.allocated(), t.unallocated(),
                    t.overAllocated() ? "Giao vượt" : null));
        }
        return new Table("chi-tieu", List.of("STT", "Năm", "Đơn vị", "Chỉ tiêu", "Đối tượng", "Văn bản giao",
                "Số liệu năm gốc", "Tăng so với năm gốc (%)", "Chỉ tiêu", "Đã giao xuống", "Chưa giao", "Ghi chú"),
                rows);
    }

    /** A row that may hold empty cells (List.of refuses nulls). */
    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
