package vn.coso.platform.testing;

import static vn.coso.platform.testing.DemoUnits.CELL_DA_RON_1;
import static vn.coso.platform.testing.DemoUnits.CELL_LAC_XUAN_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PEOPLES_COMMITTEE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_1;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.coso.platform.units.UnitFeedEntry;

/** A small slice of the demo tree, as planning-service's change feed would send it. */
public final class UnitFixtures {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private UnitFixtures() {
    }

    public static List<UnitFeedEntry> demoFeed() {
        List<UnitFeedEntry> feed = new ArrayList<>();
        feed.add(entry(PROVINCE, "TU-LD", "PROVINCE_COMMITTEE", null, feed.size()));
        feed.add(entry(COMMUNE_KA_DO, "ĐU-KADO", "COMMUNE_COMMITTEE", PROVINCE, feed.size()));
        feed.add(entry(COMMUNE_DRAN, "ĐU-DRAN", "COMMUNE_COMMITTEE", PROVINCE, feed.size()));
        feed.add(entry(COMMUNE_DON_DUONG, "ĐU-DONDUONG", "COMMUNE_COMMITTEE", PROVINCE, feed.size()));
        feed.add(entry(CELL_QUANG_LAP_1, "CB-QL-T1", "CELL", COMMUNE_KA_DO, feed.size()));
        feed.add(entry(CELL_QUANG_LAP_2, "CB-QL-T2", "CELL", COMMUNE_KA_DO, feed.size()));
        feed.add(entry(CELL_LAC_XUAN_1, "CB-LX-T1", "CELL", COMMUNE_DRAN, feed.size()));
        feed.add(entry(CELL_DA_RON_1, "CB-DR-T1", "CELL", COMMUNE_DON_DUONG, feed.size()));
        feed.add(entry(VILLAGE_QUANG_LAP_1, "TH-QL-1", "VILLAGE", COMMUNE_KA_DO, feed.size()));
        feed.add(entry(PEOPLES_COMMITTEE_KA_DO, "UBND-KADO", "PEOPLES_COMMITTEE", COMMUNE_KA_DO, feed.size()));
        feed.add(entry(OFFICE_KA_DO, "VP-KADO", "STATE_OFFICE", PEOPLES_COMMITTEE_KA_DO, feed.size()));
        return feed;
    }

    public static UnitFeedEntry entry(UUID id, String code, String kind, UUID parent, long seq) {
        List<UnitFeedEntry.ParentLink> parents = parent == null
                ? List.of()
                : List.of(new UnitFeedEntry.ParentLink(parent, REFORM, null));
        return new UnitFeedEntry(id, code, code, kind, REFORM, null, parents, List.of(), seq + 1);
    }
}
