package vn.coso.dialogue.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static vn.coso.dialogue.Dialogues.opinion;
import static vn.coso.dialogue.Dialogues.record;
import static vn.coso.dialogue.Dialogues.recordSession;
import static vn.coso.dialogue.Dialogues.session;
import static vn.coso.dialogue.Dialogues.step;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DA_RON;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_LAC_XUAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_QUANG_LAP;
import static vn.coso.platform.testing.DemoUnits.DISTRICT_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.PEOPLES_COMMITTEE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_DA_RON_1;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_LAC_XUAN_1;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_3;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_4;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_5;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * The seeds' figures (DOMAIN.md §4) from recorded sessions and opinions: Quảng Lập's last-Friday sessions, 10 in 5
 * villages with 245 attendees and 50 speakers; Đơn Dương's communes in 2024, 24 sessions, 1,981 attendees and 273
 * opinions. Only this class records 2024 sessions.
 */
@QuarkusTest
class DialogueStatisticsTest extends WithDemoUnits {

    static final String OFFICER = Tokens.of("officer-province", PROVINCE, "dialogue-officer");
    static final String PLANNING = Tokens.of("service-account-coso-planning-service", PROVINCE, "integration");
    static final String[] TOPICS = {"RURAL_ROADS", "LAND", "LIGHTING", "ENVIRONMENT", "SECURITY_ORDER",
            "FARM_PRICES_MARKETS", "SOCIAL_WELFARE", "ADMINISTRATIVE_PROCEDURES", "CONSTRUCTION_ORDER", "OTHER"};
    static boolean recorded;

    @BeforeEach
    void setUp() {
        if (!recorded) {
            recordThe2024Sessions();
            recorded = true;
        }
    }

    void recordThe2024Sessions() {
        List<String> sessions = new ArrayList<>();
        // Quảng Lập: the last Friday of January to October, rotating through its five villages
        UUID[] villages = {VILLAGE_QUANG_LAP_1, VILLAGE_QUANG_LAP_2, VILLAGE_QUANG_LAP_3, VILLAGE_QUANG_LAP_4,
                VILLAGE_QUANG_LAP_5};
        for (int m = 0; m < 10; m++) {
            LocalDate lastFriday = LocalDate.of(2024, m + 1, 1)
                    .with(TemporalAdjusters.lastInMonth(java.time.DayOfWeek.FRIDAY));
            String s = session(OFFICER, COMMUNE_QUANG_LAP, villages[m % 5], lastFriday);
            recordSession(OFFICER, s, m % 2 == 0 ? 25 : 24, 5).statusCode(200);
            sessions.add(s);
        }
        // Lạc Xuân and Đạ Ròn: seven each, 124 people each time
        for (int i = 0; i < 14; i++) {
            boolean lacXuan = i < 7;
            String s = session(OFFICER, lacXuan ? COMMUNE_LAC_XUAN : COMMUNE_DA_RON,
                    lacXuan ? VILLAGE_LAC_XUAN_1 : VILLAGE_DA_RON_1, LocalDate.of(2024, 3, 4).plusWeeks(i * 2L));
            recordSession(OFFICER, s, 124, 12).statusCode(200);
            sessions.add(s);
        }
        // 273 opinions: eleven at each session, twelve at the first nine
        for (int i = 0; i < 273; i++) {
            String s = sessions.get(i < 264 ? i % 24 : i - 264);
            record(OFFICER, opinion(s, TOPICS[i % TOPICS.length], "PETITION", LocalDate.of(2024, 11, 29)))
                    .statusCode(201);
        }
    }

    static ValidatableResponse statistics(String token, String from, String to, UUID unit) {
        return given().auth().oauth2(token).queryParam("from", from).queryParam("to", to)
                .queryParam("unit", unit.toString()).when().get("/api/dialogue/statistics").then();
    }

    @Test
    void shouldReproduceQuangLapsSessions() {
        for (UUID unit : new UUID[]{COMMUNE_QUANG_LAP, COMMUNE_KA_DO}) {
            statistics(PLANNING, "2024-01-01", "2024-12-31", unit).statusCode(200)
                    .body("sessions", is(10)).body("villages", is(5)).body("attendees", is(245))
                    .body("speakers", is(50));
        }
    }

