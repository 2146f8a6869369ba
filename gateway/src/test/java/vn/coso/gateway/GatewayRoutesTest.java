package vn.coso.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.coso.platform.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoUpstream.class)
class GatewayRoutesTest {

    static final String TOKEN = Tokens.of("demo-organizer", UUID.randomUUID(), "organizer");

    @Test
    void shouldForwardEachServicePathUnchangedWithTheToken() {
        for (String path : new String[]{"/api/membership/candidates", "/api/planning/units/abc",
                "/api/dialogue/sessions"}) {
            given().auth().oauth2(TOKEN).queryParam("page", 2)
                    .when().get(path)
                    .then().statusCode(200)
                    .body("uri", is(path + "?page=2"))
                    .body("auth", is(true))
                    .body("forwardedFor", is("127.0.0.1"))
                    .header("Server", nullValue());
        }
    }

    @Test
    void shouldRefuseMissingOrInvalidTokensBeforeAnyUpstream() {
        int before = EchoUpstream.REQUESTS.get();
        given().when().get("/api/membership/candidates").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/api/planning/units").then().statusCode(401);
        given().auth().oauth2(Tokens.foreignAudience("x", UUID.randomUUID(), "admin"))
                .when().get("/api/dialogue/sessions").then().statusCode(401);
        assertEquals(before, EchoUpstream.REQUESTS.get());
    }

    @Test
    void shouldLetCitizensReachThePublicDialogueEndpointsWithoutAToken() {
        given().contentType("application/json").body("{}")
                .when().post("/api/dialogue/public/opinions")
                .then().statusCode(200)
                .body("method", is("POST"))
                .body("auth", is(false));
    }

    @Test
    void shouldKeepASaneRequestIdAndReplaceAnInsaneOne() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "mobile-42")
                .when().get("/api/planning/units")
                .then().statusCode(200).header("X-Request-Id", "mobile-42").body("requestId", is("mobile-42"));
        given().auth().oauth2(TOKEN).header("X-Request-Id", "x".repeat(200))
                .when().get("/api/planning/units")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldNotRouteUnknownPaths() {
        int before = EchoUpstream.REQUESTS.get();
        given().auth().oauth2(TOKEN).when().get("/api/unknown/things").then().statusCode(404);
        assertEquals(before, EchoUpstream.REQUESTS.get());
    }
}
