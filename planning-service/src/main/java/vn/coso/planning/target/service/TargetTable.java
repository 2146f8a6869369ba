package vn.coso.planning.target.service;

import static vn.coso.planning.export.PlanningTables.row;

import java.util.ArrayList;
import java.util.List;

import vn.coso.planning.export.PlanningTables.Names;
import vn.coso.platform.export.Table;

/** Targets as the table a committee office pastes into its report: Vietnamese headings, unit, indicator and document names, one row per target. */
final class TargetTable {

    private TargetTable() {
    }

    static Table of(List<TargetView> targets, Names names) {
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
}
