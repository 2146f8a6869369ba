package vn.coso.membership.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.coso.membership.pipeline.Admissions.admit;
import static vn.coso.membership.pipeline.Admissions.candidate;
import static vn.coso.membership.pipeline.Admissions.create;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.coso.platform.testing.Feeds;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.UnitFixtures;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * Admissions in the integrators' feed as anonymous counts: after each reportable event, the cell's figure of that
 * kind and year by category, never the candidate.
 */
@QuarkusTest
class MembershipFeedTest extends WithDemoUnits {

    static final String FEED = "/api/membership/feed";
    /** A commune and its cell of this test alone (no other test counts them), created after the 2025 reform. */
    static final UUID COMMUNE = UUID.fromString("0f0e0d0c-0000-4000-8000-00000000fee1");
    static final UUID CELL = UUID.fromString("0f0e0d0c-0000-4000-8000-00000000fee2");

    @BeforeEach
    void ownUnits() {
        unitCopy.apply(List.of(UnitFixtures.entry(COMMUNE, "ĐU-FEED", "COMMUNE_COMMITTEE", PROVINCE, 900),
                UnitFixtures.entry(CELL, "CB-FEED-T1", "CELL", COMMUNE, 901)), 100);
        directory.refresh();
    }
    static final String ORGANIZER = Tokens.of("organizer-province", PROVINCE, "organizer");
    static final String INTEGRATION = Tokens.of("integration-province", PROVINCE, "integration");

    @Test
    void shouldCountAnAdmissionInItsCellWithoutTheCandidate() {
        String start = Feeds.end(FEED, INTEGRATION);
        // the cell's first admission of 2026, decided by its commune's committee (Quy định 294-QĐ/TW)
        String id = create(ORGANIZER, candidate(CELL, "Ka Nguyễn Thị Hạnh", "1999-08-12",
                Map.of("listedOn", "2025-09-01")));
        admit(ORGANIZER, ORGANIZER, id, LocalDate.of(2026, 1, 5), COMMUNE, "31-QĐ/ĐU");

        JsonPath page = Feeds.page(FEED, INTEGRATION, start);
        assertEquals(List.of("vn.coso.membership.sent_to_class.counted", "vn.coso.membership.admitted.counted"),
                page.getList("events.type"));
        assertEquals(CELL.toString(), page.getString("events[1].subject"));
        assertEquals(2026, page.getInt("events[1].data.year"));
        assertEquals(1, page.getInt("events[1].data.count"));
        // a village cell's farmer from the youth union: counted in those categories
        assertEquals(1, page.getInt("events[1].data.byCategory.RURAL_CELLS"));
        assertEquals(1, page.getInt("events[1].data.byCategory.FARMERS"));
        String raw = page.prettify();
        assertFalse(raw.contains(id), "the candidate's id");
        assertFalse(raw.contains("Hạnh"), "the candidate's name");
        // Ka Đô's integrator does not see another commune's cell
        assertFalse(Feeds.page(FEED, Tokens.of("integration-kado", COMMUNE_KA_DO, "integration"), start)
                .getList("events.subject").contains(CELL.toString()));
    }
}
