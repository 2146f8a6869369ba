package vn.coso.planning.progress.service;

import static vn.coso.planning.export.PlanningTables.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.coso.planning.export.PlanningTables.Names;
import vn.coso.platform.export.Table;

/** Progress as the table a committee office pastes into its report: Vietnamese headings, unit and indicator names, one row per target, this year beside last year. */
final class ProgressTable {

    private ProgressTable() {
    }

    private static final Map<ProgressReport.Status, String> STATUSES = Map.of(
            ProgressReport.Status.EXCEEDED, "Vượt chỉ tiêu",
            ProgressReport.Status.ACHIEVED, "Đạt chỉ tiêu",
            ProgressReport.Status.ON_TRACK, "Đúng tiến độ",
            ProgressReport.Status.BEHIND, "Chậm, chưa đạt",
            ProgressReport.Status.UNAVAILABLE, "Chưa lấy được số liệu",
            ProgressReport.Status.NOT_REPORTED, "Chưa báo cáo");

    static Table of(ProgressReport report, Names names) {
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
}
