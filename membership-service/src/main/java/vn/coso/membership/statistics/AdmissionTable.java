package vn.coso.membership.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.coso.membership.candidate.Category;
import vn.coso.platform.export.Table;

/** The admission figures as the table a commune office pastes into its report. */
final class AdmissionTable {

    private AdmissionTable() {
    }

    static Table of(AdmissionStatistics s) {
        AdmissionStatistics.YearFigures before = s.previousYear();
        List<String> headings = List.of("Chỉ tiêu", "Năm " + s.year(), "Tỷ lệ (%)", "Năm " + before.year(),
                "Tỷ lệ (%)");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Kết nạp đảng viên", s.admitted(), null, before.admitted(), null));
        for (Category c : Category.values()) {
            String code = c.name();
            rows.add(row("  Trong đó: " + c.title(), s.byCategory().getOrDefault(code, 0), s.shares().get(code),
                    before.byCategory().getOrDefault(code, 0), before.shares().get(code)));
        }
        rows.add(row("Quần chúng được cử đi học lớp nhận thức về Đảng", s.sentToClass(), null, before.sentToClass(),
                null));
        rows.add(row("Đảng viên dự bị được công nhận chính thức", s.confirmed(), null, before.confirmed(), null));
        rows.add(row("Đảng viên dự bị bị xóa tên", s.struckOff(), null, before.struckOff(), null));
        return new Table("ket-nap-dang-vien-" + s.year(), headings, rows);
    }

    private static List<Object> row(String title, int current, BigDecimal currentShare, int previous,
            BigDecimal previousShare) {
        List<Object> row = new ArrayList<>();
        row.add(title);
        row.add(current);
        row.add(currentShare);
        row.add(previous);
        row.add(previousShare);
        return row;
    }
}
