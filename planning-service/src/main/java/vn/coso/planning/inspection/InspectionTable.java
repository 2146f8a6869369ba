package vn.coso.planning.inspection;

import static vn.coso.planning.export.PlanningTables.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.coso.planning.inspection.InspectionModel.ProgressRow;
import vn.coso.planning.inspection.InspectionModel.ProgressView;
import vn.coso.platform.export.Table;

/** A subtree's programmes of a year as the table an inspection committee pastes into its report. */
final class InspectionTable {

    private InspectionTable() {
    }

    static Table of(ProgressView progress, Map<UUID, String> names) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (ProgressRow r : progress.units()) {
            rows.add(cells(++n, names.getOrDefault(r.unitId(), r.unitId().toString()), r));
        }
        rows.add(cells(null, "Tổng cộng", progress.total()));
        List<String> headings = new ArrayList<>(List.of("STT", "Đơn vị", "Số chương trình",
                "Kiểm tra theo kế hoạch", "Kiểm tra đã tiến hành", "Giám sát theo kế hoạch", "Giám sát đã tiến hành",
                "Ngoài kế hoạch đã tiến hành", "Tỷ lệ thực hiện kế hoạch (%)"));
        for (int q = 1; q <= 4; q++) {
            headings.add("Quý " + q + ": kế hoạch");
            headings.add("Quý " + q + ": đã tiến hành");
        }
        headings.add("Nội dung khắc phục chưa xong");
        headings.add("Trong đó quá hạn");
        return new Table("kiem-tra-giam-sat-" + progress.year(), headings, rows);
    }

    private static List<Object> cells(Integer n, String unit, ProgressRow r) {
        List<Object> cells = row(n, unit, r.programmes(), r.inspectionsPlanned(), r.inspectionsHeld(),
                r.supervisionsPlanned(), r.supervisionsHeld(), r.unplannedHeld(), r.planPercent());
        r.quarters().forEach(q -> {
            cells.add(q.planned());
            cells.add(q.held());
        });
        cells.add(r.remediesOpen());
        cells.add(r.remediesOverdue());
        return cells;
    }
}
