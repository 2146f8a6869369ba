package vn.coso.platform.testing;

import static vn.coso.platform.testing.DemoUnits.CELL_DA_RON_1;
import static vn.coso.platform.testing.DemoUnits.CELL_LAC_XUAN_1;
import static vn.coso.platform.testing.DemoUnits.CELL_LAC_XUAN_SCHOOL;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DA_RON;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_LAC_XUAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_QUANG_LAP;
import static vn.coso.platform.testing.DemoUnits.DISTRICT_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PEOPLES_COMMITTEE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;
import static vn.coso.platform.testing.DemoUnits.PROVINCE_OLD;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_DA_RON_1;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_LAC_XUAN_1;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_3;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_4;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_5;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.coso.platform.units.UnitFeedEntry;
import vn.coso.platform.units.UnitFeedEntry.ParentLink;

/**
 * A slice of the demo tree, as planning-service's change feed would send it: the province, district and communes
 * until 30/06/2025, the new communes from 01/07/2025 succeeding them, and cells that moved from the old communes to
 * the new ones.
 */
public final class UnitFixtures {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate OLD_END = REFORM.minusDays(1);
    static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    private UnitFixtures() {
    }

    public static List<UnitFeedEntry> demoFeed() {
        List<UnitFeedEntry> feed = new ArrayList<>();
        feed.add(old(PROVINCE_OLD, "TU-LD-2015", "PROVINCE_COMMITTEE", null, feed.size()));
        feed.add(old(DISTRICT_DON_DUONG, "HU-DD", "DISTRICT_COMMITTEE", PROVINCE_OLD, feed.size()));
        feed.add(old(COMMUNE_LAC_XUAN, "ĐU-LXUAN", "COMMUNE_COMMITTEE", DISTRICT_DON_DUONG, feed.size()));
        feed.add(old(COMMUNE_DA_RON, "ĐU-DARON", "COMMUNE_COMMITTEE", DISTRICT_DON_DUONG, feed.size()));
        feed.add(old(COMMUNE_QUANG_LAP, "ĐU-QLAP", "COMMUNE_COMMITTEE", DISTRICT_DON_DUONG, feed.size()));
        feed.add(successor(PROVINCE, "TU-LD", "PROVINCE_COMMITTEE", null, PROVINCE_OLD, feed.size()));
        feed.add(successor(COMMUNE_KA_DO, "ĐU-KADO", "COMMUNE_COMMITTEE", PROVINCE, COMMUNE_QUANG_LAP, feed.size()));
        feed.add(successor(COMMUNE_DRAN, "ĐU-DRAN", "COMMUNE_COMMITTEE", PROVINCE, COMMUNE_LAC_XUAN, feed.size()));
        feed.add(successor(COMMUNE_DON_DUONG, "ĐU-DONDUONG", "COMMUNE_COMMITTEE", PROVINCE, COMMUNE_DA_RON,
                feed.size()));
        feed.add(movedCell(CELL_QUANG_LAP_1, "CB-QL-T1", "RURAL", COMMUNE_QUANG_LAP, COMMUNE_KA_DO, feed.size()));
        feed.add(movedCell(CELL_QUANG_LAP_2, "CB-QL-T2", "RURAL", COMMUNE_QUANG_LAP, COMMUNE_KA_DO, feed.size()));
        feed.add(movedCell(CELL_LAC_XUAN_1, "CB-LX-T1", "RURAL", COMMUNE_LAC_XUAN, COMMUNE_DRAN, feed.size()));
        feed.add(movedCell(CELL_LAC_XUAN_SCHOOL, "CB-LX-THCS", "SCHOOL", COMMUNE_LAC_XUAN, COMMUNE_DRAN, feed.size()));
        feed.add(movedCell(CELL_DA_RON_1, "CB-DR-T1", "RURAL", COMMUNE_DA_RON, COMMUNE_DON_DUONG, feed.size()));
        UUID[] quangLap = {VILLAGE_QUANG_LAP_1, VILLAGE_QUANG_LAP_2, VILLAGE_QUANG_LAP_3, VILLAGE_QUANG_LAP_4,
                VILLAGE_QUANG_LAP_5};
        for (int i = 0; i < quangLap.length; i++) {
            feed.add(moved(quangLap[i], "TH-QL-" + (i + 1), "VILLAGE", null, COMMUNE_QUANG_LAP, COMMUNE_KA_DO,
                    feed.size()));
        }
        feed.add(moved(VILLAGE_LAC_XUAN_1, "TH-LX-1", "VILLAGE", null, COMMUNE_LAC_XUAN, COMMUNE_DRAN, feed.size()));
        feed.add(moved(VILLAGE_DA_RON_1, "TH-DR-1", "VILLAGE", null, COMMUNE_DA_RON, COMMUNE_DON_DUONG, feed.size()));
        feed.add(entry(PEOPLES_COMMITTEE_KA_DO, "UBND-KADO", "PEOPLES_COMMITTEE", COMMUNE_KA_DO, feed.size()));
        feed.add(entry(OFFICE_KA_DO, "VP-KADO", "STATE_OFFICE", PEOPLES_COMMITTEE_KA_DO, feed.size()));
        return feed;
    }

    /** A unit created at the reform, under {@code parent} (none for a root). */
    public static UnitFeedEntry entry(UUID id, String code, String kind, UUID parent, long seq) {
        List<ParentLink> parents = parent == null ? List.of() : List.of(new ParentLink(parent, REFORM, null));
        return new UnitFeedEntry(id, code, code, kind, "CELL".equals(kind) ? "RURAL" : null, REFORM, null, parents,
                List.of(), seq + 1);
    }

    private static UnitFeedEntry old(UUID id, String code, String kind, UUID parent, long seq) {
        List<ParentLink> parents = parent == null ? List.of() : List.of(new ParentLink(parent, FOUNDED, OLD_END));
        return new UnitFeedEntry(id, code, code, kind, null, FOUNDED, OLD_END, parents, List.of(), seq + 1);
    }

    private static UnitFeedEntry successor(UUID id, String code, String kind, UUID parent, UUID predecessor,
            long seq) {
        List<ParentLink> parents = parent == null ? List.of() : List.of(new ParentLink(parent, REFORM, null));
        return new UnitFeedEntry(id, code, code, kind, null, REFORM, null, parents, List.of(predecessor), seq + 1);
    }

    private static UnitFeedEntry movedCell(UUID id, String code, String cellKind, UUID oldParent, UUID newParent,
            long seq) {
        return moved(id, code, "CELL", cellKind, oldParent, newParent, seq);
    }

    /** A unit that stood under an old commune until 30/06/2025 and under the new one since. */
    private static UnitFeedEntry moved(UUID id, String code, String kind, String cellKind, UUID oldParent,
            UUID newParent, long seq) {
        return new UnitFeedEntry(id, code, code, kind, cellKind, FOUNDED, null,
                List.of(new ParentLink(oldParent, FOUNDED, OLD_END), new ParentLink(newParent, REFORM, null)),
                List.of(), seq + 1);
    }
}
