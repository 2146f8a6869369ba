package vn.coso.planning.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.Tokens;

/** The cross-cutting behaviour every service gets from the platform, checked once on planning-service. */
@QuarkusTest
class CrossCuttingTest {

    static final String ADMIN = Tokens.of("admin", PROVINCE, "admin");

    @Test
    void shouldAnswerAnUnexpectedErrorWithoutInternalsOrPersonalData() {
        given().auth().oauth2(ADMIN)
                .when().get("/api/planning/test-only/failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", is("https://coso.vn/problems/unexpected"))
                .body("requestId", notNullValue())
                .body(not(containsString(FailingResource.SECRET)))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at vn.coso")));
    }

    @Test
    void shouldAnswerAWrongMethodWithAProblem() {
        given().auth().oauth2(ADMIN)
                .when().delete("/api/planning/units")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", is("https://coso.vn/problems/method-not-allowed"));
    }

    @Test
    void shouldServeHealthAndMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().auth().oauth2(ADMIN).when().get("/api/planning/units").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void shouldDocumentProblemResponsesOnEveryOperation() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.Problem.properties.type.format", is("uri"))
                .body("paths.'/api/planning/units'.get.responses.'401'.content.'application/problem+json'.schema.$ref",
                        is("#/components/schemas/Problem"))
                .body("paths.'/api/planning/units/{id}'.get.responses.'404'.description", notNullValue())
                .body("paths.'/api/planning/units'.get.responses.'429'.description", notNullValue())
                .body("info.title", is("coso planning-service"));
    }
}
