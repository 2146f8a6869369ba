package vn.coso.planning.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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

    /**
     * Thông báo 5015/TB-LĐTBXH (22/11/2023): the civil service was off from Thursday 08/02 to Wednesday 14/02/2024,
     * so the working day after Wednesday 07/02 is Thursday 15/02. Thông báo 6150/TB-BLĐTBXH (03/12/2024): off from
     * Saturday 25/01 to Sunday 02/02/2025, so the working day after Friday 24/01 is Monday 03/02.
     */
    @Test
    void shouldCountWorkingDaysOnTheGovernmentsTetDecisions() {
        given().auth().oauth2(OFFICER).queryParam("from", "2024-02-07").queryParam("days", 1)
                .when().get("/api/planning/calendar/working-days").then().statusCode(200)
                .body("date", is("2024-02-15")).body("provisional", is(false))
                .body("decisions.source", hasItem("Thông báo 5015/TB-LĐTBXH ngày 22/11/2023"))
                .body("decisions.day", hasItems("2024-02-08", "2024-02-14"));
        given().auth().oauth2(OFFICER).queryParam("from", "2025-01-24").queryParam("days", 1)
                .when().get("/api/planning/calendar/working-days").then().statusCode(200)
                .body("date", is("2025-02-03")).body("provisional", is(false))
                .body("decisions[0].source", is("Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024, theo Công văn "
                        + "8726/VPCP-KGVX ngày 26/11/2024"))
                .body("decisions[0].verified", is(true));
    }

    @Test
    void shouldListTheYearsDaysOffWithTheirSources() {
        // Tết Ất Tỵ: 27–31/01/2025 by the decision; Hùng Kings 10/3 lunar = 07/04; 2/9 and the decided 1/9
        given().auth().oauth2(OFFICER).when().get("/api/planning/calendar/2025").then().statusCode(200)
                .body("daysOff.date", hasItems("2025-01-27", "2025-01-31", "2025-04-07", "2025-09-01", "2025-09-02"))
                .body("daysOff.date", not(hasItem("2025-02-03")))
                .body("daysOff.find { it.date == '2025-04-07' }.source", is("Bộ luật Lao động 2019, Điều 112 và "
                        + "Điều 111(3)"))
                .body("provisional", is(false));
        // no decision for 2027 yet: placed by the statutory rule, and said so
        given().auth().oauth2(OFFICER).when().get("/api/planning/calendar/2027").then().statusCode(200)
                .body("provisional", is(true));
        given().auth().oauth2(OFFICER).queryParam("from", "2026-12-30").queryParam("days", 5)
                .when().get("/api/planning/calendar/working-days").then().body("provisional", is(true));
    }

    @Test
    void shouldLetAnAdministratorRecordAYearsDecision() {
        // a year far ahead, so that no other test counts on it: Tết of 2031 falls on Thursday 23/01/2031
        given().auth().oauth2(OFFICER).when().get("/api/planning/calendar/2031").then()
                .body("provisional", is(true)).body("daysOff.date", hasItem("2031-01-22"));
        for (String day : new String[]{"2031-01-20", "2031-01-21", "2031-01-22", "2031-01-23", "2031-01-24"}) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("day", day, "kind", "TET", "name", "Tết Nguyên đán", "decidedBy",
                            "Thông báo 1/TB-BNV"))
                    .when().put("/api/planning/calendar/overrides/" + day).then().statusCode(204);
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("day", "2031-09-01", "kind", "NATIONAL_DAY", "name", "Quốc khánh", "decidedBy",
                        "Thông báo 1/TB-BNV"))
                .when().put("/api/planning/calendar/overrides/2031-09-01").then().statusCode(204);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("day", "2031-02-08", "kind", "WORKING", "name", "Làm bù"))
                .when().put("/api/planning/calendar/overrides/2031-02-08").then().statusCode(204);
        // the recorded Tết replaces the statutory one (which ran to Monday 27/01 with its make-up days)
        given().auth().oauth2(OFFICER).when().get("/api/planning/calendar/2031").then().statusCode(200)
                .body("provisional", is(false)).body("daysOff.date", hasItem("2031-01-20"))
                .body("daysOff.date", not(hasItem("2031-01-27"))).body("workingWeekendDays", hasItem("2031-02-08"))
                .body("decisions.source", hasItem("Thông báo 1/TB-BNV"));
        given().auth().oauth2(OFFICER).queryParam("from", "2031-01-17").queryParam("days", 1)
                .when().get("/api/planning/calendar/working-days").then().body("date", is("2031-01-27"));

        // refused: a weekend day off, a path that names another day, a role that may not
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("day", "2031-02-09", "kind", "DAY_OFF", "name", "x"))
                .when().put("/api/planning/calendar/overrides/2031-02-09").then().statusCode(400);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("day", "2031-02-10", "kind", "DAY_OFF", "name", "x"))
                .when().put("/api/planning/calendar/overrides/2031-02-11").then().statusCode(400);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("day", "2031-02-15", "kind", "WORKING", "name", "x"))
                .when().put("/api/planning/calendar/overrides/2031-02-15").then().statusCode(403);
        given().auth().oauth2(ADMIN).when().delete("/api/planning/calendar/overrides/2031-02-08").then()
                .statusCode(204);
        given().auth().oauth2(OFFICER).when().get("/api/planning/calendar/2031").then()
                .body("workingWeekendDays", not(hasItem("2031-02-08")));
        given().auth().oauth2(ADMIN).when().delete("/api/planning/calendar/overrides/2031-02-08").then()
                .statusCode(404);
        // what the other services copy: the decisions recorded, in date order, with their kind and source
        given().auth().oauth2(Tokens.of("membership-service", DemoUnits.PROVINCE, "integration"))
                .when().get("/api/planning/calendar/overrides").then().statusCode(200)
                .body("findAll { it.day.startsWith('2031-01') }.day",
                        contains("2031-01-20", "2031-01-21", "2031-01-22", "2031-01-23", "2031-01-24"))
                .body("find { it.day == '2031-09-01' }.kind", is("NATIONAL_DAY"))
                .body("find { it.day == '2031-09-01' }.decidedBy", is("Thông báo 1/TB-BNV"));
    }
}
