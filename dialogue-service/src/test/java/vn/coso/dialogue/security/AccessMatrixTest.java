package vn.coso.dialogue.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.dialogue.Dialogues.opinion;
import static vn.coso.dialogue.Dialogues.record;
import static vn.coso.dialogue.Dialogues.session;
import static vn.coso.dialogue.Dialogues.step;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_3;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.coso.platform.testing.AccessMatrix;
import vn.coso.platform.testing.AccessMatrix.Endpoint;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * Every endpoint against every role, from Ka Đô (the records' commune) and from D'Ran: roles that may not call an
 * endpoint get 403; roles that may, but from the other commune, get 404 as if the record did not exist.
 */
@QuarkusTest
class AccessMatrixTest extends WithDemoUnits {

    static final Set<String> STAFF = Set.of("dialogue-officer", "leader");
    static final Set<String> READERS = Set.of("dialogue-officer", "leader", "handler", "supervisor");

    @Test
    void shouldRefuseOtherRolesAndOtherSubtreesOnEveryEndpoint() {
        LocalDate today = clock.today();
        String officer = Tokens.of("officer-kado", COMMUNE_KA_DO, "dialogue-officer");
        String session = session(officer, COMMUNE_KA_DO, VILLAGE_QUANG_LAP_3, today.minusDays(1));
        String id = record(officer, opinion(session, "LAND", "PETITION", today)).statusCode(201).extract().path("id");
        step(officer, id, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                today.toString())).statusCode(200);
        String day = today.toString();
        Map<String, Object> plan = Map.of("communeId", COMMUNE_KA_DO.toString(), "kind", "MONTHLY_LAST_WEEKDAY",
                "weekday", "FRIDAY", "villages", List.of(VILLAGE_QUANG_LAP_3.toString()), "host", "Bí thư",
                "place", "Nhà văn hóa", "startsOn", today.plusYears(1).toString(), "endsOn",
                today.plusYears(1).plusMonths(2).toString());
        String schedule = given().auth().oauth2(officer).contentType(ContentType.JSON).body(plan)
                .when().post("/api/dialogue/schedules").then().statusCode(201).extract().path("id");
        String o = "/api/dialogue/opinions/" + id;
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "/api/dialogue/feed", null, Set.of("integration"), false),
                new Endpoint("POST", "/api/dialogue/sessions", Map.of("level", "COMMUNE", "communeId",
                        COMMUNE_KA_DO.toString(), "villageId", VILLAGE_QUANG_LAP_3.toString(), "heldOn", day,
                        "place", "Nhà văn hóa"), STAFF, true),
                new Endpoint("GET", "/api/dialogue/sessions/" + session, null, Set.of("dialogue-officer", "leader",
                        "supervisor", "handler", "organizer", "admin"), true),
                new Endpoint("PUT", "/api/dialogue/sessions/" + session + "/record", Map.of("status", "HELD",
                        "host", "Bí thư", "attendees", 30, "speakers", 4), STAFF, true),
                new Endpoint("POST", "/api/dialogue/opinions", opinion(session, "LAND", "PETITION", today), STAFF,
                        true),
                new Endpoint("GET", "/api/dialogue/opinions?unit=" + COMMUNE_KA_DO, null, READERS, true),
                new Endpoint("GET", o, null, READERS, true),
                new Endpoint("POST", o + "/progress", Map.of("note", "Đang xử lý"), Set.of("handler",
                        "dialogue-officer"), true),
                new Endpoint("POST", o + "/extension", Map.of("days", 1, "reason", "Chờ"), Set.of("handler",
                        "leader"), true),
                new Endpoint("POST", o + "/classification", Map.of("legalType", "COMPLAINT", "reason", "x"), STAFF,
                        true),
                new Endpoint("POST", o + "/acceptance", Map.of("acceptedOn", day), STAFF, true),
                new Endpoint("GET", "/api/dialogue/legal-clocks", null, Set.of("admin", "dialogue-officer", "leader",
                        "handler", "supervisor", "integration"), false),
                new Endpoint("GET", "/api/dialogue/difficult-areas?unit=" + COMMUNE_KA_DO, null, Set.of("admin",
                        "dialogue-officer", "leader", "handler", "supervisor"), true),
                new Endpoint("PUT", "/api/dialogue/difficult-areas", Map.of("communeId", COMMUNE_KA_DO.toString(),
                        "validFrom", "2040-01-01", "basis", "x"), Set.of("admin"), true),
                new Endpoint("POST", o + "/answer", Map.of("answeredBy", "x", "answer", "y"), STAFF, true),
                new Endpoint("POST", o + "/assignment", Map.of("handlerUnitId", OFFICE_KA_DO.toString(),
                        "assignedOn", day), STAFF, true),
                new Endpoint("POST", o + "/reply", Map.of("reply", "x", "repliedOn", day), Set.of("handler"), true),
                new Endpoint("POST", o + "/reply-sent", Map.of("sentOn", day), Set.of("handler", "dialogue-officer"),
                        true),
                new Endpoint("POST", o + "/assessment", Map.of("assessment", "ACCEPTED"), Set.of("supervisor"), true),
                new Endpoint("GET", "/api/dialogue/opinions/mine", null, Set.of("citizen"), false),
                new Endpoint("POST", "/api/dialogue/schedules", plan, STAFF, true),
                new Endpoint("GET", "/api/dialogue/schedules/" + schedule, null, Set.of("dialogue-officer", "leader",
                        "supervisor"), true),
                new Endpoint("GET", "/api/dialogue/schedules", null, Set.of("dialogue-officer", "leader",
                        "supervisor"), false),
                new Endpoint("POST", "/api/dialogue/sessions/" + session + "/change", Map.of("reason", "Mưa"), STAFF,
                        true),
                new Endpoint("GET", "/api/dialogue/compliance?year=2026&quarter=4&unit=" + COMMUNE_KA_DO, null,
                        Set.of("dialogue-officer", "leader", "supervisor", "organizer"), true),
                new Endpoint("GET", "/api/dialogue/statistics?from=2026-01-01&to=2026-12-31&unit=" + COMMUNE_KA_DO,
                        null, Set.of("leader", "dialogue-officer", "supervisor", "integration", "organizer"), true));
        List<String> failures = AccessMatrix.failures(endpoints, COMMUNE_KA_DO, COMMUNE_DRAN, "1");
        assertEquals(List.of(), failures);
    }

}
