package vn.coso.planning.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static vn.coso.planning.Plans.post;
import static vn.coso.planning.inspection.InspectionResourceTest.PROGRAMMES;
import static vn.coso.planning.inspection.InspectionResourceTest.carryOut;
import static vn.coso.planning.inspection.InspectionResourceTest.item;
import static vn.coso.planning.inspection.InspectionResourceTest.member;
import static vn.coso.planning.inspection.InspectionResourceTest.organisation;
import static vn.coso.planning.inspection.InspectionResourceTest.plan;
import static vn.coso.planning.inspection.InspectionResourceTest.programme;
import static vn.coso.platform.testing.DemoUnits.DISTRICT_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.PROVINCE_OLD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.TestClock;
import vn.coso.platform.testing.Tokens;

/**
 * Seed 004 (Đơn Dương, January 2025), recorded through the API as the two offices would: the health centre's party
 * committee and its inspection committee carried out their 2024 programmes — "Đảng ủy đã thực hiện 01 cuộc kiểm tra
 * đối với 01 chi bộ và 02 đảng viên; 01 cuộc giám sát đối với 02 chi bộ, 02 đảng viên. Ủy ban kiểm tra Đảng ủy thực
 * hiện 01 cuộc kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát, kỷ luật Đảng đối với 02 chi bộ; 01 cuộc giám sát
 * đối với 01 chi bộ và 04 đảng viên, 01 cuộc kiểm tra tài chính với 4 chi bộ" — and the agricultural centre's cell
 * "xây dựng và tổ chức thực hiện kế hoạch kiểm tra, giám sát Đảng viên đạt 100% kế hoạch" on the contents it names.
 * The seed gives no cell names, member names or the cell's counts: those are illustrative.
 */
@QuarkusTest
class InspectionSeedTest {

    static final String ADMIN = Tokens.of("admin-lam-dong", PROVINCE_OLD, "admin");

    @Inject
    TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    static UUID unit(String code, String name, String kind, UUID parent, String docCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        if ("CELL".equals(kind)) {
            body.put("cellKind", "AGENCY");
        }
        body.put("validFrom", "2015-01-01");
        body.put("validTo", "2025-06-30");
        body.put("parentId", parent.toString());
        body.put("docCode", docCode);
        UUID id = UUID.fromString(post(ADMIN, "/api/planning/units", body).statusCode(201).extract().path("id"));
        post(ADMIN, "/api/planning/terms", Map.of("unitId", id.toString(), "name", "Nhiệm kỳ 2020–2025", "startsOn",
                "2020-01-01", "endsOn", "2025-06-30")).statusCode(201);
        return id;
    }

    @Test
    void shouldReproduceTheHealthCentresAndTheAgriculturalCellsFullPlanOf2024() {
        clock.setToday(LocalDate.of(2024, 12, 20));
        UUID centre = unit("ĐU-TTYT-DD", "Đảng bộ Trung tâm Y tế huyện Đơn Dương", "COMMUNE_COMMITTEE",
                DISTRICT_DON_DUONG, "ĐU");
        List<UUID> cells = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            cells.add(unit("CB-TTYT-DD-" + n, "Chi bộ " + n + " Trung tâm Y tế (minh họa)", "CELL", centre, "CB"));
        }
        UUID agriculture = unit("CB-TTNN-DD", "Chi bộ Trung tâm Nông nghiệp huyện Đơn Dương", "CELL",
                DISTRICT_DON_DUONG, "CB");
        String leader = Tokens.of("leader-ttyt", centre, "leader");
        String inspector = Tokens.of("inspector-ttyt", centre, "inspector");
        String secretary = Tokens.of("secretary-ttnn", agriculture, "secretary");

