package vn.coso.platform.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Vietnamese titles of the admission reporting categories (DOMAIN.md §2), in report order: membership-service's
 * figures and planning-service's targets by category name them the same way in the offices' tables.
 */
public final class CategoryTitles {

    public static final Map<String, String> TITLES;

    static {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("WOMEN", "Nữ");
        t.put("ETHNIC_MINORITY", "Người dân tộc thiểu số");
        t.put("RELIGIOUS", "Người có đạo");
        t.put("YOUTH_UNION", "Đoàn viên thanh niên");
        t.put("AGE_18_30", "Từ 18 đến 30 tuổi");
        t.put("PUPILS_STUDENTS", "Học sinh, sinh viên");
        t.put("CIVIL_SERVANTS", "Cán bộ, công chức, viên chức");
        t.put("WORKERS", "Công nhân");
        t.put("FARMERS", "Nông dân");
        t.put("PRIVATE_ENTERPRISE", "Trong doanh nghiệp tư nhân");
        t.put("ARMED_FORCES", "Lực lượng vũ trang");
        t.put("MILITIA", "Dân quân tự vệ");
        t.put("VILLAGE_MILITARY_LEADERS", "Thôn đội trưởng");
        t.put("SECURITY_TEAM", "Tổ an ninh trật tự");
        t.put("SECURITY_TEAM_LEADERS", "Tổ trưởng tổ an ninh trật tự");
        t.put("DEMOBILISED_SOLDIERS", "Bộ đội xuất ngũ");
        t.put("COMMUNE_POLICE", "Công an xã");
        t.put("RURAL_CELLS", "Ở chi bộ nông thôn");
        TITLES = Collections.unmodifiableMap(t);
    }

    private CategoryTitles() {
    }

    /** The title of a category; its code when it has none. */
    public static String of(String code) {
        return TITLES.getOrDefault(code, code);
    }
}
