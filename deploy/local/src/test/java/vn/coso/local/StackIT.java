package vn.coso.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * End to end, on the real stack started through the launcher: real PostgreSQL, real Keycloak issuing a password-grant
 * token for demo-organizer, the three services behind the gateway. Then SIGTERM to the launcher must leave no process
 * and no port behind, and a second start must find the data written by the first.
 * <p>
 * Runs on ports shifted by 20000 in {@code target/e2e-stack}, so it does not disturb a developer's own stack.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackIT {

    /** A month before today where the stack runs (its services read the real clock, as in production). */
    static final String LISTED_ON = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1)
            .toString();

    static final int OFFSET = 20000;
    static final Ports PORTS = new Ports(OFFSET);
    static final String GATEWAY = "http://localhost:" + PORTS.gateway();
    /** Chi bộ thôn 1 Quảng Lập, a demo cell under the province of demo-organizer. */
    static final String DEMO_CELL = "ae861b5a-9d18-4d99-ad4c-13aeb0322634";
    /** Đảng ủy xã Ka Đô, a demo commune: an Open311 jurisdiction. */
    static final String KA_DO = "abe32a0b-0bca-43b0-8563-5fbe4b5b9188";
    /** Văn phòng HĐND và UBND xã Ka Đô, the unit of demo-handler: a body that answers opinions. */
    static final String KA_DO_OFFICE = "f33a70ec-fcff-4ecd-9be3-444843678621";

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = Path.of(System.getProperty("coso.root"));
    static final Path HOME = Path.of(System.getProperty("coso.e2e.home"));

    static Process launcher;
    static String candidateId;
    /** Positions in dialogue's feed a consumer kept: before and after the Open311 request; that event's id. */
    static String feedBefore;
    static String feedAfter;
    static String firstEventId;

    static int starts;

    @BeforeAll
    static void cleanHome() throws Exception {
        StalePostgres.stopIfRunning(HOME.resolve("postgres"));
        Keycloak.deleteTree(HOME.resolve("postgres"));
        Files.createDirectories(HOME);
    }

    @AfterAll
    static void stopLeftovers() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            if (!launcher.waitFor(150, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void shouldServeRequestsThroughTheGatewayWithARealKeycloakToken() throws Exception {
        startStack();
        String token = token("demo-organizer");

        HttpResponse<String> units = get("/api/planning/units?size=100", token);
        assertEquals(200, units.statusCode(), units.body());
        assertTrue(JSON.readTree(units.body()).size() > 10, "the demo units are visible to the province");

        HttpResponse<String> sessions = get("/api/dialogue/sessions", token);
        assertEquals(200, sessions.statusCode(), sessions.body());

        // membership-service learns the units from planning's feed with its own client credentials: poll until the
        // demo cell is known there, then create a candidate in it.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> created = post("/api/membership/candidates", token, Map.of("cellId", DEMO_CELL,
                    "fullName", "Kơ Să Hồng", "dateOfBirth", "2001-05-09", "gender", "FEMALE", "ethnicity", "16",
                    "religion", "NONE", "generalEducation", "UPPER_SECONDARY", "occupation", "FARMER",
                    "sourceOrganisation", "YOUTH_UNION", "listedOn", LISTED_ON));
            if (created.statusCode() == 201) {
                candidateId = JSON.readTree(created.body()).get("id").asText();
                return true;
            }
            return false;
        });
        // the demo candidates are there too: look in the cell, with a page large enough for all of them
        HttpResponse<String> listed = get("/api/membership/candidates?size=100&unit=" + DEMO_CELL, token);
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains(candidateId));
    }

    @Test
    @Order(2)
    void shouldRefuseRequestsWithoutAToken() throws Exception {
        for (String path : List.of("/api/membership/candidates", "/api/planning/units", "/api/dialogue/sessions")) {
            assertEquals(401, get(path, null).statusCode(), path);
        }
        assertEquals(401, get("/api/planning/units", "forged.token.value").statusCode());
    }

    /**
     * A civic app's Open311 GeoReport v2 calls through the gateway, as the specification's examples make them (the
     * POST body is its example with a demo commune as jurisdiction_id and one of coso's service codes): no token, a
     * form, the format in the path, answers in XML or JSON.
     */
    @Test
    @Order(2)
    void shouldTakeAnOpen311RequestThroughTheGatewayWithoutAToken() throws Exception {
        String base = "/api/dialogue/open311/v2";
        // dialogue-service learns the communes from planning's feed: wait until it knows Ka Đô, polling no faster
        // than the public routes' limit refills (one request per 5 s per address)
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(5))
                .until(() -> get(base + "/services.xml?jurisdiction_id=" + KA_DO, null).statusCode() == 200);
        HttpResponse<String> services = get(base + "/services.xml?jurisdiction_id=" + KA_DO, null);
        assertEquals(200, services.statusCode(), services.body());
        assertTrue(services.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        assertTrue(services.body().contains("<service_code>RURAL_ROADS</service_code>"), services.body());
        String form = "api_key=xyz&jurisdiction_id=" + KA_DO + "&service_code=RURAL_ROADS&lat=37.76524078"
                + "&long=-122.4212043&address_string=1234+5th+street&email=smit333%40sfgov.edu&device_id=tt222111"
                + "&account_id=123456&first_name=john&last_name=smith&phone=111111111"
                + "&description=A+large+sinkhole+is+destroying+the+street"
                + "&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg"
                + "&attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISL001";
        feedBefore = feedEnd(null);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + base + "/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).get(0).get("service_request_id").asText();
        HttpResponse<String> followed = get(base + "/requests/" + id + ".xml", null);
        assertEquals(200, followed.statusCode(), followed.body());
        assertTrue(followed.body().contains("<service_request_id>" + id + "</service_request_id>"), followed.body());
        assertTrue(followed.body().contains("<status>open</status>"), followed.body());
        // the integrators' feed carries the new opinion, and only it, after the position read before
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> feedEvents(feedBefore).size() == 1);
        JsonNode event = feedEvents(feedBefore).get(0);
        assertEquals("vn.coso.dialogue.opinion.create", event.get("type").asText());
        assertEquals(KA_DO, event.get("data").get("communeId").asText());
        firstEventId = event.get("id").asText();
        feedAfter = event.get("sequence").asText();
    }

    /**
     * An officer turns an assigned opinion into a task of the commune office: dialogue-service delivers it at once to
     * planning-service with its own Keycloak client credentials (the realm role {@code dialogue-service}), and the
     * commune's leader sees the task in planning, linked back to the opinion.
     */
    @Test
    @Order(2)
    void shouldTurnAnAssignedOpinionIntoAPlanningTask() throws Exception {
        String officer = token("demo-officer");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Map<String, String> said = Map.of("channel", "WRITTEN_PETITION", "communeId", KA_DO, "topic", "LIGHTING",
                "legalType", "PETITION", "text", "Đề nghị lắp đèn đường thôn 3", "receivedOn", today);
        // dialogue-service learns the communes from planning's feed: wait until it takes an opinion of Ka Đô
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            HttpResponse<String> created = post("/api/dialogue/opinions", officer, said);
            if (created.statusCode() == 201) {
                id[0] = JSON.readTree(created.body()).get("id").asText();
                return true;
            }
            return false;
        });
        String opinion = "/api/dialogue/opinions/" + id[0];
        HttpResponse<String> assigned = post(opinion + "/assignment", officer, "\"0\"",
                Map.of("handlerUnitId", KA_DO_OFFICE, "assignedOn", today));
        assertEquals(200, assigned.statusCode(), assigned.body());

        HttpResponse<String> asked = post(opinion + "/task", officer, "\"1\"", Map.of());
        assertEquals(200, asked.statusCode(), asked.body());
        JsonNode task = JSON.readTree(asked.body()).get("task");
        assertEquals("LINKED", task.get("state").asText(), asked.body());
        assertEquals("ASSIGNED", JSON.readTree(asked.body()).get("status").asText());

        HttpResponse<String> inPlanning = get("/api/planning/tasks/" + task.get("taskId").asText(),
                token("demo-leader"));
        assertEquals(200, inPlanning.statusCode(), inPlanning.body());
        JsonNode planned = JSON.readTree(inPlanning.body());
        assertEquals(id[0], planned.get("opinion").get("id").asText());
        assertEquals(KA_DO_OFFICE, planned.get("unitId").asText());
        assertEquals(JSON.readTree(assigned.body()).get("dueOn").asText(), planned.get("dueOn").asText());
    }

    @Test
    @Order(3)
    void shouldSayItIsAlreadyRunningAndDoNothing() throws Exception {
        Process second = new ProcessBuilder(launcherCommand("up")).redirectErrorStream(true).start();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, second.exitValue());
        assertTrue(output.contains("already running"), output);
        assertEquals(200, get("/q/health/ready", null).statusCode(), "the first stack still serves");
    }

    @Test
    @Order(4)
    void shouldStopEveryProcessAndFreeEveryPortOnSigterm() throws Exception {
        stopStack();
    }

    @Test
    @Order(5)
    void shouldKeepTheDataAcrossARestart() throws Exception {
        startStack();
        HttpResponse<String> read = get("/api/membership/candidates/" + candidateId, token("demo-organizer"));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("Kơ Să Hồng", JSON.readTree(read.body()).get("fullName").asText());

        // a feed consumer resumes after the restart from the positions it kept and misses nothing: from before the
        // Open311 request it gets that event again (same id) then the new one; from after it, the new one only
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY
                + "/api/dialogue/public/opinions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("communeId", KA_DO,
                        "topic", "LAND", "text", "Ranh giới đất thôn 3 chưa rõ"))))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> feedEvents(feedAfter).size() == 1);
        assertEquals("LAND", feedEvents(feedAfter).get(0).get("data").get("topic").asText());
        List<JsonNode> fromBefore = feedEvents(feedBefore);
        assertEquals(2, fromBefore.size());
        assertEquals(firstEventId, fromBefore.get(0).get("id").asText());
        stopStack();
    }

    /** The integration client's token (client credentials, as a provincial system would ask for one). */
    static String integrationToken() throws Exception {
        String form = "grant_type=client_credentials&client_id=coso-integration&client_secret=dev-integration-secret";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + PORTS.keycloak() + "/realms/coso/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** The dialogue feed's events after a position (the start when null), all pages. */
    static List<JsonNode> feedEvents(String after) throws Exception {
        String token = integrationToken();
        List<JsonNode> events = new ArrayList<>();
        String cursor = after;
        JsonNode page;
        do {
            HttpResponse<String> read = get("/api/dialogue/feed?size=1000"
                    + (cursor == null ? "" : "&after=" + cursor), token);
            assertEquals(200, read.statusCode(), read.body());
            page = JSON.readTree(read.body());
            page.get("events").forEach(events::add);
            cursor = page.get("next").asText();
        } while (page.get("more").asBoolean());
        return events;
    }

    /** The feed's last position. */
    static String feedEnd(String after) throws Exception {
        List<JsonNode> events = feedEvents(after);
        return events.isEmpty() ? after : events.get(events.size() - 1).get("sequence").asText();
    }

    static void startStack() throws IOException {
        Files.createDirectories(HOME);
        Path log = HOME.resolve("launcher-" + (++starts) + ".log");
        Files.deleteIfExists(log);
        launcher = new ProcessBuilder(launcherCommand("up"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertTrue(launcher.isAlive(), () -> "launcher exited: " + tail(log));
            return Files.readString(log).contains("coso is ready");
        });
    }

    static void stopStack() throws Exception {
        List<ProcessHandle> children = launcher.descendants().collect(Collectors.toCollection(ArrayList::new));
        long postgresPid = Long.parseLong(Files.readAllLines(HOME.resolve("postgres/postmaster.pid")).get(0).trim());
        assertTrue(children.size() >= 5, "keycloak, three services and the gateway run under the launcher");

        launcher.destroy(); // SIGTERM, as `kill` or ./stack down would send
        assertTrue(launcher.waitFor(150, TimeUnit.SECONDS), "the launcher stops");

        for (ProcessHandle child : children) {
            assertFalse(child.isAlive(), () -> "still running: " + child.info().commandLine().orElse("?"));
        }
        // pg_ctl returns once the server removed its pid file; the process itself ends a moment later
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive).orElse(false));
        for (var port : PORTS.all().entrySet()) {
            assertFalse(Stack.inUse(port.getKey()), port.getValue() + " still holds port " + port.getKey());
        }
    }

    static List<String> launcherCommand(String command) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("coso.launcher"), command, "--root", ROOT.toString(), "--home", HOME.toString(),
                "--port-offset", Integer.toString(OFFSET));
    }

    static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=coso-cli&username=" + user + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + PORTS.keycloak() + "/realms/coso/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        return body.get("access_token").asText();
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String token, Map<String, String> body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String token, String ifMatch, Map<String, String> body)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", "Bearer " + token).header("If-Match", ifMatch)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
