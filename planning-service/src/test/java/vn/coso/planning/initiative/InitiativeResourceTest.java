package vn.coso.planning.initiative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.coso.planning.Plans.post;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.Tokens;

@QuarkusTest
class InitiativeResourceTest {

    static final String KA_DO_LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");

    static Map<String, Object> initiative(UUID unit, int year, String name, String registeredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit.toString());
        body.put("year", year);
        body.put("name", name);
        body.put("registeredOn", registeredOn);
        return body;
    }

    static ValidatableResponse register(String token, Map<String, Object> body) {
        return post(token, "/api/planning/initiatives", body);
    }

    @Test
    void shouldCountRegisteredModelsTowardsTheTargetAndReviewThemAtYearEnd() {
        String secretary = Tokens.of("secretary-ql1", CELL_QUANG_LAP_1, "secretary");
        String id = register(KA_DO_LEADER, initiative(COMMUNE_KA_DO, 2026, "Dân vận khéo: đường làng sáng, xanh",
                "2026-03-01")).statusCode(201).body("evaluation", is((Object) null)).extract().path("id");
        register(secretary, initiative(CELL_QUANG_LAP_1, 2026, "Chi bộ 4 tốt", "2026-03-15")).statusCode(201);
        register(secretary, initiative(CELL_QUANG_LAP_1, 2026, "chi bộ 4 tốt ", "2026-04-01")).statusCode(409);
        post(KA_DO_LEADER, "/api/planning/targets", Map.of("year", 2026, "unitId", COMMUNE_KA_DO.toString(),
                "indicator", "NEW_MODELS", "value", 4)).statusCode(201);

        given().auth().oauth2(KA_DO_LEADER).queryParam("year", 2026).queryParam("unit", COMMUNE_KA_DO.toString())
                .when().get("/api/planning/progress").then().statusCode(200)
                .body("items.find { it.indicator == 'NEW_MODELS' }.current.actual", is(2))
                .body("items.find { it.indicator == 'NEW_MODELS' }.current.percent", is(50));

        post(KA_DO_LEADER, "/api/planning/initiatives/" + id + "/review", "\"0\"", Map.of("evaluation", "GOOD",
                "results", "12 km đường có đèn", "reviewedOn", "2026-10-15"))
                .statusCode(400).body("errors[0].field", is("reviewedOn"));
        post(KA_DO_LEADER, "/api/planning/initiatives/" + id + "/review", "\"0\"", Map.of("evaluation", "GOOD",
                "results", "12 km đường có đèn", "reviewedOn", "2026-11-20"))
                .statusCode(200).body("evaluation", is("GOOD")).body("reviewedOn", is("2026-11-20"));
        // the cell's secretary registers, but does not review
        post(secretary, "/api/planning/initiatives/" + id + "/review", "\"1\"", Map.of("evaluation", "GOOD",
                "results", "x", "reviewedOn", "2026-11-20")).statusCode(403);
        given().auth().oauth2(Tokens.of("leader-dran", COMMUNE_DRAN, "leader")).queryParam("year", 2026)
                .when().get("/api/planning/initiatives").then().statusCode(200)
                .body("findAll { it.unitId == '%s' }".formatted(COMMUNE_KA_DO), hasSize(0));
    }

    @Test
    void shouldRefuseAnInitiativeOfAUnitThatDidNotExistThatYear() {
        register(KA_DO_LEADER, initiative(COMMUNE_KA_DO, 2024, "Mô hình cũ", "2024-03-01"))
                .statusCode(422).body("rule", is("INITIATIVE-UNIT-YEAR"));
        register(KA_DO_LEADER, initiative(COMMUNE_KA_DO, 2025, "Mô hình muộn", "2026-01-05"))
                .statusCode(400).body("errors[0].field", is("registeredOn"));
        register(KA_DO_LEADER, initiative(COMMUNE_DRAN, 2026, "Không thuộc quyền", "2026-01-05"))
                .statusCode(404);
    }
}
