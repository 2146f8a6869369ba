package vn.coso.membership.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DA_RON;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_LAC_XUAN;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/** The demo candidates that ./stack up loads: the seeds' figures come out, and the demo cell has every stage. */
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

    static final String INTEGRATION = Tokens.of("planning", PROVINCE, "integration");
    static final String SECRETARY = Tokens.of("demo-secretary", CELL_QUANG_LAP_1, "secretary");

    @Test
    void shouldReproduceTheSeedsFigures() {
        for (var unit : List.of(COMMUNE_LAC_XUAN, COMMUNE_DRAN)) {
            given().auth().oauth2(INTEGRATION).queryParam("year", 2024).queryParam("unit", unit.toString())
                    .when().get("/api/membership/statistics/admissions").then().statusCode(200)
                    .body("admitted", is(9)).body("byCategory.RURAL_CELLS", is(5))
                    .body("shares.RURAL_CELLS", is(55.56f)).body("byCategory.ETHNIC_MINORITY", is(1))
                    .body("byCategory.RELIGIOUS", is(5));
        }
        given().auth().oauth2(INTEGRATION).queryParam("year", 2024).queryParam("unit", COMMUNE_DA_RON.toString())
                .when().get("/api/membership/statistics/admissions").then().statusCode(200)
                .body("admitted", is(5)).body("sentToClass", is(15)).body("previousYear.admitted", is(3));
        given().auth().oauth2(INTEGRATION).queryParam("year", 2022).queryParam("unit", COMMUNE_DA_RON.toString())
                .when().get("/api/membership/statistics/admissions").then().statusCode(200).body("admitted", is(2));
    }

    @Test
    void shouldGiveTheDemoSecretaryALivingPipeline() {
        List<String> ids = given().auth().oauth2(SECRETARY).queryParam("size", 100)
                .when().get("/api/membership/candidates").then().statusCode(200)
                .body("stage", hasItems("LISTED", "CERTIFIED", "DOSSIER", "CELL_APPROVED", "COMMITTEE_APPROVED",
                        "ADMITTED", "PROBATION", "OFFICIAL", "WITHDRAWN"))
                .extract().path("id");
        for (String id : ids) {
            given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id)
                    .then().statusCode(200).body("stage", notNullValue());
        }
        given().auth().oauth2(SECRETARY).queryParam("within", 20).when().get("/api/membership/alerts")
                .then().statusCode(200).body("kind", hasItem("VERIFICATION_DUE"))
                .body("cellId", everyItem(is(CELL_QUANG_LAP_1.toString())));
    }
}
