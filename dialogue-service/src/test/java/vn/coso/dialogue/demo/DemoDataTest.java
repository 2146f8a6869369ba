package vn.coso.dialogue.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/** The demo data of ./stack up: Ka Đô's year of sessions and an opinion in every state for each demo role. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemo.class)
class DemoDataTest extends WithDemoUnits {

    /** A fresh database with the demo data loaded. */
    public static class WithDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.placeholders.demo", "true");
        }
    }

    @Test
    void shouldGiveEachDemoRoleItsWork() {
        given().auth().oauth2(Tokens.of("planning", COMMUNE_KA_DO, "integration")).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31").queryParam("unit", COMMUNE_KA_DO.toString())
                .when().get("/api/dialogue/statistics").then().statusCode(200)
                .body("sessions", is(10)).body("villages", is(5)).body("attendees", is(245)).body("speakers", is(50))
                .body("reopened", is(1));
        given().auth().oauth2(Tokens.of("demo-handler", OFFICE_KA_DO, "handler")).queryParam("overdue", true)
                .when().get("/api/dialogue/opinions").then().statusCode(200)
                .body("dueState", hasItems("OVERDUE", "VERY_OVERDUE"));
        given().auth().oauth2(Tokens.of("demo-officer", COMMUNE_KA_DO, "dialogue-officer")).queryParam("size", 50)
                .when().get("/api/dialogue/opinions").then().statusCode(200)
                .body("status", hasItems("RECEIVED", "ANSWERED_ON_SPOT", "ASSIGNED", "REPLIED", "CLOSED"));
        given().auth().oauth2(Tokens.of("demo-supervisor", COMMUNE_KA_DO, "supervisor")).queryParam("size", 50)
                .when().get("/api/dialogue/opinions").then().statusCode(200).body("reopened", hasItem(1));
        given().when().get("/api/dialogue/public/opinions/{code}", "DEMO8CLOSED8").then().statusCode(200)
                .body("status", is("CLOSED")).body("reply", is("Bộ phận một cửa bố trí thêm một cán bộ tiếp nhận"));
    }
}
