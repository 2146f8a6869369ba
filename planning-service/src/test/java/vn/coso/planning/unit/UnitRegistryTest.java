package vn.coso.planning.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
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
class UnitRegistryTest {

    static final String ADMIN = Tokens.of("admin", PROVINCE, "admin");

    static Map<String, Object> unit(String code, String kind, UUID parent, String from) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Đơn vị " + code);
        body.put("kind", kind);
        body.put("parentId", parent.toString());
        body.put("validFrom", from);
        if ("CELL".equals(kind)) {
            body.put("cellKind", "RURAL");
        }
        return body;
    }

    static ValidatableResponse create(Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/planning/units").then();
    }

    static ValidatableResponse post(String path, Object id, String etag, Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post(path, id).then();
    }

    static String code() {
        return "CB-T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void shouldRegisterACellThatItsCommuneSeesAndTheFeedCarries() {
        long since = given().auth().oauth2(Tokens.of("svc", PROVINCE, "integration")).queryParam("size", 1000)
                .when().get("/api/planning/units/changes").then().statusCode(200).extract().<Number>path("nextSince")
                .longValue();
        String id = create(unit(code(), "CELL", COMMUNE_KA_DO, "2026-01-01")).statusCode(201)
                .body("parentId", is(COMMUNE_KA_DO.toString())).extract().path("id");

        given().auth().oauth2(Tokens.of("organizer", COMMUNE_KA_DO, "organizer")).queryParam("size", 100)
                .when().get("/api/planning/units").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(Tokens.of("svc", PROVINCE, "integration")).queryParam("changedSince", since)
                .when().get("/api/planning/units/changes").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void shouldKeepAChildWithinItsParentsLifeAndCodesUnique() {
        create(unit(code(), "CELL", DISTRICT_DON_DUONG, "2026-01-01")).statusCode(422)
                .body("rule", is("UNIT-WITHIN-PARENT"));
        create(unit("CB-QL-T1", "CELL", COMMUNE_KA_DO, "2026-01-01")).statusCode(409);
        Map<String, Object> noKind = unit(code(), "CELL", COMMUNE_KA_DO, "2026-01-01");
        noKind.remove("cellKind");
        create(noKind).statusCode(400).body("errors[0].field", is("cellKind"));
        Map<String, Object> backwards = unit(code(), "CELL", COMMUNE_KA_DO, "2026-01-01");
        backwards.put("validTo", "2025-12-31");
        create(backwards).statusCode(400).body("errors[0].field", is("validTo"));
        create(unit("lowercase code", "CELL", COMMUNE_KA_DO, "2026-01-01")).statusCode(400)
                .body("errors[0].field", is("code"));
        given().auth().oauth2(Tokens.of("leader", PROVINCE, "leader")).contentType(ContentType.JSON)
                .body(unit(code(), "CELL", COMMUNE_KA_DO, "2026-01-01"))
                .when().post("/api/planning/units").then().statusCode(403);
    }

    @Test
    void shouldMoveACellAndKeepItsHistory() {
        String id = create(unit(code(), "CELL", COMMUNE_KA_DO, "2026-01-01")).statusCode(201).extract().path("id");
        post("/api/planning/units/{id}/moves", id, "\"0\"",
                Map.of("parentId", COMMUNE_DRAN.toString(), "from", "2026-06-01"))
                .statusCode(200).body("parentId", is(COMMUNE_DRAN.toString())).body("version", is(1));

        given().auth().oauth2(ADMIN).queryParam("date", "2026-03-01")
                .when().get("/api/planning/units/{id}/subtree", COMMUNE_KA_DO).then().body("id", hasItem(id));
        given().auth().oauth2(ADMIN).queryParam("date", "2026-07-01")
                .when().get("/api/planning/units/{id}/subtree", COMMUNE_KA_DO).then().body("id", not(hasItem(id)));
        given().auth().oauth2(ADMIN).queryParam("date", "2026-07-01")
                .when().get("/api/planning/units/{id}/subtree", COMMUNE_DRAN).then().body("id", hasItem(id));
        post("/api/planning/units/{id}/moves", id, "\"0\"",
                Map.of("parentId", COMMUNE_KA_DO.toString(), "from", "2026-09-01")).statusCode(412);
    }

    @Test
    void shouldRefuseToHangAUnitUnderItsOwnSubtree() {
        String etag = given().auth().oauth2(ADMIN).when().get("/api/planning/units/{id}", COMMUNE_KA_DO)
                .then().statusCode(200).extract().path("version").toString();
        post("/api/planning/units/{id}/moves", COMMUNE_KA_DO, "\"" + etag + "\"",
                Map.of("parentId", CELL_QUANG_LAP_1.toString(), "from", "2026-02-01"))
                .statusCode(422).body("rule", is("UNIT-CYCLE"));
    }

    @Test
    void shouldEndACommuneOnlyAfterItsCellsMovedAndPassItsHistoryOn() {
        String commune = create(unit("ĐU-T-" + code(), "COMMUNE_COMMITTEE", PROVINCE, "2026-01-01")).statusCode(201)
                .extract().path("id");
        String cell = create(unit(code(), "CELL", UUID.fromString(commune), "2026-01-01")).statusCode(201)
                .extract().path("id");
        Map<String, Object> end = Map.of("validTo", "2026-06-30", "decidedBy", "Nghị quyết sáp nhập (thử)",
                "successors", List.of(Map.of("unitId", COMMUNE_KA_DO.toString(), "kind", "MERGE")));

        post("/api/planning/units/{id}/end", commune, "\"0\"", end).statusCode(422).body("rule", is("UNIT-CHILDREN"));
        post("/api/planning/units/{id}/moves", cell, "\"0\"",
                Map.of("parentId", COMMUNE_KA_DO.toString(), "from", "2026-07-01")).statusCode(200);
        post("/api/planning/units/{id}/end", commune, "\"0\"", end).statusCode(200).body("validTo", is("2026-06-30"));
        post("/api/planning/units/{id}/end", commune, "\"0\"", end).statusCode(412);

        // Ka Đô's people now see the ended commune, whose records became theirs
        given().auth().oauth2(Tokens.of("organizer", COMMUNE_KA_DO, "organizer"))
                .when().get("/api/planning/units/{id}", commune).then().statusCode(200);
        given().auth().oauth2(Tokens.of("svc", PROVINCE, "integration")).queryParam("size", 1000)
                .when().get("/api/planning/units/changes").then()
                .body("items.find { it.id == '%s' }.predecessors".formatted(COMMUNE_KA_DO), hasItem(commune));
    }
}
