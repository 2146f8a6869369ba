package vn.coso.dialogue.opinion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.dialogue.Dialogues.opinion;
import static vn.coso.dialogue.Dialogues.record;
import static vn.coso.dialogue.Dialogues.session;
import static vn.coso.dialogue.Dialogues.step;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PEOPLES_COMMITTEE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_2;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/** Every path of an opinion's life (DOMAIN.md §4), over HTTP, with the roles that walk it. */
@QuarkusTest
class OpinionLifecycleTest extends WithDemoUnits {

    static final String OFFICER = Tokens.of("officer-kado", COMMUNE_KA_DO, "dialogue-officer");
    static final String LEADER = Tokens.of("chu-tich-kado", COMMUNE_KA_DO, "leader");
    static final String HANDLER = Tokens.of("vp-kado", OFFICE_KA_DO, "handler");
    static final String OTHER_HANDLER = Tokens.of("vp-dran", COMMUNE_DRAN, "handler");
    static final String SUPERVISOR = Tokens.of("mttq-kado", COMMUNE_KA_DO, "supervisor");

    LocalDate today;
    String session;
    final Map<String, String> codes = new java.util.HashMap<>();

    /**
     * Wednesday 12/03/2025; the session was on Monday 10/03. A petition received then is due 10 working days later
     * (the petition clock, source still to be verified): 11, 12, 13, 14, 17, 18, 19, 20, 21, 24 -> Monday 24/03.
     */
    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2025, 3, 12));
        today = clock.today();
        session = session(OFFICER, COMMUNE_KA_DO, VILLAGE_QUANG_LAP_2, today.minusDays(2));
    }

    String said(String topic, String legalType) {
        var created = record(OFFICER, opinion(session, topic, legalType, today.minusDays(2))).statusCode(201)
                .body("status", is("RECEIVED")).extract();
        // the answer that records it carries the code to hand to the person; later reads by staff do not
        codes.put(created.path("id"), created.path("trackingCode"));
        return created.path("id");
    }

    String assigned(String legalType) {
        String id = said("RURAL_ROADS", legalType);
        step(LEADER, id, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                today.toString())).statusCode(200).body("status", is("ASSIGNED")).body("version", is(1));
        return id;
    }

    @Test
    void shouldCloseAnOpinionAnsweredOnTheSpot() {
        String id = said("LIGHTING", "PETITION");
        step(LEADER, id, "answer", 0, Map.of("answeredBy", "Chủ tịch UBND xã", "answer",
                "Xã lắp đèn trong tháng 12")).statusCode(200).body("status", is("ANSWERED_ON_SPOT"));
        given().auth().oauth2(OFFICER).when().get("/api/dialogue/opinions/{id}", id).then()
                .statusCode(200).body("history.kind", hasItems("RECORDED", "ANSWERED_ON_SPOT"))
                .body("trackingCode", nullValue());
        String code = codes.get(id);
        given().when().get("/api/dialogue/public/opinions/{code}", code).then().statusCode(200)
                .body("status", is("ANSWERED_ON_SPOT")).body("reply", is("Xã lắp đèn trong tháng 12"));
    }

    @Test
    void shouldAssignAReplyOnTimeAndCloseItWhenSent() {
        String id = assigned("PETITION");
        given().auth().oauth2(HANDLER).when().get("/api/dialogue/opinions/{id}", id).then().statusCode(200)
                .body("dueOn", is("2025-03-24")).body("dueState", is("ON_TIME"));
        // another unit's handler neither sees nor answers it
        given().auth().oauth2(OTHER_HANDLER).when().get("/api/dialogue/opinions/{id}", id).then().statusCode(404);
        step(OTHER_HANDLER, id, "reply", 1, Map.of("reply", "x", "repliedOn", today.toString())).statusCode(404);

        // a progress note is a step like the others: without the version the handler saw, nothing is written
        given().auth().oauth2(HANDLER).contentType(ContentType.JSON).body(Map.of("note", "Đã khảo sát hiện trường"))
                .when().post("/api/dialogue/opinions/{id}/progress", id).then().statusCode(428);
        step(HANDLER, id, "progress", 1, Map.of("note", "Đã khảo sát hiện trường")).statusCode(200);
        step(HANDLER, id, "reply", 1, Map.of("reply", "Huyện bố trí vốn sửa đường quý 1", "repliedOn",
                today.toString())).statusCode(200).body("status", is("REPLIED"))
                .body("dueState", is("REPLIED_ON_TIME"));
        given().auth().oauth2(HANDLER).when().get("/api/dialogue/opinions/{id}", id).then()
                .body("trackingCode", nullValue());
        String code = codes.get(id);
        given().when().get("/api/dialogue/public/opinions/{code}", code).then().statusCode(200)
                .body("status", is("REPLIED")).body("reply", nullValue());
        step(HANDLER, id, "reply-sent", 2, Map.of("sentOn", today.toString())).statusCode(200)
                .body("status", is("CLOSED"));
        given().when().get("/api/dialogue/public/opinions/{code}", code).then().statusCode(200)
                .body("reply", is("Huyện bố trí vốn sửa đường quý 1")).body("speakerName", nullValue())
                .body("text", nullValue());
    }

    @Test
    void shouldShowOverdueAndVeryOverdueOpinions() {
        String late = assigned("PETITION");
        // received Monday 17/02/2025: due 10 working days later, Monday 03/03
        String veryLate = record(OFFICER, opinion(session, "LAND", "PETITION", LocalDate.of(2025, 2, 17)))
                .statusCode(201).body("dueOn", is("2025-03-03")).extract().path("id");
        step(LEADER, veryLate, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                today.toString())).statusCode(200);
        // Wednesday 26/03: 24/03 has passed (overdue); 03/03 is before 12/03, the tenth working day before today
        clock.setToday(LocalDate.of(2025, 3, 26));
        given().auth().oauth2(HANDLER).queryParam("overdue", true).queryParam("size", 100)
                .when().get("/api/dialogue/opinions").then().statusCode(200)
                .body("id", hasItems(late, veryLate))
                .body("find { it.id == '" + late + "' }.dueState", is("OVERDUE"))
                .body("find { it.id == '" + veryLate + "' }.dueState", is("VERY_OVERDUE"));
        given().auth().oauth2(OTHER_HANDLER).queryParam("overdue", true).when().get("/api/dialogue/opinions")
                .then().statusCode(200).body("id", not(hasItem(late)));
        step(HANDLER, late, "reply", 1, Map.of("reply", "Trả lời muộn", "repliedOn", "2025-03-26"))
                .statusCode(200).body("dueState", is("REPLIED_LATE"));
    }

    @Test
    void shouldExtendWithAReasonWithinTheLegalMaximum() {
        String id = assigned("PETITION");
        step(HANDLER, id, "extension", 1, Map.of("days", 11, "reason", "Chờ ý kiến cấp trên"))
                .statusCode(422).body("rule", is("OPN-EXTENSION"));
        step(HANDLER, id, "extension", 1, Map.of("days", 5)).statusCode(400)
                .body("errors[0].field", is("reason"));
        step(HANDLER, id, "extension", 1, Map.of("days", 5, "reason", "Chờ ý kiến cấp trên"))
                .statusCode(200).body("extensions", is(1))
                // five working days after Monday 24/03: 25, 26, 27, 28, 31 -> Monday 31/03
                .body("dueOn", is("2025-03-31"));
        step(HANDLER, id, "extension", 2, Map.of("days", 6, "reason", "Lần nữa")).statusCode(422);
        step(HANDLER, id, "extension", 1, Map.of("days", 1, "reason", "Cũ")).statusCode(412);
    }

    @Test
    void shouldReopenWhenTheFatherlandFrontFindsTheReplyInsufficient() {
        String id = assigned("PETITION");
        step(HANDLER, id, "reply", 1, Map.of("reply", "Sẽ xem xét", "repliedOn", today.toString())).statusCode(200);
        // the supervisor reads but changes nothing except its assessment
        step(SUPERVISOR, id, "reply-sent", 2, Map.of("sentOn", today.toString())).statusCode(403);
        Map<String, Object> insufficient = Map.of("assessment", "INSUFFICIENT", "note", "Trả lời chung chung",
                "reopen", true);
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body(insufficient)
                .when().post("/api/dialogue/opinions/{id}/assessment", id).then().statusCode(428);
        step(SUPERVISOR, id, "assessment", 1, insufficient).statusCode(412);
        step(SUPERVISOR, id, "assessment", 2, insufficient).statusCode(200)
                .body("status", is("ASSIGNED")).body("reopened", is(1)).body("reply", nullValue())
                .body("history.kind", hasItems("REPLIED", "ASSESSED", "REOPENED"));
        step(HANDLER, id, "reply", 3, Map.of("reply", "Khởi công ngày 5/1", "repliedOn", today.toString()))
                .statusCode(200).body("status", is("REPLIED"));
    }

    @Test
    void shouldRestartTheClockWhenAPetitionIsReclassifiedAsAComplaint() {
        String id = assigned("PETITION");
        // accepted as a complaint on the day of the re-classification, 12/03: 30 days (Luật Khiếu nại 2011, Điều 28)
        step(LEADER, id, "classification", 1, Map.of("legalType", "COMPLAINT", "reason", "Thực chất là khiếu nại"))
                .statusCode(200).body("legalType", is("COMPLAINT"))
                .body("dueOn", is("2025-04-11"))
                .body("history.kind", hasItem("RECLASSIFIED"));
        step(LEADER, id, "classification", 2, Map.of("legalType", "COMPLAINT", "reason", "x")).statusCode(400);
    }

    @Test
    void shouldRefuseBadInputAndWriteNothing() throws SQLException {
        long before = count("select count(*) from opinion");
        Map<String, Object> tooLong = opinion(session, "LAND", "PETITION", today);
        tooLong.put("text", "x".repeat(8001));
        record(OFFICER, tooLong).statusCode(400).body("errors[0].field", is("text"));
        record(OFFICER, opinion(session, "WEATHER", "PETITION", today)).statusCode(400);
        record(OFFICER, opinion(session, "LAND", "PETITION", today.plusDays(1))).statusCode(400)
                .body("errors[0].field", is("receivedOn"));
        Map<String, Object> noSession = opinion(null, "LAND", "PETITION", today);
        noSession.remove("sessionId");
        record(OFFICER, noSession).statusCode(400).body("errors[0].field", is("sessionId"));
        record(Tokens.of("officer-dran", COMMUNE_DRAN, "dialogue-officer"), opinion(session, "LAND", "PETITION",
                today)).statusCode(404);
        assertEquals(before, count("select count(*) from opinion"));

        String id = said("LAND", "PETITION");
        // a People's Committee answers; a village does not
        step(LEADER, id, "assignment", 0, Map.of("handlerUnitId", VILLAGE_QUANG_LAP_2.toString(), "assignedOn",
                today.toString())).statusCode(400).body("errors[0].field", is("handlerUnitId"));
        step(LEADER, id, "assignment", 0, Map.of("handlerUnitId", PEOPLES_COMMITTEE_KA_DO.toString(), "assignedOn",
                today.minusDays(60).toString())).statusCode(400);
        step(LEADER, id, "assignment", 0, Map.of("handlerUnitId", PEOPLES_COMMITTEE_KA_DO.toString(), "assignedOn",
                today.toString(), "days", 20)).statusCode(422).body("rule", is("OPN-DEADLINE"));
        step(LEADER, id, "reply", 0, Map.of("reply", "x", "repliedOn", today.toString())).statusCode(403);
        given().auth().oauth2(LEADER).contentType(ContentType.JSON).body(Map.of("handlerUnitId",
                PEOPLES_COMMITTEE_KA_DO.toString(), "assignedOn", today.toString()))
                .when().post("/api/dialogue/opinions/{id}/assignment", id).then().statusCode(428);
    }

    @Test
    void shouldTakeOpinionsFromAnyoneAndShowThemOnlyTheirState() {
        Map<String, Object> body = Map.of("communeId", COMMUNE_KA_DO.toString(), "villageId",
                VILLAGE_QUANG_LAP_2.toString(), "name", "Bà Nguyễn Thị Lan", "contact", "0987 654 321",
                "topic", "ENVIRONMENT", "text", "Bãi rác tự phát cạnh suối");
        String code = given().contentType(ContentType.JSON).body(body).when()
                .post("/api/dialogue/public/opinions").then().statusCode(201)
                .body("trackingCode", org.hamcrest.Matchers.matchesPattern("[2-9A-HJKMNP-Z]{12}"))
                .extract().path("trackingCode");
        given().when().get("/api/dialogue/public/opinions/{code}", code).then().statusCode(200)
                .body("status", is("RECEIVED")).body("topic", is("ENVIRONMENT"))
                .body("name", nullValue()).body("contact", nullValue());
        given().when().get("/api/dialogue/public/opinions/{code}", "AAAAAAAAAAAA").then().statusCode(404);
        given().when().get("/api/dialogue/public/opinions/{code}", "x").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("communeId", COMMUNE_KA_DO.toString(), "topic", "LAND",
                "text", "y".repeat(4001))).when().post("/api/dialogue/public/opinions").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("communeId", VILLAGE_QUANG_LAP_2.toString(), "topic",
                "LAND", "text", "z")).when().post("/api/dialogue/public/opinions").then().statusCode(400)
                .body("errors[0].field", is("communeId"));

        // a citizen account finds its own opinions, and only those
        String citizen = Tokens.of("nguoi-dan", null, "citizen");
        String mine = given().auth().oauth2(citizen).contentType(ContentType.JSON).body(body).when()
                .post("/api/dialogue/public/opinions").then().statusCode(201).extract().path("trackingCode");
        given().auth().oauth2(citizen).when().get("/api/dialogue/opinions/mine").then().statusCode(200)
                .body("trackingCode", is(java.util.List.of(mine)));
        given().auth().oauth2(citizen).when().get("/api/dialogue/opinions").then().statusCode(403);
    }

    /**
     * A phone on a bad network sends the same submission five times with one Idempotency-Key: one opinion, one
     * tracking code. The stored reply is kept a day, then the retention job deletes it.
     */
    @Test
    void shouldRecordARetriedPublicSubmissionOnce() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("communeId", COMMUNE_KA_DO.toString(), "topic", "RURAL_ROADS", "text",
                "Đường vào thôn bị ngập mỗi khi mưa lớn");
        long before = count("select count(*) from opinion");
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            codes.add(given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when()
                    .post("/api/dialogue/public/opinions").then().statusCode(201).extract().path("trackingCode"));
        }
        assertEquals(1, codes.size());
        assertEquals(before + 1, count("select count(*) from opinion"));
        assertEquals(1, count("select count(*) from idempotency_record where idem_key = '" + key + "'"));

        clock.advance(java.time.Duration.ofHours(25));
        retention.purge();
        assertEquals(0, count("select count(*) from idempotency_record where idem_key = '" + key + "'"));
    }

    @Inject
    vn.coso.platform.idempotency.IdempotencyRetention retention;
}
