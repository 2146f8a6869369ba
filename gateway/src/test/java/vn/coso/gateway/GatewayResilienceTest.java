package vn.coso.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

import vn.coso.platform.testing.Tokens;

/**
 * A gateway whose planning-service is dead, whose membership-service has a dead instance before a live one, and
 * whose limits are tiny: the dead service answers 503 at once, the others keep being served.
 */
@QuarkusTest
@TestProfile(GatewayResilienceTest.TightLimits.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "dead", value = "planning"), @ResourceArg(name = "flaky", value = "membership")})
class GatewayResilienceTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "coso.gateway.rate-limits.public-address.capacity", "3",
                    "coso.gateway.rate-limits.public-address.per-second", "0.01",
                    "coso.gateway.rate-limits.caller.capacity", "40",
                    "coso.gateway.rate-limits.caller.per-second", "0.01",
                    "coso.gateway.circuit-breaker.failures", "3",
                    "coso.gateway.circuit-breaker.open-for", "60s",
                    "coso.gateway.upstream-timeout", "1s",
                    "quarkus.http.idle-timeout", "2s");
        }
    }

    static final String TOKEN = Tokens.of("officer", UUID.randomUUID(), "dialogue-officer");
    static final String ADMIN = Tokens.of("admin", UUID.randomUUID(), "admin");

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
    void shouldAnswer503QuicklyForADeadServiceAndKeepServingTheOthers() {
        long start = System.nanoTime();
        given().auth().oauth2(TOKEN).when().get("/api/planning/units")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", is("https://coso.vn/problems/unavailable"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 3, "a dead upstream fails fast");

        // the dead instance of membership leaves the rotation; every request reaches the live one
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/membership/candidates")
                    .then().statusCode(200).body("uri", is("/api/membership/candidates"));
        }
        given().auth().oauth2(TOKEN).when().get("/api/dialogue/sessions").then().statusCode(200);
    }

    @Test
    void shouldOpenTheCircuitOfAServiceThatKeepsFailing() {
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/planning/units").then().statusCode(503);
        }
        given().auth().oauth2(ADMIN).when().get("/admin/upstreams").then().statusCode(200)
                .body("planning", containsString("circuit open"))
                .body("membership", containsString("1/2 instances up"));
        given().when().get("/admin/upstreams").then().statusCode(401);
        given().auth().oauth2(TOKEN).when().get("/api/planning/units")
                .then().statusCode(503).header("Retry-After", "10");
    }

    @Test
    void shouldLimitThePublicEndpointsPerAddressWith429AndRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body("{}").when().post("/api/dialogue/public/opinions")
                    .then().statusCode(200);
        }
        given().contentType("application/json").body("{}").header("Accept-Language", "en")
                .when().post("/api/dialogue/public/opinions")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                // the public limit of this profile: 3 per address, none left
                .header("RateLimit-Limit", "3").header("RateLimit-Remaining", "0")
                // 3 tokens at 0.01 a second: 100 s each to come back, all of them by 300 s at most
                .header("RateLimit-Reset", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("title", is("Too many requests"));
        // staff with a token are limited separately, by the caller's limit of this profile (40)
        given().auth().oauth2(TOKEN).when().get("/api/dialogue/sessions").then().statusCode(200)
                .header("RateLimit-Limit", "40");
    }

    @Test
    void shouldAnswer504WhenAServiceDoesNotAnswerInTime() {
        long start = System.nanoTime();
        given().auth().oauth2(TOKEN).when().get("/api/dialogue/hang")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", is("https://coso.vn/problems/gateway-timeout"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "the timeout is the gateway's");
        given().auth().oauth2(TOKEN).when().get("/api/dialogue/sessions").then().statusCode(200);
    }

    @Test
    void shouldKeepAConnectionUsableAfterRefusingABodyForADeadService() throws Exception {
        String token = Tokens.of("poster", UUID.randomUUID(), "dialogue-officer");
        String body = "{\"title\":\"Đường thôn 3 ngập\"}";
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        try (Socket client = new Socket("localhost", port)) {
            client.setSoTimeout(5_000); // a connection stalled on the unread body fails here
            var out = client.getOutputStream();
            var in = new java.io.DataInputStream(client.getInputStream());
            for (int i = 0; i < 2; i++) {
                out.write(("POST /api/planning/units HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body.getBytes(StandardCharsets.UTF_8));
                out.flush();
                assertTrue(readResponse(in).startsWith("HTTP/1.1 503"), "request " + (i + 1) + " on one connection");
            }
        }
    }

    /** One HTTP/1.1 response with a Content-Length, headers and body, as text. */
    private static String readResponse(java.io.DataInputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.readUnsignedByte());
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] content = new byte[length];
        in.readFully(content);
        return head + new String(content, StandardCharsets.UTF_8);
    }

    @Test
    void shouldNotOpenTheCircuitWhenClientsHangUp() throws Exception {
        // more clients than the circuit tolerates failures give up on a slow answer and hang up
        // a caller of its own: the callers' bucket is tiny here
        String token = Tokens.of("impatient", UUID.randomUUID(), "dialogue-officer");
        List<Socket> impatient = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                Socket client = new Socket("localhost", port);
                impatient.add(client);
                client.getOutputStream().write(("GET /api/dialogue/hang-" + i + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
            }
            // every request has reached the service before the clients go
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> EchoUpstream.RECEIVED.stream().filter(uri -> uri.contains("/hang-")).count() >= 5);
        } finally {
            for (Socket client : impatient) {
                client.close();
            }
        }
        // the proxy resets the five upstream requests; the service stays in service all along
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(token).when().get("/api/dialogue/sessions").statusCode() == 200);
        given().auth().oauth2(ADMIN).when().get("/admin/upstreams").then()
                .body("dialogue", not(containsString("circuit open")));
    }

    @Test
    void shouldDropASlowClientAndKeepServingTheOthers() throws Exception {
        try (Socket slow = new Socket("localhost", port)) {
            slow.setSoTimeout(15_000);
            // a request line and one header, then nothing more: the gateway waits for the rest no longer than its
            // idle timeout
            slow.getOutputStream().write("GET /api/dialogue/sessions HTTP/1.1\r\nHost: localhost\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();
            given().auth().oauth2(TOKEN).when().get("/api/dialogue/sessions").then().statusCode(200);
            long start = System.nanoTime();
            assertEquals(-1, slow.getInputStream().read(), "the gateway closes the idle connection");
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
        }
    }

    @Test
    void shouldRefuseOversizedHeaders() {
        int before = (int) EchoUpstream.apiRequests();
        int status = given().auth().oauth2(TOKEN).header("X-Padding", "p".repeat(20_000))
                .when().get("/api/dialogue/sessions").then().extract().statusCode();
        assertTrue(status == 431 || status == 400, "status " + status);
        assertEquals(before, EchoUpstream.apiRequests());
    }

    @Test
    void shouldLimitEachCallerSeparately() {
        String greedy = Tokens.of("greedy-integration", UUID.randomUUID(), "integration");
        int limited = 0;
        for (int i = 0; i < 45; i++) {
            int status = given().auth().oauth2(greedy).when().get("/api/dialogue/statistics").then().extract()
                    .statusCode();
            limited += status == 429 ? 1 : 0;
        }
        assertTrue(limited >= 5, "the 41st request and later are refused, got " + limited);
        given().auth().oauth2(Tokens.of("someone-else", UUID.randomUUID(), "leader"))
                .when().get("/api/dialogue/sessions").then().statusCode(200);
    }
}
