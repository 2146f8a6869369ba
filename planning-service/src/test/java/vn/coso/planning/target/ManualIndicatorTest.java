package vn.coso.planning.target;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static vn.coso.planning.Plans.post;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.Tokens;

/** An indicator defined as data, its figures entered by hand, reported by /progress like the others. */
@QuarkusTest
class ManualIndicatorTest {

    static final String ADMIN = Tokens.of("admin", PROVINCE, "admin");
    static final String LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");

    static ValidatableResponse actual(String token, String target, String etag, Object value, String reportedOn) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("value", value, "reportedOn", reportedOn))
                .when().put("/api/planning/targets/{id}/actual", target).then();
    }

    @Test
    void shouldDefineAnIndicatorAndReportItsFiguresByHand() {
        post(ADMIN, "/api/planning/indicators", Map.of("code", "CELLS_GRADED_EXCELLENT", "name",
                "Chi bộ hoàn thành xuất sắc nhiệm vụ", "measure", "COUNT")).statusCode(201)
                .body("source", is("MANUAL"));
        post(ADMIN, "/api/planning/indicators", Map.of("code", "CELLS_GRADED_EXCELLENT", "name", "x", "measure",
                "COUNT")).statusCode(409);
        post(ADMIN, "/api/planning/indicators", Map.of("code", "bad code", "name", "x", "measure", "RATIO"))
                .statusCode(400);
        post(LEADER, "/api/planning/indicators", Map.of("code", "OTHER_ONE", "name", "x", "measure", "COUNT"))
                .statusCode(403);
        given().auth().oauth2(LEADER).when().get("/api/planning/indicators").then().statusCode(200)
                .body("code", hasItem("CELLS_GRADED_EXCELLENT")).body("code", hasItem("ADMISSIONS"));

        String target = post(LEADER, "/api/planning/targets", Map.of("year", 2026, "unitId", COMMUNE_KA_DO.toString(),
                "indicator", "CELLS_GRADED_EXCELLENT", "value", 4)).statusCode(201).extract().path("id");
        given().auth().oauth2(LEADER).queryParam("year", 2026).queryParam("unit", COMMUNE_KA_DO.toString())
                .when().get("/api/planning/progress").then().statusCode(200)
                .body("items.find { it.targetId == '%s' }.current.status".formatted(target), is("NOT_REPORTED"));

        actual(LEADER, target, "\"0\"", 5, "2026-11-30").statusCode(200);
        given().auth().oauth2(LEADER).queryParam("year", 2026).queryParam("unit", COMMUNE_KA_DO.toString())
                .when().get("/api/planning/progress").then().statusCode(200)
                .body("items.find { it.targetId == '%s' }.current.actual".formatted(target), is(5))
                .body("items.find { it.targetId == '%s' }.current.status".formatted(target), is("EXCEEDED"));

        actual(LEADER, target, "\"0\"", 6, "2026-11-30").statusCode(412);
        actual(LEADER, target, "\"1\"", -1, "2026-11-30").statusCode(400);
        actual(LEADER, target, "\"1\"", 3, "2025-12-31").statusCode(400).body("errors[0].field", is("reportedOn"));
        // figures that come from another service are not typed in
        String admissions = post(LEADER, "/api/planning/targets", Map.of("year", 2026, "unitId",
                COMMUNE_KA_DO.toString(), "indicator", "AWARENESS_LEARNERS", "value", 20)).statusCode(201)
                .extract().path("id");
        actual(LEADER, admissions, "\"0\"", 25, "2026-11-30").statusCode(422)
                .body("rule", is("TARGET-ACTUAL-FROM-SOURCE"));
    }
}
