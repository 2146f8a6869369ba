package vn.coso.planning.target;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.platform.testing.DemoUnits.CELL_LAC_XUAN_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.DISTRICT_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.Tokens;

@QuarkusTest
class TargetResourceTest {

    static final String KA_DO_LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");

    static Map<String, Object> target(int year, UUID unit, String indicator, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("unitId", unit.toString());
        body.put("indicator", indicator);
        if (category != null) {
            body.put("category", category);
        }
        return body;
    }

    static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/planning/targets").then();
    }

    static ValidatableResponse allocate(String id, String etag, String mode, List<Map<String, Object>> shares) {
        return given().auth().oauth2(KA_DO_LEADER).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("mode", mode, "shares", shares))
                .when().put("/api/planning/targets/{id}/allocations", id).then();
    }

    static Map<String, Object> share(UUID unit, int value) {
        return Map.of("unitId", unit.toString(), "value", value);
    }

    @Test
    void shouldComputeAGrowthTargetOverTheBaseline() {
        // the seed's "admit … ethnic minority members, +40% compared with 2022"
        Map<String, Object> body = target(2026, COMMUNE_KA_DO, "ADMISSIONS", "ETHNIC_MINORITY");
        body.put("baseline", 15);
        body.put("growthPercent", 40);
        create(KA_DO_LEADER, body).statusCode(201).body("targetValue", is(21)).body("value", is((Object) null));
        Map<String, Object> rate = target(2026, COMMUNE_KA_DO, "ON_TIME_REPLIES", null);
        rate.put("baseline", 82.5);
        rate.put("growthPercent", 10);
        create(KA_DO_LEADER, rate).statusCode(201).body("targetValue", is(90.75f));
    }

    /** A category the indicator does not report would count 0 for ever: refused, naming the field. */
    @Test
    void shouldRefuseACategoryTheIndicatorDoesNotReport() {
        create(KA_DO_LEADER, withValue(target(2026, COMMUNE_KA_DO, "ADMISSIONS", "ETHNIC_MINORITIES"), 3))
                .statusCode(400).body("errors[0].field", is("category"));
        create(KA_DO_LEADER, withValue(target(2026, COMMUNE_KA_DO, "DIALOGUE_SESSIONS", "WOMEN"), 3))
                .statusCode(400).body("errors[0].field", is("category"));
        // the categories added with the flags of membership-service (seeds 002 and 004)
        create(KA_DO_LEADER, withValue(target(2029, COMMUNE_KA_DO, "ADMISSIONS", "DEMOBILISED_SOLDIERS"), 2))
                .statusCode(201).body("category", is("DEMOBILISED_SOLDIERS"));
    }

    private static Map<String, Object> withValue(Map<String, Object> body, int value) {
        body.put("value", value);
        return body;
    }

    @Test
    void shouldHandATargetDownAndShowWhatIsLeft() {
        Map<String, Object> body = target(2026, COMMUNE_KA_DO, "ADMISSIONS", null);
        body.put("value", 10);
        String id = create(KA_DO_LEADER, body).statusCode(201).extract().path("id");

        allocate(id, "\"0\"", "REFUSE", List.of(share(CELL_QUANG_LAP_1, 4), share(CELL_QUANG_LAP_2, 3)))
                .statusCode(200)
                .body("allocated", is(7)).body("unallocated", is(3)).body("overAllocated", is(false))
                .body("shares", hasSize(2)).body("version", is(1));
        given().auth().oauth2(Tokens.of("secretary", CELL_QUANG_LAP_1, "secretary"))
                .queryParam("year", 2026).queryParam("unitId", CELL_QUANG_LAP_1.toString())
                .when().get("/api/planning/targets").then().statusCode(200)
                .body("[0].targetValue", is(4)).body("[0].parentTargetId", is(id));

        // 8 + 3 > 10: refused, nothing changes
        allocate(id, "\"1\"", "REFUSE", List.of(share(CELL_QUANG_LAP_1, 8))).statusCode(422)
                .body("rule", is("TARGET-SPLIT-EXCEEDS"));
        given().auth().oauth2(KA_DO_LEADER).when().get("/api/planning/targets/{id}", id).then()
                .body("allocated", is(7)).body("version", is(1));
        // or saved and flagged, as the user chooses
        allocate(id, "\"1\"", "FLAG", List.of(share(CELL_QUANG_LAP_1, 8))).statusCode(200)
                .body("allocated", is(11)).body("unallocated", is(-1)).body("overAllocated", is(true));
    }

    @Test
    void shouldExportTargetsWithWhatWasHandedDown() {
        Map<String, Object> body = target(2027, COMMUNE_KA_DO, "ADMISSIONS", "WOMEN");
        body.put("value", 5);
        String id = create(KA_DO_LEADER, body).statusCode(201).extract().path("id");
        allocate(id, "\"0\"", "FLAG", List.of(share(CELL_QUANG_LAP_1, 4), share(CELL_QUANG_LAP_2, 3)))
                .statusCode(200);

        String csv = given().auth().oauth2(KA_DO_LEADER).accept("text/csv").queryParam("year", 2027)
                .when().get("/api/planning/targets").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFSTT,Năm,Đơn vị,Chỉ tiêu,Đối tượng,Văn bản giao,Số liệu năm gốc,Tăng so với năm gốc (%),"
                + "Chỉ tiêu,Đã giao xuống,Chưa giao,Ghi chú", lines.get(0));
        assertTrue(
                lines.stream().anyMatch(
                        l -> l.matches("\\d,2027,Đảng ủy xã Ka Đô,Kết nạp đảng viên mới,Nữ,,,,5,7,-2,Giao vượt")),
                csv);
        assertTrue(
                lines.stream().anyMatch(
                        l -> l.matches("\\d,2027,Chi bộ thôn 1 Quảng Lập,Kết nạp đảng viên mới,Nữ,,,,4,0,4,")),
                csv);
        assertEquals(4, lines.size(), csv);
    }

    @Test
    void shouldOnlyHandDownToUnitsBelow() {
        Map<String, Object> body = target(2026, COMMUNE_KA_DO, "DIALOGUE_SESSIONS", null);
        body.put("value", 12);
        String id = create(KA_DO_LEADER, body).statusCode(201).extract().path("id");
        allocate(id, "\"0\"", "REFUSE", List.of(share(CELL_LAC_XUAN_1, 2))).statusCode(400)
                .body("errors[0].field", is("shares[0].unitId"));
        allocate(id, "\"0\"", "REFUSE", List.of(share(CELL_QUANG_LAP_1, 2), share(CELL_QUANG_LAP_1, 3)))
                .statusCode(400).body("errors[0].field", is("shares[1].unitId"));
        allocate(id, "\"7\"", "REFUSE", List.of(share(CELL_QUANG_LAP_1, 2))).statusCode(412);
    }

    @Test
    void shouldRefuseATargetForAUnitThatDidNotExistThatYear() {
        Map<String, Object> body = target(2024, COMMUNE_KA_DO, "ADMISSIONS", null);
        body.put("value", 5);
        create(KA_DO_LEADER, body).statusCode(422).body("rule", is("TARGET-UNIT-YEAR"));
        Map<String, Object> district = target(2026, DISTRICT_DON_DUONG, "ADMISSIONS", null);
        district.put("value", 130);
        create(Tokens.of("organizer", PROVINCE, "organizer"), district).statusCode(422)
                .body("rule", is("TARGET-UNIT-YEAR"));
    }

    @Test
    void shouldExplainBadTargetsAndKeepOthersOut() {
        Map<String, Object> both = target(2027, COMMUNE_KA_DO, "ADMISSIONS", null);
        both.put("value", 5);
        both.put("growthPercent", 10);
        create(KA_DO_LEADER, both).statusCode(400).body("errors[0].field", is("value"));
        Map<String, Object> noBaseline = target(2027, COMMUNE_KA_DO, "ADMISSIONS", null);
        noBaseline.put("growthPercent", 10);
        create(KA_DO_LEADER, noBaseline).statusCode(400).body("errors[0].field", is("baseline"));
        Map<String, Object> unknown = target(2027, COMMUNE_KA_DO, "HAPPINESS", null);
        unknown.put("value", 5);
        create(KA_DO_LEADER, unknown).statusCode(400).body("errors[0].field", is("indicator"));
        Map<String, Object> ok = target(2027, COMMUNE_KA_DO, "NEW_MODELS", null);
        ok.put("value", 2);
        String id = create(KA_DO_LEADER, ok).statusCode(201).extract().path("id");
        create(KA_DO_LEADER, ok).statusCode(409);

        given().auth().oauth2(Tokens.of("organizer", COMMUNE_DRAN, "organizer"))
                .when().get("/api/planning/targets/{id}", id).then().statusCode(404);
        create(Tokens.of("organizer", COMMUNE_DRAN, "organizer"), ok).statusCode(404);
        create(Tokens.of("secretary", COMMUNE_KA_DO, "secretary"), ok).statusCode(403);
    }
}
