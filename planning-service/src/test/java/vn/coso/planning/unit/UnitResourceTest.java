package vn.coso.planning.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.coso.platform.testing.DemoUnits.CELL_DA_RON_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DON;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_LAC_XUAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_QUANG_LAP;
import static vn.coso.platform.testing.DemoUnits.DISTRICT_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.Tokens;

@QuarkusTest
class UnitResourceTest {

    static String organizerOf(UUID unit) {
        return Tokens.of("organizer", unit, "organizer");
    }

    @Test
    void shouldShowACommuneItsOwnSubtreeOnly() {
        given().auth().oauth2(organizerOf(COMMUNE_KA_DO)).queryParam("size", 100)
                .when().get("/api/planning/units")
                .then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .body("id", hasItems(COMMUNE_KA_DO.toString(), CELL_QUANG_LAP_1.toString(),
                        COMMUNE_QUANG_LAP.toString(), COMMUNE_KA_DON.toString()))
                .body("id", not(hasItem(COMMUNE_DRAN.toString())))
                .body("id", not(hasItem(COMMUNE_LAC_XUAN.toString())));
    }

    @Test
    void shouldAnswer404ForAUnitOfASiblingCommune() {
        given().auth().oauth2(organizerOf(COMMUNE_DRAN))
                .when().get("/api/planning/units/{id}", CELL_QUANG_LAP_1)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("https://coso.vn/problems/not-found"));
        given().auth().oauth2(organizerOf(COMMUNE_KA_DO))
                .when().get("/api/planning/units/{id}", CELL_QUANG_LAP_1)
                .then().statusCode(200)
                .body("code", is("CB-QL-T1"))
                .body("parentId", is(COMMUNE_KA_DO.toString()));
    }

    @Test
    void shouldFollowTheTreeOfTheDateAsked() {
        // In 2024 the cells of Quảng Lập hung under the district of Đơn Dương, through the old commune.
        given().auth().oauth2(organizerOf(PROVINCE)).queryParam("date", "2024-06-01")
                .when().get("/api/planning/units/{id}/subtree", DISTRICT_DON_DUONG)
                .then().statusCode(200)
                .body("id", hasItems(COMMUNE_QUANG_LAP.toString(), CELL_QUANG_LAP_1.toString(),
                        CELL_DA_RON_1.toString()))
                .body("id", not(hasItem(COMMUNE_KA_DO.toString())));
        // Today the district is gone and the cell hangs under the new commune.
        given().auth().oauth2(organizerOf(PROVINCE))
                .when().get("/api/planning/units/{id}/subtree", COMMUNE_KA_DO)
                .then().statusCode(200)
                .body("id", hasItem(CELL_QUANG_LAP_1.toString()))
                .body("id", not(hasItem(COMMUNE_QUANG_LAP.toString())));
    }

    @Test
    void shouldFeedEveryUnitWithItsLinksToTheServiceAccounts() {
        given().auth().oauth2(Tokens.of("service-account-coso-membership-service", PROVINCE, "integration"))
                .queryParam("changedSince", 0).queryParam("size", 1000)
                .when().get("/api/planning/units/changes")
                .then().statusCode(200)
                .body("more", is(false))
                .body("nextSince", greaterThan(0))
                .body("items.find { it.id == '%s' }.predecessors".formatted(COMMUNE_KA_DO),
                        hasItems(COMMUNE_QUANG_LAP.toString(), COMMUNE_KA_DON.toString()))
                .body("items.find { it.id == '%s' }.parents.parentId".formatted(CELL_QUANG_LAP_1),
                        contains(COMMUNE_QUANG_LAP.toString(), COMMUNE_KA_DO.toString()));
    }

    @Test
    void shouldPageTheFeedInOrder() {
        int first = given().auth().oauth2(Tokens.of("svc", PROVINCE, "integration"))
                .queryParam("changedSince", 0).queryParam("size", 2)
                .when().get("/api/planning/units/changes")
                .then().statusCode(200).body("more", is(true)).body("items.size()", is(2))
                .extract().path("nextSince");
        given().auth().oauth2(Tokens.of("svc", PROVINCE, "integration"))
                .queryParam("changedSince", first).queryParam("size", 2)
                .when().get("/api/planning/units/changes")
                .then().statusCode(200).body("items.seq", everyItem(greaterThan(first)));
    }

    @Test
    void shouldRefuseTheFeedToPeople() {
        given().auth().oauth2(organizerOf(PROVINCE))
                .when().get("/api/planning/units/changes")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", is("https://coso.vn/problems/forbidden"));
    }

    @Test
    void shouldAnswer401WithoutAValidToken() {
        given().when().get("/api/planning/units")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(Tokens.foreignAudience("x", PROVINCE, "admin"))
                .when().get("/api/planning/units")
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseCitizensTheRegistry() {
        given().auth().oauth2(Tokens.of("citizen", COMMUNE_KA_DO, "citizen"))
                .when().get("/api/planning/units")
                .then().statusCode(403);
    }

    @Test
    void shouldExplainBadParametersPerFieldInVietnameseOrEnglish() {
        given().auth().oauth2(organizerOf(PROVINCE)).queryParam("size", 1000)
                .when().get("/api/planning/units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "vi")
                .body("type", is("https://coso.vn/problems/validation"))
                .body("title", is("Dữ liệu không hợp lệ"))
                .body("errors.field", hasItem("size"));
        given().auth().oauth2(organizerOf(PROVINCE)).header("Accept-Language", "en-GB,en;q=0.8")
                .queryParam("kind", "CASTLE")
                .when().get("/api/planning/units")
                .then().statusCode(400).body("title", is("Invalid request data"))
                .body("detail", containsString("COMMUNE_COMMITTEE"));
    }

    @Test
    void shouldKeepOrGiveARequestId() {
        given().auth().oauth2(organizerOf(PROVINCE)).header("X-Request-Id", "abc-123")
                .when().get("/api/planning/units/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Request-Id", "abc-123")
                .body("requestId", is("abc-123"));
        given().auth().oauth2(organizerOf(PROVINCE)).header("X-Request-Id", "bad id\twith tab")
                .when().get("/api/planning/units")
                .then().statusCode(200)
                .header("X-Request-Id", not("bad id\twith tab"));
    }
}
