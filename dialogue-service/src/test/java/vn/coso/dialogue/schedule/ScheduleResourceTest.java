package vn.coso.dialogue.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.coso.dialogue.Dialogues.recordSession;
import static vn.coso.dialogue.Dialogues.session;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_LAC_XUAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_QUANG_LAP;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_LAC_XUAN_1;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_3;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_4;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_5;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

@QuarkusTest
class ScheduleResourceTest extends WithDemoUnits {

    static final String OFFICER = Tokens.of("officer-province", PROVINCE, "dialogue-officer");
    static final List<UUID> QUANG_LAP = List.of(VILLAGE_QUANG_LAP_1, VILLAGE_QUANG_LAP_2, VILLAGE_QUANG_LAP_3,
            VILLAGE_QUANG_LAP_4, VILLAGE_QUANG_LAP_5);

    static Map<String, Object> monthly(UUID commune, List<UUID> villages, String from, String to, String policy) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeId", commune.toString());
        body.put("kind", "MONTHLY_LAST_WEEKDAY");
        body.put("weekday", "FRIDAY");
        body.put("villages", villages.stream().map(UUID::toString).toList());
        body.put("host", "Bí thư Đảng ủy xã");
        body.put("place", "Nhà văn hóa thôn");
        body.put("startsOn", from);
        body.put("endsOn", to);
        if (policy != null) {
            body.put("holidayPolicy", policy);
        }
        return body;
    }

    static ValidatableResponse create(Map<String, Object> body) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/api/dialogue/schedules").then();
    }

    @Test
    void shouldPlanTheLastFridayOfEachMonthAndMoveOneThatFallsOnTet() {
        // 31/01/2025, the last Friday of January, is a Tết day off; so is the whole week before it (Thông báo
        // 6150/TB-BLĐTBXH: off from 25/01 to 02/02/2025): the session moves to the previous working day, Friday 24/01
        var schedule = create(monthly(COMMUNE_QUANG_LAP, QUANG_LAP, "2025-01-01", "2025-06-30", null))
                .statusCode(201).body("sessions", hasSize(6))
                .body("sessions.heldOn", is(List.of("2025-01-24", "2025-02-28", "2025-03-28", "2025-04-25",
                        "2025-05-30", "2025-06-27")))
                .body("sessions.villageId", is(List.of(VILLAGE_QUANG_LAP_1.toString(), VILLAGE_QUANG_LAP_2.toString(),
                        VILLAGE_QUANG_LAP_3.toString(), VILLAGE_QUANG_LAP_4.toString(),
                        VILLAGE_QUANG_LAP_5.toString(), VILLAGE_QUANG_LAP_1.toString())));
        create(monthly(COMMUNE_QUANG_LAP, QUANG_LAP, "2025-01-01", "2025-03-31", "SKIP")).statusCode(201)
                .body("sessions.heldOn", is(List.of("2025-02-28", "2025-03-28")));

        // compliance in the first quarter: two held, the March one not
        List<String> ids = schedule.extract().path("sessions.id");
        recordSession(OFFICER, ids.get(0), 40, 6).statusCode(200);
        recordSession(OFFICER, ids.get(1), 38, 5).statusCode(200);
        String scheduleId = schedule.extract().path("id");
        given().auth().oauth2(OFFICER).queryParam("year", 2025).queryParam("quarter", 1)
                .queryParam("unit", COMMUNE_KA_DO.toString()).when().get("/api/dialogue/compliance").then()
                .statusCode(200)
                .body("find { it.scheduleId == '" + scheduleId + "' }.required", is(3))
                .body("find { it.scheduleId == '" + scheduleId + "' }.held", is(2))
                .body("find { it.scheduleId == '" + scheduleId + "' }.compliant", is(false))
                .body("find { it.scheduleId == '" + scheduleId + "' }.missing.plannedOn", is(List.of("2025-03-28")))
                .body("find { it.scheduleId == '" + scheduleId + "' }.villagesNotVisited",
                        is(List.of(VILLAGE_QUANG_LAP_3.toString(), VILLAGE_QUANG_LAP_4.toString(),
                                VILLAGE_QUANG_LAP_5.toString())));
    }

    @Test
    void shouldMoveOrCancelOneOccurrenceWithAReason() {
        // a plan for the first quarter of 2027, changed while it is still ahead: the run's date must not matter
        clock.setToday(java.time.LocalDate.of(2026, 12, 1));
        List<String> ids = create(monthly(COMMUNE_KA_DO, QUANG_LAP.subList(0, 2), "2027-01-01", "2027-03-31", null))
                .statusCode(201).body("sessions", hasSize(3)).extract().path("sessions.id");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("heldOn", "2027-01-22", "reason", "Trùng lịch họp Đảng ủy"))
                .when().post("/api/dialogue/sessions/{id}/change", ids.get(0)).then().statusCode(200)
                .body("heldOn", is("2027-01-22"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "Mưa bão"))
                .when().post("/api/dialogue/sessions/{id}/change", ids.get(1)).then().statusCode(200)
                .body("status", is("CANCELLED"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("heldOn", "2020-01-01", "reason", "x"))
                .when().post("/api/dialogue/sessions/{id}/change", ids.get(2)).then().statusCode(400);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("heldOn", "2027-03-01"))
                .when().post("/api/dialogue/sessions/{id}/change", ids.get(2)).then().statusCode(400)
                .body("errors[0].field", is("reason"));
    }

    @Test
    void shouldCheckThatTheHeadMetEachVillageInTheQuarter() {
        Map<String, Object> body = monthly(COMMUNE_LAC_XUAN, List.of(VILLAGE_LAC_XUAN_1), "2025-01-01", "2025-06-30",
                null);
        body.put("kind", "QUARTERLY_PER_VILLAGE");
        body.remove("weekday");
        body.put("host", "Bí thư Huyện ủy");
        String id = create(body).statusCode(201).body("sessions", hasSize(0)).extract().path("id");
        ValidatableResponse before = given().auth().oauth2(OFFICER).queryParam("year", 2025).queryParam("quarter", 2)
                .queryParam("unit", COMMUNE_LAC_XUAN.toString()).when().get("/api/dialogue/compliance").then()
                .statusCode(200);
        before.body("find { it.scheduleId == '" + id + "' }.compliant", is(false))
                .body("find { it.scheduleId == '" + id + "' }.villagesNotVisited",
                        is(List.of(VILLAGE_LAC_XUAN_1.toString())));
        String s = session(OFFICER, COMMUNE_LAC_XUAN, VILLAGE_LAC_XUAN_1, LocalDate.of(2025, 5, 16));
        recordSession(OFFICER, s, 90, 11).statusCode(200);
        given().auth().oauth2(OFFICER).queryParam("year", 2025).queryParam("quarter", 2)
                .queryParam("unit", COMMUNE_LAC_XUAN.toString()).when().get("/api/dialogue/compliance").then()
                .statusCode(200).body("find { it.scheduleId == '" + id + "' }.compliant", is(true));
    }

    @Test
    void shouldRefuseAPlanOutsideTheCommuneOrTheCalendar() {
        create(monthly(COMMUNE_KA_DO, List.of(CELL_QUANG_LAP_1), "2027-01-01", "2027-03-31", null)).statusCode(400)
                .body("errors[0].field", is("villages[0]"));
        create(monthly(COMMUNE_KA_DO, QUANG_LAP, "2027-03-31", "2027-01-01", null)).statusCode(400)
                .body("errors[0].field", is("endsOn"));
        create(monthly(COMMUNE_KA_DO, QUANG_LAP, "2027-01-01", "2037-01-01", null)).statusCode(400);
        create(monthly(COMMUNE_KA_DO, List.of(VILLAGE_QUANG_LAP_1, VILLAGE_QUANG_LAP_1), "2027-01-01", "2027-03-31",
                null)).statusCode(400);
        Map<String, Object> noWeekday = monthly(COMMUNE_KA_DO, QUANG_LAP, "2027-01-01", "2027-03-31", null);
        noWeekday.remove("weekday");
        create(noWeekday).statusCode(400).body("errors[0].field", is("weekday"));
        given().auth().oauth2(OFFICER).queryParam("year", 2025).queryParam("quarter", 5)
                .queryParam("unit", COMMUNE_KA_DO.toString()).when().get("/api/dialogue/compliance").then()
                .statusCode(400);
    }
}
