package vn.coso.dialogue.opinion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.dialogue.Dialogues.record;
import static vn.coso.dialogue.Dialogues.step;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PEOPLES_COMMITTEE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * Citizens' deadlines as the laws count them. Every expected date is worked out by hand from the text's own rule —
 * calendar days from the day after the event (Bộ luật Dân sự 2015, Điều 147(3)), a last day off moved to the next
 * working day (Điều 148(5)), working days on the government's decisions — never with the code under test.
 */
@QuarkusTest
class LegalClockTest extends WithDemoUnits {

    static final String OFFICER = Tokens.of("officer-kado", COMMUNE_KA_DO, "dialogue-officer");
    static final String LEADER = Tokens.of("chu-tich-kado", COMMUNE_KA_DO, "leader");
    static final String HANDLER = Tokens.of("vp-kado", OFFICE_KA_DO, "handler");
    static final String ADMIN = Tokens.of("admin", PROVINCE, "admin");
    static final String DRAN_OFFICER = Tokens.of("officer-dran", COMMUNE_DRAN, "dialogue-officer");

    static Map<String, Object> written(String commune, String legalType, String receivedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "WRITTEN_PETITION");
        body.put("communeId", commune);
        body.put("speakerName", "Ông Ya Tuấn");
        body.put("topic", "LAND");
        body.put("legalType", legalType);
        body.put("text", "Khiếu nại quyết định thu hồi đất");
        body.put("receivedOn", receivedOn);
        return body;
    }

    String received(String legalType, String on) {
        return record(OFFICER, written(COMMUNE_KA_DO.toString(), legalType, on)).statusCode(201)
                .extract().path("id");
    }

    /** Luật Khiếu nại 2011, Điều 27, 28: accepted on receipt 03/03/2025, 30 days from the day after: 02/04/2025. */
    @Test
    void shouldGiveAComplaintAssignedOnReceiptThirtyDaysAndListItOverdueAfter() {
        clock.setToday(LocalDate.of(2025, 3, 3));
        String id = received("COMPLAINT", "2025-03-03");
        step(LEADER, id, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                "2025-03-03")).statusCode(200).body("acceptedOn", is("2025-03-03")).body("dueOn", is("2025-04-02"))
                .body("dueStep", is("RESOLUTION")).body("dueState", is("ON_TIME"))
                .body("dueRule.dayCount", is("CALENDAR_DAYS")).body("dueRule.length", is(30))
                .body("dueRule.legalBasis", org.hamcrest.Matchers.startsWith("Luật Khiếu nại 2011, Điều 28"));

        clock.setToday(LocalDate.of(2025, 4, 3));
        given().auth().oauth2(HANDLER).queryParam("overdue", true).queryParam("size", 100)
                .when().get("/api/dialogue/opinions").then().statusCode(200).body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.dueState", is("OVERDUE"));
        clock.setToday(LocalDate.of(2025, 4, 2));
        given().auth().oauth2(HANDLER).queryParam("overdue", true).queryParam("size", 100)
                .when().get("/api/dialogue/opinions").then().statusCode(200).body("id", not(hasItem(id)));
    }

    /**
     * A complaint nobody accepted is due for acceptance 10 days after receipt (Điều 27): received 20/01/2025, the
     * tenth day is 30/01, a Tết day off (Thông báo 6150/TB-BLĐTBXH), so it ends on Monday 03/02/2025 (Điều 148(5));
     * from 04/02 it is overdue though no one ever assigned it.
     */
    @Test
    void shouldMakeAComplaintNobodyAcceptedOverdue() {
        clock.setToday(LocalDate.of(2025, 1, 20));
        String id = received("COMPLAINT", "2025-01-20");
        given().auth().oauth2(OFFICER).when().get("/api/dialogue/opinions/{id}", id).then().statusCode(200)
                .body("status", is("RECEIVED")).body("dueStep", is("ACCEPTANCE")).body("dueOn", is("2025-02-03"))
                .body("dueRule.legalBasis", org.hamcrest.Matchers.startsWith("Luật Khiếu nại 2011 (02/2011/QH13), "
                        + "Điều 27"))
                .body("dueRule.sourceVerified", is(true)).body("dueProvisional", is(false));
        clock.setToday(LocalDate.of(2025, 2, 4));
        given().auth().oauth2(OFFICER).queryParam("overdue", true).queryParam("size", 100)
                .when().get("/api/dialogue/opinions").then().statusCode(200).body("id", hasItem(id));
        // accepted late, on 05/02, as complex: 45 days from the day after, 22/03/2025 is a Saturday -> Monday 24/03
        clock.setToday(LocalDate.of(2025, 2, 5));
        step(LEADER, id, "acceptance", 0, Map.of("acceptedOn", "2025-02-05", "complexity", "COMPLEX"))
                .statusCode(200).body("acceptedOn", is("2025-02-05")).body("dueOn", is("2025-03-24"))
                .body("dueStep", is("RESOLUTION")).body("history.kind", hasItem("ACCEPTED"));
        step(LEADER, id, "acceptance", 1, Map.of("acceptedOn", "2025-02-05")).statusCode(409);
    }

    /**
     * Luật Tố cáo 2018, Điều 24(1): 7 working days from receipt. Received Friday 24/01/2025; 25/01–02/02 are off
     * (Thông báo 6150/TB-BLĐTBXH): 03/02 … 07/02 are days 1–5, 10/02 and 11/02 days 6 and 7. With several places to
     * check, 10 working days: 12, 13, 14/02 -> Friday 14/02/2025.
     */
    @Test
    void shouldCountADenunciationsIntakeInWorkingDaysAcrossTet() {
        clock.setToday(LocalDate.of(2025, 1, 24));
        String plain = received("DENUNCIATION", "2025-01-24");
        Map<String, Object> several = written(COMMUNE_KA_DO.toString(), "DENUNCIATION", "2025-01-24");
        several.put("severalPlaces", true);
        String wide = record(OFFICER, several).statusCode(201).extract().path("id");
        given().auth().oauth2(OFFICER).when().get("/api/dialogue/opinions/{id}", plain).then()
                .body("dueOn", is("2025-02-11")).body("dueRule.dayCount", is("WORKING_DAYS"));
        given().auth().oauth2(OFFICER).when().get("/api/dialogue/opinions/{id}", wide).then()
                .body("dueOn", is("2025-02-14")).body("severalPlaces", is(true));
    }

    /**
     * Luật Tố cáo 2018, Điều 30: 30 days from acceptance; a complex case may be extended once by at most 30 days, an
     * especially complex one twice. Accepted 03/03/2025: due 02/04; +30 = 02/05, a day off (swapped for Saturday
     * 26/04, Thông báo 6150), then the weekend: Monday 05/05/2025; +30 again = 04/06/2025.
     */
    @Test
    void shouldExtendADenunciationOnlyAsItsComplexityAllows() {
        clock.setToday(LocalDate.of(2025, 3, 3));
        String plain = received("DENUNCIATION", "2025-03-03");
        step(LEADER, plain, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                "2025-03-03")).statusCode(200).body("dueOn", is("2025-04-02"));
        step(HANDLER, plain, "extension", 1, Map.of("days", 30, "reason", "Cần xác minh thêm")).statusCode(422)
                .body("rule", is("OPN-EXTENSION"));

        String complex = received("DENUNCIATION", "2025-03-03");
        step(LEADER, complex, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                "2025-03-03", "complexity", "COMPLEX")).statusCode(200).body("dueOn", is("2025-04-02"));
        step(HANDLER, complex, "extension", 1, Map.of("days", 31, "reason", "Quá dài")).statusCode(422);
        step(HANDLER, complex, "extension", 1, Map.of("days", 30, "reason", "Vụ việc phức tạp")).statusCode(200)
                .body("dueOn", is("2025-05-05")).body("extensions", is(1));
        step(HANDLER, complex, "extension", 2, Map.of("days", 30, "reason", "Lần hai")).statusCode(422);

        String hard = received("DENUNCIATION", "2025-03-03");
        step(LEADER, hard, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                "2025-03-03", "complexity", "ESPECIALLY_COMPLEX")).statusCode(200);
        step(HANDLER, hard, "extension", 1, Map.of("days", 30, "reason", "Lần một")).statusCode(200);
        step(HANDLER, hard, "extension", 2, Map.of("days", 30, "reason", "Lần hai")).statusCode(200)
                .body("dueOn", is("2025-06-04")).body("extensions", is(2));
        step(HANDLER, hard, "extension", 3, Map.of("days", 1, "reason", "Lần ba")).statusCode(422);
    }

    /**
     * Luật Khiếu nại 2011, Điều 28: in a remote or difficult area 45 days, 60 if complex. Đạ Ròn marked remote for
     * June 2025: accepted Monday 02/06/2025 -> 45 days = Thursday 17/07; complex: 60 days = Friday 01/08/2025.
     */
    @Test
    void shouldGiveComplaintsInARemoteCommuneTheLongerClock() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("communeId", COMMUNE_DRAN.toString(), "validFrom", "2025-06-01", "validTo", "2025-07-01",
                        "basis", "Quyết định 861/QĐ-TTg (xã khu vực III)"))
                .when().put("/api/dialogue/difficult-areas").then().statusCode(204);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("communeId", COMMUNE_DRAN.toString(), "validFrom", "2025-06-01", "basis", "x"))
                .when().put("/api/dialogue/difficult-areas").then().statusCode(403);
        given().auth().oauth2(DRAN_OFFICER).when().get("/api/dialogue/difficult-areas").then().statusCode(200)
                .body("basis", hasItem("Quyết định 861/QĐ-TTg (xã khu vực III)"));

        clock.setToday(LocalDate.of(2025, 6, 2));
        String plain = record(DRAN_OFFICER, written(COMMUNE_DRAN.toString(), "COMPLAINT", "2025-06-02"))
                .statusCode(201).extract().path("id");
        step(DRAN_OFFICER, plain, "acceptance", 0, Map.of("acceptedOn", "2025-06-02")).statusCode(200)
                .body("dueOn", is("2025-07-17")).body("dueRule.length", is(45));
        String complex = record(DRAN_OFFICER, written(COMMUNE_DRAN.toString(), "COMPLAINT", "2025-06-02"))
                .statusCode(201).extract().path("id");
        step(DRAN_OFFICER, complex, "acceptance", 0, Map.of("acceptedOn", "2025-06-02", "complexity", "COMPLEX"))
                .statusCode(200).body("dueOn", is("2025-08-01")).body("dueRule.length", is(60));
        // Ka Đô is not marked: 30 days, 02/07/2025
        String kaDo = received("COMPLAINT", "2025-06-02");
        step(LEADER, kaDo, "acceptance", 0, Map.of("acceptedOn", "2025-06-02")).statusCode(200)
                .body("dueOn", is("2025-07-02"));
        step(LEADER, kaDo, "acceptance", 1, Map.of("acceptedOn", "2025-06-02")).statusCode(409);
        String petition = received("PETITION", "2025-06-02");
        step(LEADER, petition, "acceptance", 0, Map.of("acceptedOn", "2025-06-02")).statusCode(409);
    }

    /**
     * Last quarter's paper minutes typed in today: a complaint received and assigned on 03/03/2025 is recorded with
     * its real dates and is simply overdue; who typed it and when are kept apart.
     */
    @Test
    void shouldRecordOldPaperCasesWithTheirRealDates() {
        clock.setToday(LocalDate.of(2025, 6, 16));
        String id = received("COMPLAINT", "2025-03-03");
        step(LEADER, id, "assignment", 0, Map.of("handlerUnitId", PEOPLES_COMMITTEE_KA_DO.toString(), "assignedOn",
                "2025-03-03")).statusCode(200).body("dueOn", is("2025-04-02")).body("dueState", is("VERY_OVERDUE"));
        given().auth().oauth2(OFFICER).when().get("/api/dialogue/opinions/{id}", id).then()
                .body("history[0].occurredAt", org.hamcrest.Matchers.startsWith("2025-06-16"));
        record(OFFICER, written(COMMUNE_KA_DO.toString(), "COMPLAINT", "2025-06-17")).statusCode(400)
                .body("errors[0].field", is("receivedOn"));
    }

    /** A petition re-classified on 12/03/2025 as a complaint is accepted that day: 30 days, Friday 11/04/2025. */
    @Test
    void shouldRunTheNewTypesClockAfterReclassification() {
        clock.setToday(LocalDate.of(2025, 3, 12));
        String id = received("PETITION", "2025-03-10");
        step(LEADER, id, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                "2025-03-12")).statusCode(200).body("dueOn", is("2025-03-24"))
                .body("dueRule.sourceVerified", is(false));
        step(LEADER, id, "classification", 1, Map.of("legalType", "COMPLAINT", "reason", "Thực chất là khiếu nại",
                "reclassifiedOn", "2025-03-12")).statusCode(200).body("legalType", is("COMPLAINT"))
                .body("acceptedOn", is("2025-03-12")).body("dueOn", is("2025-04-11"));
    }

    /** The list's due-state filters and the views' due states come from one definition: they never disagree. */
    @Test
    void shouldFilterByDueStateExactlyAsTheViewsJudgeIt() {
        clock.setToday(LocalDate.of(2025, 2, 17));
        String[] receipts = {"2025-01-02", "2025-01-20", "2025-02-03", "2025-02-06", "2025-02-10", "2025-02-14",
                "2025-02-17"};
        for (String day : receipts) {
            received("PETITION", day);
            received("COMPLAINT", day);
            received("DENUNCIATION", day);
        }
        List<Map<String, Object>> all = given().auth().oauth2(OFFICER).queryParam("size", 100)
                .queryParam("status", "RECEIVED").when().get("/api/dialogue/opinions").then().statusCode(200)
                .extract().path("$");
        for (DueState state : List.of(DueState.ON_TIME, DueState.DUE_SOON, DueState.OVERDUE,
                DueState.VERY_OVERDUE)) {
            Set<Object> judged = all.stream().filter(o -> state.name().equals(o.get("dueState")))
                    .map(o -> o.get("id")).collect(Collectors.toSet());
            List<String> filtered = given().auth().oauth2(OFFICER).queryParam("size", 100)
                    .queryParam("status", "RECEIVED").queryParam("dueState", state.name())
                    .when().get("/api/dialogue/opinions").then().statusCode(200).extract().path("id");
            assertEquals(judged, Set.copyOf(filtered), state.name());
        }
        // the complaint received 02/01 was due for acceptance on Monday 13/01: very overdue; the petition received
        // 17/02 is due 03/03 (10 working days): on time; the complaint received 06/02 is due today: due soon
        assertEquals(true, all.stream().anyMatch(o -> "VERY_OVERDUE".equals(o.get("dueState"))));
        assertEquals(true, all.stream().anyMatch(o -> "ON_TIME".equals(o.get("dueState"))));
        assertEquals(true, all.stream().anyMatch(o -> "DUE_SOON".equals(o.get("dueState"))));
    }
}
