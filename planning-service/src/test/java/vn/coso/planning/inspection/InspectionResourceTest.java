package vn.coso.planning.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.planning.Plans.document;
import static vn.coso.planning.Plans.post;
import static vn.coso.platform.testing.DemoUnits.CELL_DA_RON_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.TestClock;
import vn.coso.platform.testing.Tokens;

/**
 * A commune's inspection and supervision programme from plan to the last follow-up: the items planned, each carried
 * out and concluded, a point to remedy overdue then done, a discipline matter recorded, the figures of the plan and of
 * /progress, the table with Vietnamese headings, and who may read a record that names members.
 */
@QuarkusTest
class InspectionResourceTest {

    static final String PROGRAMMES = "/api/planning/inspection-programmes";
    static final String INSPECTIONS = "/api/planning/inspections";
    static final String LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");
    static final String INSPECTOR = Tokens.of("inspector-kado", COMMUNE_KA_DO, "inspector");

    @Inject
    TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Inject
    EntityManager em;

    static Map<String, Object> item(String kind, String mode, int quarter, List<String> contents,
            List<Map<String, Object>> subjects) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("mode", mode);
        body.put("quarter", quarter);
        body.put("contents", contents);
        body.put("lead", "Đồng chí Phó Bí thư Thường trực Đảng ủy");
        body.put("subjects", subjects);
        return body;
    }

    static Map<String, Object> organisation(UUID unit) {
        return Map.of("unitId", unit.toString());
    }

    static Map<String, Object> member(UUID cell, String name) {
        return Map.of("unitId", cell.toString(), "memberName", name);
    }

    static String programme(String token, UUID unit, int year, String body, String issuedOn) {
        String doc = document(token, unit, "PROGRAMME", issuedOn);
        return post(token, PROGRAMMES, Map.of("unitId", unit.toString(), "year", year, "body", body, "documentId",
                doc)).statusCode(201).extract().path("id");
    }

    static String plan(String token, String programme, Map<String, Object> item) {
        return post(token, PROGRAMMES + "/" + programme + "/inspections", item).statusCode(201).extract().path("id");
    }

    /** Starts and concludes an item, answering the record. */
    static ValidatableResponse carryOut(String token, UUID unit, String id, String startedOn, String noticeOn,
            boolean violation, List<Map<String, Object>> remedies) {
        post(token, INSPECTIONS + "/" + id + "/start", "\"0\"", Map.of("team", "Tổ kiểm tra 3 đồng chí",
                "startedOn", startedOn)).statusCode(200).body("status", is("IN_PROGRESS"));
        String notice = document(token, unit, "NOTICE", noticeOn);
        return post(token, INSPECTIONS + "/" + id + "/conclusion", "\"1\"", Map.of("noticeDocumentId", notice,
                "findings", "Chấp hành cơ bản tốt", "conclusion", "Có ưu điểm và hạn chế như sau", "violation",
                violation, "remedies", remedies)).statusCode(200).body("status", is("CONCLUDED"));
    }

    long reads(String id) {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where action = 'READ' "
                + "and resource_type = 'inspection' and resource_id = :id").setParameter("id", id)
                .getSingleResult()).longValue();
    }

    @Test
    void shouldCarryAProgrammeFromPlanToTheLastFollowUp() {
        clock.setToday(LocalDate.of(2026, 1, 12));
        String doc = document(LEADER, COMMUNE_KA_DO, "PROGRAMME", "2026-01-05");
        var created = post(LEADER, PROGRAMMES, Map.of("unitId", COMMUNE_KA_DO.toString(), "year", 2026, "body",
                "COMMITTEE", "documentId", doc)).statusCode(201)
                .body("documentNumber", matchesPattern("\\d+-CTr/.+")).extract();
        String programme = created.path("id");
        // the list shows the programme with the same number
        given().auth().oauth2(LEADER).queryParam("year", 2026).queryParam("unitId", COMMUNE_KA_DO.toString())
                .when().get(PROGRAMMES).then().statusCode(200)
                .body("find { it.id == '" + programme + "' }.documentNumber",
                        is(created.<String>path("documentNumber")));
        post(LEADER, PROGRAMMES, Map.of("unitId", COMMUNE_KA_DO.toString(), "year", 2026, "body", "COMMITTEE",
                "documentId", doc)).statusCode(409);
        // a plan is a programme document of the unit, nothing else
        String plainPlan = document(LEADER, COMMUNE_KA_DO, "PLAN", "2026-01-05");
        post(LEADER, PROGRAMMES, Map.of("unitId", COMMUNE_KA_DO.toString(), "year", 2026, "body",
                "INSPECTION_COMMITTEE", "documentId", plainPlan)).statusCode(400)
                .body("errors[0].field", is("documentId"));

        String inspection = plan(INSPECTOR, programme, item("INSPECTION", "THEMATIC", 1,
                List.of("PARTY_RULES", "FORBIDDEN_CONDUCT"), List.of(organisation(CELL_QUANG_LAP_1),
                        member(CELL_QUANG_LAP_1, "Nguyễn Văn An"), member(CELL_QUANG_LAP_1, "Trần Thị Bình"))));
        String supervision = plan(INSPECTOR, programme, item("SUPERVISION", "REGULAR", 2,
                List.of("EXAMPLE_SETTING"), List.of(organisation(CELL_QUANG_LAP_2))));
        post(INSPECTOR, PROGRAMMES + "/" + programme + "/inspections", item("INSPECTION", "REGULAR", 3,
                List.of("NOT_A_CONTENT"), List.of(organisation(CELL_QUANG_LAP_2)))).statusCode(400)
                .body("errors[0].field", is("contents"));
        post(INSPECTOR, PROGRAMMES + "/" + programme + "/inspections", item("INSPECTION", "REGULAR", 3,
                List.of("PARTY_RULES"), List.of(organisation(COMMUNE_KA_DO)))).statusCode(400)
                .body("errors[0].field", is("subjects[0].unitId"));
        post(INSPECTOR, PROGRAMMES + "/" + programme + "/inspections", item("INSPECTION", "REGULAR", 3,
                List.of("PARTY_RULES"), List.of(organisation(CELL_DA_RON_1)))).statusCode(400)
                .body("errors[0].field", is("subjects[0].unitId"));

        // the programme lists organisations and counts members, never names them
        String listed = given().auth().oauth2(LEADER).when().get(PROGRAMMES + "/" + programme).then()
                .statusCode(200).body("items", hasSize(2)).body("items[0].members", is(2))
                .body("items[0].organisations", is(List.of(CELL_QUANG_LAP_1.toString())))
                .extract().asString();
        assertEquals(false, listed.contains("Nguyễn Văn An"));

        clock.setToday(LocalDate.of(2026, 2, 2));
        post(INSPECTOR, INSPECTIONS + "/" + inspection + "/start", "\"0\"", Map.of("team", "Tổ kiểm tra",
                "startedOn", "2026-02-02")).statusCode(200).body("status", is("IN_PROGRESS"));
        clock.setToday(LocalDate.of(2026, 3, 2));
        String notice = document(LEADER, COMMUNE_KA_DO, "NOTICE", "2026-03-02");
        Map<String, Object> conclusion = Map.of("noticeDocumentId", notice, "findings", "Sổ biên bản thiếu 3 kỳ",
                "conclusion", "Chi bộ có hạn chế; đồng chí An vi phạm quy định", "violation", true, "remedies",
                List.of(Map.of("text", "Bổ sung biên bản sinh hoạt chi bộ", "workingDays", 10),
                        Map.of("text", "Kiểm điểm trước chi bộ", "dueOn", "2026-04-30")));
        post(INSPECTOR, INSPECTIONS + "/" + inspection + "/conclusion", "\"0\"", conclusion).statusCode(412);
        post(INSPECTOR, INSPECTIONS + "/" + inspection + "/conclusion", "\"1\"", Map.of("noticeDocumentId",
                notice, "findings", "x", "conclusion", "x", "violation", false, "remedies",
                List.of(Map.of("text", "Không có thời hạn")))).statusCode(400)
                .body("errors[0].field", is("remedies[0]"));
        // Monday 02/03/2026 + 10 working days: 3–6 March (4), 9–13 March (5), Monday 16 March (10th); no holiday
        post(INSPECTOR, INSPECTIONS + "/" + inspection + "/conclusion", "\"1\"", conclusion).statusCode(200)
                .body("concludedOn", is("2026-03-02")).body("remedies[0].dueOn", is("2026-03-16"))
                .body("remedies[0].workingDays", is(10)).body("remedies[1].dueOn", is("2026-04-30"));

        clock.setToday(LocalDate.of(2026, 3, 20));
        given().auth().oauth2(LEADER).queryParam("year", 2026).queryParam("unit", COMMUNE_KA_DO.toString())
                .when().get(PROGRAMMES + "/progress").then().statusCode(200)
                .body("total.inspectionsPlanned", is(1)).body("total.inspectionsHeld", is(1))
                .body("total.supervisionsPlanned", is(1)).body("total.supervisionsHeld", is(0))
                .body("total.planPercent", is(50)).body("total.quarters[0].held", is(1))
                .body("total.quarters[1].planned", is(1)).body("total.remediesOpen", is(2))
                .body("total.remediesOverdue", is(1));
        given().auth().oauth2(INSPECTOR).queryParam("unitId", COMMUNE_KA_DO.toString()).when()
                .get(INSPECTIONS + "/overdue").then().statusCode(200)
                .body("findAll { it.inspectionId == '%s' }.dueOn".formatted(inspection), is(List.of("2026-03-16")));

        // the record names the members: read by need-to-know only, and every read audited
        long before = reads(inspection);
        String remedy = given().auth().oauth2(LEADER).when().get(INSPECTIONS + "/" + inspection).then()
                .statusCode(200).body("subjects[1].memberName", is("Nguyễn Văn An"))
                .body("remedies[0].overdue", is(true)).extract().path("remedies[0].id");
        assertEquals(before + 1, reads(inspection));
        given().auth().oauth2(Tokens.of("organizer-kado", COMMUNE_KA_DO, "organizer")).when()
                .get(INSPECTIONS + "/" + inspection).then().statusCode(403);
        given().auth().oauth2(Tokens.of("organizer-province", PROVINCE, "organizer")).when()
                .get(INSPECTIONS + "/" + inspection).then().statusCode(200);
        given().auth().oauth2(Tokens.of("integration-kado", COMMUNE_KA_DO, "integration")).when()
                .get(INSPECTIONS + "/" + inspection).then().statusCode(403);
        assertEquals(before + 2, reads(inspection));

        clock.setToday(LocalDate.of(2026, 3, 25));
        post(INSPECTOR, INSPECTIONS + "/" + inspection + "/remedies/" + remedy + "/follow-up", "\"0\"",
                Map.of("doneOn", "2026-02-27", "evidence", "x")).statusCode(400).body("errors[0].field", is("doneOn"));
        post(INSPECTOR, INSPECTIONS + "/" + inspection + "/remedies/" + remedy + "/follow-up", "\"0\"",
                Map.of("doneOn", "2026-03-24", "evidence", "Biên bản sinh hoạt chi bộ đã bổ sung, trình 24/3"))
                .statusCode(200).body("doneOn", is("2026-03-24")).body("overdue", is(false));
        given().auth().oauth2(INSPECTOR).queryParam("unitId", COMMUNE_KA_DO.toString()).when()
                .get(INSPECTIONS + "/overdue").then().statusCode(200)
                .body("findAll { it.inspectionId == '%s' }".formatted(inspection), empty());
        // the violation found goes to the competent body; coso records what it decided
        post(INSPECTOR, INSPECTIONS + "/" + inspection + "/discipline", "\"2\"", Map.of("form", "REPRIMAND",
                "decidingBody", "Ủy ban Kiểm tra Đảng ủy xã Ka Đô", "decidedOn", "2026-03-25", "reference",
                "05-QĐ/UBKTĐU")).statusCode(200).body("discipline.form", is("REPRIMAND"));

        clock.setToday(LocalDate.of(2026, 6, 10));
        carryOut(INSPECTOR, COMMUNE_KA_DO, supervision, "2026-05-04", "2026-06-01", false, List.of());
        post(INSPECTOR, INSPECTIONS + "/" + supervision + "/discipline", "\"2\"", Map.of("form", "WARNING",
                "decidingBody", "x", "decidedOn", "2026-06-05")).statusCode(422)
                .body("rule", is("INSPECTION-DISCIPLINE-VIOLATION"));
        given().auth().oauth2(LEADER).queryParam("year", 2026).queryParam("unit", COMMUNE_KA_DO.toString())
                .when().get(PROGRAMMES + "/progress").then().statusCode(200)
                .body("total.planPercent", is(100)).body("total.remediesOpen", is(1))
                // "Kiểm điểm trước chi bộ", due 30/04, is not done by 10/06
                .body("total.remediesOverdue", is(1)).body("total.quarters[1].held", is(1));

        // the programme's held items count towards the targets of /progress
        for (Map<String, Object> target : List.of(
                Map.<String, Object>of("indicator", "INSPECTIONS", "value", 1),
                Map.<String, Object>of("indicator", "INSPECTIONS", "category", "MEMBERS", "value", 2),
                Map.<String, Object>of("indicator", "SUPERVISIONS", "category", "ORGANISATIONS", "value", 2))) {
            Map<String, Object> body = new HashMap<>(target);
            body.put("year", 2026);
            body.put("unitId", COMMUNE_KA_DO.toString());
            post(LEADER, "/api/planning/targets", body).statusCode(201);
        }
        given().auth().oauth2(LEADER).queryParam("year", 2026).queryParam("unit", COMMUNE_KA_DO.toString())
                .when().get("/api/planning/progress").then().statusCode(200)
                .body("items.find { it.indicator == 'INSPECTIONS' && it.category == '' }.current.actual", is(1))
                .body("items.find { it.indicator == 'INSPECTIONS' && it.category == 'MEMBERS' }.current.actual", is(2))
                .body("items.find { it.indicator == 'SUPERVISIONS' }.current.actual", is(1))
                .body("items.find { it.indicator == 'SUPERVISIONS' }.current.percent", is(50));

        String csv = given().auth().oauth2(LEADER).accept("text/csv").queryParam("year", 2026)
                .queryParam("unit", COMMUNE_KA_DO.toString()).when().get(PROGRAMMES + "/progress").then()
                .statusCode(200).body(containsString("Tỷ lệ thực hiện kế hoạch (%)"))
                .body(containsString("Quý 1: đã tiến hành")).body(not(containsString("Nguyễn Văn An")))
                .extract().asString();
        assertEquals(true, csv.lines().anyMatch(l -> l.contains("Ka Đô") && l.contains("100")), csv);
        given().auth().oauth2(LEADER).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("year", 2026).queryParam("unit", COMMUNE_KA_DO.toString()).when()
                .get(PROGRAMMES + "/progress").then().statusCode(200);
    }

    @Test
    void shouldListTheContentsAndRulesInForceOnADayWithTheirSources() {
        given().auth().oauth2(INSPECTOR).queryParam("on", "2019-06-01").when().get(PROGRAMMES + "/codes").then()
                .statusCode(200)
                // Quy định 37-QĐ/TW dates from 25/10/2021: not yet a content in 2019
                .body("contents.code", not(org.hamcrest.Matchers.hasItem("FORBIDDEN_CONDUCT")))
                .body("contents.find { it.code == 'PARTY_FINANCE' }.sourceArticle", is("Điều 32, khoản 6"))
                .body("rules.find { it.code == 'REMEDY_DEADLINE' }", is((Object) null));
        given().auth().oauth2(INSPECTOR).queryParam("on", "2025-06-02").when().get(PROGRAMMES + "/codes").then()
                .statusCode(200)
                .body("contents.code", org.hamcrest.Matchers.hasItem("FORBIDDEN_CONDUCT"))
                .body("rules.find { it.code == 'REMEDY_DEADLINE' }.sourceDocument", containsString("296-QĐ/TW"))
                .body("rules.find { it.code == 'REMEDY_DEADLINE' }.sourceVerified", is(false))
                // the guidance of 22-QĐ/TW ended with it on 29/05/2025
                .body("rules.find { it.code == 'WORKING_PERIODS' }", is((Object) null));
        given().auth().oauth2(INSPECTOR).queryParam("on", "2022-01-10").when().get(PROGRAMMES + "/codes").then()
                .statusCode(200)
                .body("rules.find { it.code == 'WORKING_PERIODS' }.sourceDocument", containsString("02-HD/TW"))
                .body("rules.find { it.code == 'REMEDY_DEADLINE' }.sourceDocument", containsString("22-QĐ/TW"));
    }
}
