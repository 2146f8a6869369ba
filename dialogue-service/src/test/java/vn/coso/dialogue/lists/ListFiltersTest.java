package vn.coso.dialogue.lists;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.dialogue.Dialogues.opinion;
import static vn.coso.dialogue.Dialogues.record;
import static vn.coso.dialogue.Dialogues.recordSession;
import static vn.coso.dialogue.Dialogues.session;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_LAC_XUAN_1;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_3;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/** The lists a commune office works with: sessions by commune, period and status; opinions by topic, type, period. */
@QuarkusTest
class ListFiltersTest extends WithDemoUnits {

    static final String KA_DO_OFFICER = Tokens.of("officer-kado", COMMUNE_KA_DO, "dialogue-officer");
    static final String DRAN_OFFICER = Tokens.of("officer-dran", COMMUNE_DRAN, "dialogue-officer");
    static final String PROVINCE_SUPERVISOR = Tokens.of("mttq-tinh", vn.coso.platform.testing.DemoUnits.PROVINCE,
            "supervisor");

    /** The sessions of 2021 (a year no other test uses), as on 1 December 2021. */
    @BeforeEach
    void in2021() {
        clock.setToday(LocalDate.of(2021, 12, 1));
    }

    @Test
    void shouldFilterSessionsByCommunePeriodAndStatus() {
        String march = session(KA_DO_OFFICER, COMMUNE_KA_DO, VILLAGE_QUANG_LAP_3, LocalDate.of(2021, 3, 10));
        String may = session(KA_DO_OFFICER, COMMUNE_KA_DO, VILLAGE_QUANG_LAP_3, LocalDate.of(2021, 5, 12));
        String september = session(KA_DO_OFFICER, COMMUNE_KA_DO, VILLAGE_QUANG_LAP_3, LocalDate.of(2021, 9, 15));
        String dran = session(DRAN_OFFICER, COMMUNE_DRAN, VILLAGE_LAC_XUAN_1, LocalDate.of(2021, 5, 20));
        recordSession(KA_DO_OFFICER, may, 40, 6).statusCode(200);

        // the province sees both communes; narrowed to Ka Đô and to April–September: May and September (the other
        // tests of this class hold their sessions of 2021 in October and December)
        List<String> ids = given().auth().oauth2(PROVINCE_SUPERVISOR).queryParam("unit", COMMUNE_KA_DO.toString())
                .queryParam("from", "2021-04-01").queryParam("to", "2021-09-30").when().get("/api/dialogue/sessions")
                .then().statusCode(200).header("X-Total-Count", "2").extract().path("id");
        assertEquals(List.of(september, may), ids);
        given().auth().oauth2(PROVINCE_SUPERVISOR).queryParam("unit", COMMUNE_KA_DO.toString())
                .queryParam("from", "2021-01-01").queryParam("to", "2021-09-30").queryParam("status", "HELD")
                .when().get("/api/dialogue/sessions").then().statusCode(200).header("X-Total-Count", "1")
                .body("id", is(List.of(may)));
        given().auth().oauth2(PROVINCE_SUPERVISOR).queryParam("from", "2021-05-01").queryParam("to", "2021-05-31")
                .when().get("/api/dialogue/sessions").then().statusCode(200).body("id", hasItem(dran))
                .body("id", hasItem(may)).body("id", not(hasItem(march)));
        given().auth().oauth2(PROVINCE_SUPERVISOR).queryParam("from", "2021-06-01").queryParam("to", "2021-05-31")
                .when().get("/api/dialogue/sessions").then().statusCode(400).body("errors[0].field", is("to"));
        // another commune's officer cannot narrow to Ka Đô
        given().auth().oauth2(DRAN_OFFICER).queryParam("unit", COMMUNE_KA_DO.toString())
                .when().get("/api/dialogue/sessions").then().statusCode(404);
    }

    @Test
    void shouldFilterOpinionsByTopicTypeAndPeriodAndAuditTheIdsShown() throws SQLException {
        String session = session(KA_DO_OFFICER, COMMUNE_KA_DO, VILLAGE_QUANG_LAP_3, LocalDate.of(2021, 10, 4));
        recordSession(KA_DO_OFFICER, session, 35, 5).statusCode(200);
        String land = record(KA_DO_OFFICER, opinion(session, "LAND", "COMPLAINT", LocalDate.of(2021, 10, 4)))
                .statusCode(201).extract().path("id");
        String road = record(KA_DO_OFFICER, opinion(session, "RURAL_ROADS", "PETITION", LocalDate.of(2021, 10, 4)))
                .statusCode(201).extract().path("id");
        List<String> shown = given().auth().oauth2(KA_DO_OFFICER).queryParam("topic", "LAND")
                .queryParam("from", "2021-10-01").queryParam("to", "2021-10-31")
                .when().get("/api/dialogue/opinions").then().statusCode(200).header("X-Total-Count", "1")
                .extract().path("id");
        assertEquals(List.of(land), shown);
        given().auth().oauth2(KA_DO_OFFICER).queryParam("type", "PETITION").queryParam("from", "2021-10-01")
                .queryParam("to", "2021-10-31").when().get("/api/dialogue/opinions").then().statusCode(200)
                .body("id", is(List.of(road)));
        given().auth().oauth2(KA_DO_OFFICER).queryParam("topic", "NO_SUCH_TOPIC").when()
                .get("/api/dialogue/opinions").then().statusCode(400);
        // the list showed the citizen's name: audited with the ids shown, never the values
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                var r = s.executeQuery("select count(*) from audit_log where action = 'LIST' and resource_type = "
                        + "'opinion' and details::text like '%" + land + "%' and details::text not like '%"
                        + road + "%'")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
    }

    @Test
    void shouldListTheSchedulesOfTheSubtree() {
        String id = given().auth().oauth2(KA_DO_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("communeId", COMMUNE_KA_DO.toString(), "kind", "MONTHLY_LAST_WEEKDAY", "weekday",
                        "FRIDAY", "villages", List.of(VILLAGE_QUANG_LAP_3.toString()), "host", "Bí thư Đảng ủy xã",
                        "place", "Nhà văn hóa thôn", "startsOn", "2021-12-01", "endsOn", "2022-03-31"))
                .when().post("/api/dialogue/schedules").then().statusCode(201).extract().path("id");
        given().auth().oauth2(KA_DO_OFFICER).when().get("/api/dialogue/schedules").then().statusCode(200)
                .body("id", hasItem(id)).body("find { it.id == '" + id + "' }.villages", is(1));
        given().auth().oauth2(DRAN_OFFICER).when().get("/api/dialogue/schedules").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }
}