        // the committee's programme: 01 inspection of 01 cell and 02 members; 01 supervision of 02 cells, 02 members
        String committee = programme(leader, centre, 2024, "COMMITTEE", "2024-01-10");
        List<String> held = new ArrayList<>();
        held.add(plan(leader, committee, item("INSPECTION", "THEMATIC", 2, List.of("PARTY_RULES", "MEMBER_DUTIES"),
                List.of(organisation(cells.get(0)), member(cells.get(0), "Đảng viên A (minh họa)"),
                        member(cells.get(1), "Đảng viên B (minh họa)")))));
        held.add(plan(leader, committee, item("SUPERVISION", "THEMATIC", 3, List.of("EXAMPLE_SETTING"),
                List.of(organisation(cells.get(1)), organisation(cells.get(2)),
                        member(cells.get(2), "Đảng viên C (minh họa)"),
                        member(cells.get(3), "Đảng viên D (minh họa)")))));
        // its inspection committee's: the duties of inspection in 02 cells; a supervision of 01 cell and 04
        // members; the finances of the 4 cells
        String commission = programme(inspector, centre, 2024, "INSPECTION_COMMITTEE", "2024-01-12");
        held.add(plan(inspector, commission, item("INSPECTION", "THEMATIC", 2, List.of("INSPECTION_DUTIES"),
                List.of(organisation(cells.get(0)), organisation(cells.get(1))))));
        List<Map<String, Object>> supervised = new ArrayList<>(List.of(organisation(cells.get(3))));
        for (String name : List.of("E", "G", "H", "K")) {
            supervised.add(member(cells.get(3), "Đảng viên " + name + " (minh họa)"));
        }
        held.add(plan(inspector, commission, item("SUPERVISION", "REGULAR", 3, List.of("PARTY_RULES"), supervised)));
        held.add(plan(inspector, commission, item("INSPECTION", "REGULAR", 4, List.of("PARTY_FINANCE"),
                cells.stream().map(InspectionResourceTest::organisation).toList())));
        String[][] dates = {{"2024-04-08", "2024-05-06"}, {"2024-07-08", "2024-08-05"}, {"2024-04-15", "2024-05-13"},
                {"2024-08-12", "2024-09-09"}, {"2024-10-07", "2024-11-04"}};
        for (int n = 0; n < held.size(); n++) {
            String token = n < 2 ? leader : inspector;
            carryOut(token, centre, held.get(n), dates[n][0], dates[n][1], false, List.of());
        }

        // the agricultural centre's cell, on the contents the seed names (its counts are not given: illustrative)
        String cell = programme(secretary, agriculture, 2024, "CELL", "2024-01-08");
        String checked = plan(secretary, cell, item("INSPECTION", "REGULAR", 2,
                List.of("PARTY_RULES", "FORBIDDEN_CONDUCT"), List.of(member(agriculture, "Đảng viên M (minh họa)"),
                        member(agriculture, "Đảng viên N (minh họa)"))));
        String watched = plan(secretary, cell, item("SUPERVISION", "REGULAR", 4, List.of("HO_CHI_MINH_STUDY",
                "DUTIES_WHERE_LIVING", "EXAMPLE_SETTING", "INTERNAL_UNITY"),
                List.of(member(agriculture, "Đảng viên P (minh họa)"))));
        carryOut(secretary, agriculture, checked, "2024-05-20", "2024-06-17", false, List.of());
        carryOut(secretary, agriculture, watched, "2024-10-14", "2024-11-11", false, List.of());

        String district = Tokens.of("leader-don-duong", DISTRICT_DON_DUONG, "leader");
        given().auth().oauth2(district).queryParam("year", 2024).queryParam("unit", DISTRICT_DON_DUONG.toString())
                .when().get(PROGRAMMES + "/progress").then().statusCode(200)
                .body("units.find { it.unitId == '%s' }.programmes".formatted(centre), is(2))
                .body("units.find { it.unitId == '%s' }.inspectionsHeld".formatted(centre), is(3))
                .body("units.find { it.unitId == '%s' }.supervisionsHeld".formatted(centre), is(2))
                .body("units.find { it.unitId == '%s' }.planPercent".formatted(centre), is(100))
                .body("units.find { it.unitId == '%s' }.planPercent".formatted(agriculture), is(100));

        // the seed's figures as the health centre's targets of the year: 3 inspections of 1 + 2 + 4 = 7 cells and
        // 2 members; 2 supervisions of 2 + 1 = 3 cells and 2 + 4 = 6 members
        Map<List<String>, Integer> seed = Map.of(List.of("INSPECTIONS", ""), 3, List.of("INSPECTIONS",
                "ORGANISATIONS"), 7, List.of("INSPECTIONS", "MEMBERS"), 2, List.of("SUPERVISIONS", ""), 2,
                List.of("SUPERVISIONS", "ORGANISATIONS"), 3, List.of("SUPERVISIONS", "MEMBERS"), 6);
        seed.forEach((key, value) -> {
            Map<String, Object> body = new HashMap<>(Map.of("year", 2024, "unitId", centre.toString(), "indicator",
                    key.get(0), "value", value));
            if (!key.get(1).isEmpty()) {
                body.put("category", key.get(1));
            }
            post(leader, "/api/planning/targets", body).statusCode(201);
        });
        seed.forEach((key, value) -> given().auth().oauth2(leader).queryParam("year", 2024)
                .queryParam("unit", centre.toString()).when().get("/api/planning/progress").then().statusCode(200)
                .body("items.find { it.indicator == '%s' && it.category == '%s' }.current.actual"
                        .formatted(key.get(0), key.get(1)), is(value))
                .body("items.find { it.indicator == '%s' && it.category == '%s' }.current.percent"
                        .formatted(key.get(0), key.get(1)), is(100)));
    }
}