    @Test
    void shouldExportTheFiguresAsCsvWithVietnameseHeadings() {
        String csv = given().auth().oauth2(PLANNING).accept("text/csv").queryParam("from", "2024-01-01")
                .queryParam("to", "2024-12-31").queryParam("unit", COMMUNE_QUANG_LAP.toString())
                .when().get("/api/dialogue/statistics").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals("\uFEFFChỉ tiêu,Số liệu", lines.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(lines.contains("Số buổi đối thoại,10"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(lines.contains("Số người dự,245"), csv);
        given().auth().oauth2(PLANNING).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .queryParam("unit", COMMUNE_QUANG_LAP.toString()).when().get("/api/dialogue/statistics").then()
                .statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"));
    }

    @Test
    void shouldReproduceDonDuongsCommunesIn2024() {
        statistics(PLANNING, "2024-01-01", "2024-12-31", DISTRICT_DON_DUONG).statusCode(200)
                .body("sessions", is(24)).body("attendees", is(1981)).body("opinions", is(273))
                .body("byLegalType.PETITION", is(273)).body("byTopic.RURAL_ROADS", is(28))
                .body("stillOpen", is(273))
                // none was answered: each petition's clock ran out 10 working days after its session
                .body("overdue", is(273)).body("onTimeReplyRate", is(0.0f))
                .body("byCommune.'" + COMMUNE_QUANG_LAP + "'.sessions", is(10))
                .body("byCommune.'" + COMMUNE_QUANG_LAP + "'.attendees", is(245))
                .body("byCommune.'" + COMMUNE_LAC_XUAN + "'.attendees", is(7 * 124));
        statistics(PLANNING, "2023-01-01", "2023-12-31", DISTRICT_DON_DUONG).statusCode(200)
                .body("sessions", is(0)).body("opinions", is(0));
    }

    /**
     * Four petitions received Monday 03/03/2025, due 10 working days later on Monday 17/03: one answered on the spot,
     * one replied 10/03 (on time), one replied 24/03 (late), one still open on 25/03 (overdue).
     */
    @Test
    void shouldCountRepliesOnTimeLateAndOverdue() {
        clock.setToday(LocalDate.of(2025, 3, 3));
        String leader = Tokens.of("leader-province", PROVINCE, "leader");
        String handler = Tokens.of("ubnd-kado", PEOPLES_COMMITTEE_KA_DO, "handler");
        String s = session(OFFICER, COMMUNE_DRAN, VILLAGE_LAC_XUAN_1, LocalDate.of(2025, 3, 3));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(record(OFFICER, opinion(s, "LAND", "PETITION", LocalDate.of(2025, 3, 3))).statusCode(201)
                    .body("dueOn", is("2025-03-17")).extract().path("id"));
        }
        step(leader, ids.get(0), "answer", 0, Map.of("answeredBy", "Bí thư", "answer", "Đã rõ")).statusCode(200);
        for (String id : ids.subList(1, 4)) {
            step(leader, id, "assignment", 0, Map.of("handlerUnitId", PEOPLES_COMMITTEE_KA_DO.toString(),
                    "assignedOn", "2025-03-03")).statusCode(200);
        }
        clock.setToday(LocalDate.of(2025, 3, 10));
        step(handler, ids.get(1), "reply", 1, Map.of("reply", "Đúng hạn", "repliedOn", "2025-03-10"))
                .statusCode(200);
        clock.setToday(LocalDate.of(2025, 3, 25));
        step(handler, ids.get(2), "reply", 1, Map.of("reply", "Muộn", "repliedOn", "2025-03-24")).statusCode(200);
        // on time: the spot answer and one reply; late: one reply; overdue: one still open -> 2 of 4
        statistics(PLANNING, "2025-03-01", "2025-03-31", COMMUNE_DRAN).statusCode(200)
                .body("opinions", is(4)).body("answeredOnSpot", is(1)).body("assigned", is(3))
                .body("repliedOnTime", is(1)).body("repliedLate", is(1)).body("overdue", is(1))
                .body("onTimeReplyRate", is(50.0f))
                .body("byHandler.'" + PEOPLES_COMMITTEE_KA_DO + "'.assigned", is(3))
                .body("byHandler.'" + PEOPLES_COMMITTEE_KA_DO + "'.overdue", is(1));
    }

    /**
     * The year boundary: on 1 January 2027, what was said on 31 December 2026 belongs to 2026 and not to 2027, and
     * its due date (10 working days on, in a year without a recorded Tết decision) is provisional.
     */
    @Test
    void shouldKeepTheLastDayOfTheYearInItsYearOnNewYearsDay() {
        clock.setToday(LocalDate.of(2026, 12, 31));
        String s = session(OFFICER, COMMUNE_DRAN, VILLAGE_LAC_XUAN_1, LocalDate.of(2026, 12, 31));
        recordSession(OFFICER, s, 30, 4).statusCode(200);
        String id = record(OFFICER, opinion(s, "LAND", "PETITION", LocalDate.of(2026, 12, 31))).statusCode(201)
                .extract().path("id");
        clock.setToday(LocalDate.of(2027, 1, 1));
        statistics(PLANNING, "2026-12-01", "2026-12-31", COMMUNE_DRAN).statusCode(200)
                .body("sessions", is(1)).body("opinions", is(1)).body("attendees", is(30));
        statistics(PLANNING, "2027-01-01", "2027-12-31", COMMUNE_DRAN).statusCode(200)
                .body("sessions", is(0)).body("opinions", is(0));
        given().auth().oauth2(OFFICER).when().get("/api/dialogue/opinions/{id}", id).then().statusCode(200)
                .body("dueProvisional", is(true));
    }

    @Test
    void shouldAnswerOnlyForTheCallersSubtreeAndPeriod() {
        statistics(Tokens.of("mttq-kado", COMMUNE_KA_DO, "supervisor"), "2024-01-01", "2024-12-31",
                DISTRICT_DON_DUONG).statusCode(404);
        statistics(PLANNING, "2024-12-31", "2024-01-01", COMMUNE_KA_DO).statusCode(400);
        statistics(PLANNING, "2024-01-01", "someday", COMMUNE_KA_DO).statusCode(400);
        statistics(Tokens.of("x", PROVINCE, "citizen"), "2024-01-01", "2024-12-31", COMMUNE_KA_DO)
                .statusCode(403);
    }

}
