package vn.coso.planning.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.coso.planning.Plans.post;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.coso.platform.testing.Feeds;
import vn.coso.platform.testing.Tokens;

/** Targets' changes in the integrators' feed: each handed-down share and the target itself, in order, in scope. */
@QuarkusTest
class TargetFeedTest {

    static final String FEED = "/api/planning/feed";
    static final String LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");
    static final String KA_DO = Tokens.of("integration-kado", COMMUNE_KA_DO, "integration");

    static JsonPath page(String token, String after) {
        return Feeds.page(FEED, token, after);
    }

    static String end(String token) {
        return Feeds.end(FEED, token);
    }

    @Test
    void shouldCarryTheRegistrysChangesInTheSameShape() {
        String start = end(KA_DO);
        String admin = Tokens.of("admin-province", vn.coso.platform.testing.DemoUnits.PROVINCE, "admin");
        String village = post(admin, "/api/planning/units", Map.of("code", "FEED-THON-1", "name", "Thôn mới",
                "kind", "VILLAGE", "validFrom", "2026-01-01", "parentId", COMMUNE_KA_DO.toString())).statusCode(201)
                .extract().path("id");
        JsonPath events = page(KA_DO, start);
        int last = events.getList("events").size() - 1;
        assertEquals("vn.coso.planning.unit.changed", events.getString("events[" + last + "].type"));
        assertEquals(village, events.getString("events[" + last + "].subject"));
        assertEquals("FEED-THON-1", events.getString("events[" + last + "].data.code"));
        assertEquals(COMMUNE_KA_DO.toString(), events.getString("events[" + last + "].data.parents[0].parentId"));
        assertEquals("2026-01-01", events.getString("events[" + last + "].data.parents[0].validFrom"));
        // a unit elsewhere is not in Ka Đô's feed
        assertFalse(page(Tokens.of("integration-dran", COMMUNE_DRAN, "integration"), start)
                .getList("events.subject").contains(village));
    }

    @Test
    void shouldCarryATargetAndItsSharesInOrder() {
        String start = end(KA_DO);
        String target = post(LEADER, "/api/planning/targets", Map.of("year", 2029, "unitId", COMMUNE_KA_DO.toString(),
                "indicator", "DIALOGUE_SESSIONS", "value", 12)).statusCode(201).extract().path("id");
        given().auth().oauth2(LEADER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("mode", "REFUSE", "shares", List.of(Map.of("unitId", CELL_QUANG_LAP_1.toString(),
                        "value", 5), Map.of("unitId", CELL_QUANG_LAP_2.toString(), "value", 7))))
                .when().put("/api/planning/targets/" + target + "/allocations").then().statusCode(200);

        JsonPath events = page(KA_DO, start);
        assertEquals(List.of("vn.coso.planning.target.create", "vn.coso.planning.target.allocated",
                "vn.coso.planning.target.allocated", "vn.coso.planning.target.allocate"),
                events.getList("events.type"));
        assertEquals(List.of(COMMUNE_KA_DO.toString(), CELL_QUANG_LAP_1.toString(), CELL_QUANG_LAP_2.toString(),
                COMMUNE_KA_DO.toString()), events.getList("events.unit"));
        assertEquals(target, events.getString("events[3].subject"));
        assertEquals(12, events.getInt("events[3].data.allocated"));
        assertEquals(7, events.getInt("events[2].data.targetValue"));
        assertEquals("/coso/planning-service", events.getString("events[0].source"));

        // D'Ran's integrator sees none of Ka Đô's targets; a cursor the feed never gave is a 400
        JsonPath other = page(Tokens.of("integration-dran", COMMUNE_DRAN, "integration"), start);
        assertFalse(other.getList("events.subject").contains(target));
        given().auth().oauth2(KA_DO).queryParam("after", "1-2-3").when().get(FEED).then().statusCode(400)
                .body("errors[0].field", is("after"));
    }
}
