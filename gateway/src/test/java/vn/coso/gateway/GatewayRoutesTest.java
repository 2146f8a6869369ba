package vn.coso.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;

import vn.coso.platform.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoUpstream.class)
class GatewayRoutesTest {

    static final String TOKEN = Tokens.of("demo-organizer", UUID.randomUUID(), "organizer");
    static final HttpClient RAW = HttpClient.newHttpClient();

    @Inject
    GatewayRoutes routes;
    int port;

    /** Clients talk to the data path's port (a server of its own, not Quarkus's). */
    @BeforeEach
    void port() {
        port = routes.port();
        RestAssured.port = port;
    }

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
        long before = EchoUpstream.apiRequests();
        given().when().get("/api/membership/candidates").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", is("https://coso.vn/problems/unauthorized"))
                .body("title", is("Chưa xác thực"));
        given().auth().oauth2("not-a-token").header("Accept-Language", "en")
                .when().get("/api/planning/units").then().statusCode(401)
                .contentType("application/problem+json").body("title", is("Not authenticated"));
        given().auth().oauth2(Tokens.foreignAudience("x", UUID.randomUUID(), "admin"))
                .when().get("/api/dialogue/sessions").then().statusCode(401);
        assertEquals(before, EchoUpstream.apiRequests());
    }

    @Test
    void shouldPassAServicesRefusalThroughAndKeepServingTheCaller() {
        // roles are the services' business: their 403 reaches the client unchanged, and is no failure of theirs
        for (int i = 0; i < 7; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/membership/forbidden")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .header(RequestIds.HEADER, notNullValue())
                    .body("type", is("https://coso.vn/problems/forbidden"));
        }
        given().auth().oauth2(TOKEN).when().get("/api/membership/candidates").then().statusCode(200);
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
    void shouldLetCivicAppsSpeakOpen311WithoutATokenOnThePublicLimits() {
        // the specification's example request, as a civic app sends it: a form, no token, the format in the path
        given().contentType("application/x-www-form-urlencoded; charset=utf-8")
                .body("api_key=xyz&jurisdiction_id=city.gov&service_code=001&lat=37.76524078&long=-122.4212043")
                .when().post("/api/dialogue/open311/v2/requests.xml")
                .then().statusCode(200)
                .body("method", is("POST")).body("auth", is(false))
                .body("uri", is("/api/dialogue/open311/v2/requests.xml"))
                .header("RateLimit-Limit", is("10"));
        given().when().get("/api/dialogue/open311/v2/services.json?jurisdiction_id=city.gov")
                .then().statusCode(200)
                .body("uri", is("/api/dialogue/open311/v2/services.json?jurisdiction_id=city.gov"));
        // the rest of dialogue still needs a token
        given().when().get("/api/dialogue/opinions").then().statusCode(401);
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
        long before = EchoUpstream.apiRequests();
        given().auth().oauth2(TOKEN).when().get("/api/unknown/things").then().statusCode(404)
                .contentType("application/problem+json").body("type", is("https://coso.vn/problems/not-found"));
        assertEquals(before, EchoUpstream.apiRequests());
    }

    @Test
    void shouldRefusePathTraversalInEveryDisguiseBeforeTheTokenCheck() throws Exception {
        long before = EchoUpstream.apiRequests();
        for (String path : List.of("/api/dialogue/public/../../membership/candidates",
                "/api/dialogue/public/%2e%2e/%2e%2e/membership/candidates",
                "/api/dialogue/public/..%2f..%2fmembership/candidates",
                "/api/dialogue/public/%252e%252e/membership",
                "/api/dialogue/public/..%5c..%5cmembership",
                "/api/membership/./candidates",
                "//api/membership/candidates")) {
            HttpResponse<String> response = RAW.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode(), path);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), path);
        }
        assertEquals(before, EchoUpstream.apiRequests());
    }

    @Test
    void shouldRefuseAmbiguousRequestLengthsSoNothingCanBeSmuggled() throws Exception {
        long before = EchoUpstream.apiRequests();
        String smuggling = "POST /api/dialogue/public/opinions HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "0\r\n\r\nGET /api/membership/candidates HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String twoLengths = "POST /api/dialogue/public/opinions HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}";
        for (String raw : List.of(smuggling, twoLengths)) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(raw.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertEquals("HTTP/1.1 400", status);
            }
        }
        assertEquals(before, EchoUpstream.apiRequests());
    }

    @Test
    void shouldRefuseOversizedBodiesBeforeAnyUpstream() throws Exception {
        long before = EchoUpstream.apiRequests();
        // the declared length alone decides: the answer comes before any of the 2 MiB is sent (a client still
        // writing them when the gateway closes would see a broken pipe instead of the answer, as CI once did)
        String headers = "POST /api/membership/candidates HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: " + 2 * 1024 * 1024 + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        }
        assertEquals(before, EchoUpstream.apiRequests());
    }

    /** A body without a declared length is streamed on while it stays within the limit, then refused. */
    @Test
    void shouldRefuseAChunkedBodyThatGrowsPastTheLimit() throws Exception {
        byte[] body = "x".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> response = RAW
                .send(HttpRequest.newBuilder(URI.create(base() + "/api/membership/candidates"))
                        .version(HttpClient.Version.HTTP_1_1)
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        // within the limit, the same kind of body goes through
        HttpResponse<String> small = RAW.send(HttpRequest.newBuilder(URI.create(base() + "/api/membership/candidates"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("{}".getBytes(StandardCharsets.US_ASCII))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, small.statusCode());
    }

    @Test
    void shouldSendSecurityHeadersAndStripHopByHopOnes() {
        given().auth().oauth2(TOKEN).header("Proxy-Authorization", "Basic c2VjcmV0")
                .when().get("/api/membership/candidates")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Keep-Alive", nullValue())
                .header("Proxy-Authenticate", nullValue())
                .body("proxyAuthorization", is(false));
    }

    @Test
    void shouldAllowOnlyTheConfiguredWebOrigins() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Idempotency-Key")
                .when().options("/api/membership/candidates")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/membership/candidates")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldCountRequestsPerRouteInTheMetrics() {
        given().auth().oauth2(TOKEN).when().get("/api/dialogue/sessions/" + UUID.randomUUID()).then().statusCode(200);
        given().auth().oauth2(Tokens.of("admin", UUID.randomUUID(), "admin")).when().get("/q/metrics").then()
                .statusCode(200).body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/dialogue/*\""));
    }

    /** The metrics are internal figures: administrators only. */
    @Test
    void shouldShowTheMetricsToAdministratorsOnly() {
        given().when().get("/q/metrics").then().statusCode(401).contentType(containsString("problem+json"));
        given().auth().oauth2(TOKEN).when().get("/q/metrics").then().statusCode(403)
                .contentType(containsString("problem+json"));
        // health stays open for the probes, with no more than up or down per upstream
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.membership", is("up"));
    }

    @Test
    void shouldReportEachUpstreamInReadiness() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.membership", is("up"));
    }

    @Test
    void shouldServeTheConsoleWithEachServiceDocumentPointedAtKeycloak() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
        given().when().get("/openapi/planning").then().statusCode(200)
                .body("servers[0].url", is("/"))
                .body("components.securitySchemes.bearer.type", is("oauth2"))
                .body("components.securitySchemes.bearer.flows.authorizationCode.authorizationUrl",
                        is("http://localhost:8180/realms/coso/protocol/openid-connect/auth"));
        assertTrue(EchoUpstream.RECEIVED.contains("/q/openapi?format=json"));
        given().when().get("/openapi/elsewhere").then().statusCode(404).contentType("application/problem+json");
        // an address nothing serves, outside /api: a problem as well, not the router's HTML page
        given().when().get("/favicon.ico").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldNotAcceptARememberedTokenAfterItExpires() {
        String shortLived = Jwt.preferredUserName("short").subject("sub-short").groups(Set.of("leader"))
                .issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).claim("unit", UUID.randomUUID().toString())
                .expiresAt(Instant.now().plusSeconds(2)).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(shortLived).when().get("/api/planning/units").then().statusCode(200);
        given().auth().oauth2(shortLived).when().get("/api/planning/units").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> given()
                .auth().oauth2(shortLived).when().get("/api/planning/units").then().extract().statusCode() == 401);
    }

    String base() {
        return "http://localhost:" + port;
    }
}
