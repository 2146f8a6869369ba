package vn.coso.planning.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.coso.platform.testing.DemoUnits;
import vn.coso.platform.testing.Tokens;

@QuarkusTest
class CalendarResourceTest {

    static final String ADMIN = Tokens.of("admin", DemoUnits.PROVINCE, "admin");
    static final String OFFICER = Tokens.of("officer", DemoUnits.COMMUNE_KA_DO, "dialogue-officer");

    @Test
    void shouldListTheYearsDaysOffWithLunarTet() {
        // Tết Ất Tỵ: 29/01/2025; 30/01 is the second day
        given().auth().oauth2(OFFICER).when().get("/api/planning/calendar/2025").then().statusCode(200)
                .body("daysOff.date", hasItem("2025-01-29")).body("daysOff.date", hasItem("2025-04-07"))
                .body("daysOff.date", hasItem("2025-09-02"));
        given().auth().oauth2(OFFICER).queryParam("from", "2024-02-07").queryParam("days", 2)
                .when().get("/api/planning/calendar/working-days").then().statusCode(200)
                .body("date", is("2024-02-16"));
    }

    @Test
    void shouldLetAnAdministratorRecordTheGovernmentsSwaps() {
        // 2025: Monday 27/01 given off, Saturday 08/02 worked in exchange
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("day", "2025-01-27", "kind", "DAY_OFF", "name", "Nghỉ Tết (hoán đổi)", "decidedBy",
                        "Thông báo 6150/TB-BLĐTBXH"))
                .when().put("/api/planning/calendar/overrides/2025-01-27").then().statusCode(204);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("day", "2025-02-08", "kind", "WORKING", "name", "Làm bù"))
                .when().put("/api/planning/calendar/overrides/2025-02-08").then().statusCode(204);
        given().auth().oauth2(OFFICER).when().get("/api/planning/calendar/2025").then().statusCode(200)
                .body("daysOff.date", hasItem("2025-01-27")).body("workingWeekendDays", hasItem("2025-02-08"));
        // the statutory rules would give Monday 03/02 for Saturday 01/02; the decision did not
        given().auth().oauth2(OFFICER).queryParam("from", "2025-01-24").queryParam("days", 1)
                .when().get("/api/planning/calendar/working-days").then().body("date", is("2025-02-04"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("day", "2025-02-03", "kind", "WORKING", "name", "Đi làm sau Tết"))
                .when().put("/api/planning/calendar/overrides/2025-02-03").then().statusCode(204);
        given().auth().oauth2(OFFICER).queryParam("from", "2025-01-24").queryParam("days", 1)
                .when().get("/api/planning/calendar/working-days").then().body("date", is("2025-02-03"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("day", "2025-02-09", "kind", "DAY_OFF", "name", "x"))
                .when().put("/api/planning/calendar/overrides/2025-02-09").then().statusCode(400);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("day", "2025-02-10", "kind", "DAY_OFF", "name", "x"))
                .when().put("/api/planning/calendar/overrides/2025-02-11").then().statusCode(400);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("day", "2025-02-15", "kind", "WORKING", "name", "x"))
                .when().put("/api/planning/calendar/overrides/2025-02-15").then().statusCode(403);
        given().auth().oauth2(ADMIN).when().delete("/api/planning/calendar/overrides/2025-01-27").then()
                .statusCode(204);
        given().auth().oauth2(OFFICER).when().get("/api/planning/calendar/2025").then()
                .body("daysOff.date", not(hasItem("2025-01-27")));
        given().auth().oauth2(ADMIN).when().delete("/api/planning/calendar/overrides/2025-01-27").then()
                .statusCode(404);
        // what the other services copy: the decisions left, in date order
        given().auth().oauth2(Tokens.of("membership-service", DemoUnits.PROVINCE, "integration"))
                .when().get("/api/planning/calendar/overrides").then().statusCode(200)
                .body("findAll { it.day.startsWith('2025-0') }.day", contains("2025-02-03", "2025-02-08"))
                .body("find { it.day == '2025-02-08' }.kind", is("WORKING"));
    }
}
