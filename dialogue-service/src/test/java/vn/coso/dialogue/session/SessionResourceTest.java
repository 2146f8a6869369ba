package vn.coso.dialogue.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_1;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.coso.dialogue.session.repository.SessionRepository;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

@QuarkusTest
class SessionResourceTest extends WithDemoUnits {

    static final String KA_DO_OFFICER = Tokens.of("officer-kado", COMMUNE_KA_DO, "dialogue-officer");
    static final String DRAN_OFFICER = Tokens.of("officer-dran", COMMUNE_DRAN, "dialogue-officer");
    static final String KA_DO_SUPERVISOR = Tokens.of("mttq-kado", COMMUNE_KA_DO, "supervisor");

    @Inject
    SessionRepository sessions;

    static Map<String, Object> session(UUID commune, UUID village) {
        return Map.of("level", "COMMUNE", "communeId", commune.toString(), "villageId", village.toString(),
                "heldOn", "2026-11-27", "place", "Nhà văn hóa thôn 1");
    }

    @Test
    void shouldShowASessionToItsCommuneAndSupervisorOnly() {
        // planned years ahead: the list comes latest first, and other tests plan sessions up to a year ahead
        Map<String, Object> planned = new HashMap<>(session(COMMUNE_KA_DO, VILLAGE_QUANG_LAP_1));
        planned.put("heldOn", clock.today().plusYears(5).toString());
        String id = given().auth().oauth2(KA_DO_OFFICER).contentType(ContentType.JSON)
                .body(planned)
                .when().post("/api/dialogue/sessions")
                .then().statusCode(201).body("status", is("PLANNED")).extract().path("id");

        given().auth().oauth2(KA_DO_SUPERVISOR).when().get("/api/dialogue/sessions/{id}", id)
                .then().statusCode(200).body("villageId", is(VILLAGE_QUANG_LAP_1.toString()));
        given().auth().oauth2(KA_DO_SUPERVISOR).when().get("/api/dialogue/sessions")
                .then().statusCode(200).body("id", hasItem(id));

        given().auth().oauth2(DRAN_OFFICER).when().get("/api/dialogue/sessions/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DRAN_OFFICER).queryParam("size", 100).when().get("/api/dialogue/sessions")
                .then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void shouldRefuseAVillageOutsideTheCommuneAndACommuneOutsideTheSubtree() {
        long before = sessions.count();
        given().auth().oauth2(KA_DO_OFFICER).contentType(ContentType.JSON)
                .body(session(COMMUNE_KA_DO, CELL_QUANG_LAP_1))
                .when().post("/api/dialogue/sessions")
                .then().statusCode(400).body("errors[0].field", is("villageId"));
        given().auth().oauth2(DRAN_OFFICER).contentType(ContentType.JSON)
                .body(session(COMMUNE_KA_DO, VILLAGE_QUANG_LAP_1))
                .when().post("/api/dialogue/sessions")
                .then().statusCode(404);
        given().auth().oauth2(DRAN_OFFICER).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(session(COMMUNE_DRAN, VILLAGE_QUANG_LAP_1))
                .when().post("/api/dialogue/sessions")
                .then().statusCode(400)
                .body("errors[0].message", is("The village or residential group does not belong to this commune"));
        assertEquals(before, sessions.count());
    }

    @Test
    void shouldLetTheFatherlandFrontReadButNeverPlan() {
        given().auth().oauth2(KA_DO_SUPERVISOR).contentType(ContentType.JSON)
                .body(session(COMMUNE_KA_DO, VILLAGE_QUANG_LAP_1))
                .when().post("/api/dialogue/sessions")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/dialogue/sessions").then().statusCode(401);
        given().auth().oauth2(Tokens.of("citizen", COMMUNE_KA_DO, "citizen"))
                .when().get("/api/dialogue/sessions").then().statusCode(403);
    }
}
