package vn.coso.dialogue.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.coso.dialogue.Dialogues.step;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.coso.platform.testing.Feeds;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * The integrators' feed of opinions: every change in order as a CloudEvent without personal data, stable ids, a
 * cursor that resumes exactly after the last event processed, scoped to the caller's unit; and never passing an event
 * of a transaction still running, so that a consumer misses nothing when writers commit out of order.
 */
@QuarkusTest
class OpinionFeedTest extends WithDemoUnits {

    static final String FEED = "/api/dialogue/feed";
    static final String KA_DO = Tokens.of("integration-kado", COMMUNE_KA_DO, "integration");
    static final String LEADER = Tokens.of("chu-tich-kado", COMMUNE_KA_DO, "leader");

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 3, 11));
    }

    static JsonPath page(String token, String after) {
        return Feeds.page(FEED, token, after);
    }

    static String end(String token) {
        return Feeds.end(FEED, token);
    }

    static String submitted(String name, String text) {
        return given().contentType(ContentType.JSON).body(Map.of("communeId", COMMUNE_KA_DO.toString(), "name", name,
                "contact", "0912 345 678", "topic", "LIGHTING", "text", text)).when()
                .post("/api/dialogue/public/opinions").then().statusCode(201).extract().path("trackingCode");
    }

    @Test
    void shouldCarryEveryChangeInOrderWithoutAnyoneInItAndResumeFromACursor() {
        String start = end(KA_DO);
        String code = submitted("Nguyễn Thị Hoa", "Đèn đường thôn 2 hỏng");
        JsonPath created = page(KA_DO, start);
        assertEquals(1, created.getList("events").size());
        String opinion = created.getString("events[0].subject");
        assertEquals("vn.coso.dialogue.opinion.create", created.getString("events[0].type"));
        assertEquals("1.0", created.getString("events[0].specversion"));
        assertEquals("/coso/dialogue-service", created.getString("events[0].source"));
        assertEquals(COMMUNE_KA_DO.toString(), created.getString("events[0].unit"));
        assertEquals("RECEIVED", created.getString("events[0].data.status"));
        assertEquals("ONLINE", created.getString("events[0].data.channel"));

        step(LEADER, opinion, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                "2026-03-11")).statusCode(200);
        String raw = given().auth().oauth2(KA_DO).queryParam("after", start).when().get(FEED).then()
                .statusCode(200).body("events.type", is(List.of("vn.coso.dialogue.opinion.create",
                        "vn.coso.dialogue.opinion.assign")))
                .body("events[1].data.status", is("ASSIGNED"))
                .body("events[1].data.handlerUnitId", is(OFFICE_KA_DO.toString()))
                .body("events[1].data.dueOn", is("2026-03-25")).extract().asString();
        // nothing about anyone: not the name, the contact, the text, nor the tracking code
        for (String personal : List.of("Nguyễn Thị Hoa", "0912 345 678", "Đèn đường", code)) {
            assertFalse(raw.contains(personal), personal);
        }

        // resuming from the first event's sequence gives the second one, with the same id as before
        JsonPath again = page(KA_DO, start);
        JsonPath resumed = page(KA_DO, again.getString("events[0].sequence"));
        assertEquals(List.of(again.getString("events[1].id")), resumed.getList("events.id"));
        assertEquals(again.getString("next"), resumed.getString("next"));
        // another commune's integrator sees none of it
        JsonPath other = page(Tokens.of("integration-dran", COMMUNE_DRAN, "integration"), null);
        assertFalse(other.getList("events.subject").contains(opinion));

        given().auth().oauth2(KA_DO).queryParam("after", "not-a-cursor").when().get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("after"));
    }

    /**
     * Two writers commit out of order: A appends first and commits last. While A runs, the feed shows neither A's
     * event nor B's (committed, but after A's position); once A commits, both come, A's first. A reader that had
     * moved past B would have lost A's event for ever.
     */
    @Test
    void shouldNotPassAnEventOfATransactionStillRunning() throws Exception {
        String start = end(KA_DO);
        String insert = "insert into feed_event (type, subject, unit_id, occurred_at, data) values (?, "
                + "gen_random_uuid(), '" + COMMUNE_KA_DO + "', now(), '{}')";
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            append(a, insert, "test.first");
            append(b, insert, "test.second");
            b.commit();
            assertEquals(List.of(), page(KA_DO, start).getList("events.type"));
            a.commit();
        }
        assertEquals(List.of("test.first", "test.second"), page(KA_DO, start).getList("events.type"));
    }

    private static void append(Connection c, String insert, String type) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, type);
            ps.executeUpdate();
        }
    }
}
