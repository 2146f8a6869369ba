package vn.coso.planning.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.planning.Plans.document;
import static vn.coso.planning.Plans.post;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_QUANG_LAP;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_3;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.AccessMatrix;
import vn.coso.platform.testing.AccessMatrix.Endpoint;
import vn.coso.platform.testing.TestClock;
import vn.coso.platform.testing.Tokens;

/**
 * Every planning endpoint against every role, from Ka Đô (the records' commune) and from D'Ran: a role that may not
 * call an endpoint gets 403; a role that may, but from the other commune, gets 404 as if the record did not exist.
 * Versioned writes carry a stale If-Match, so that passing the role check shows as 412 and changes nothing.
 */
@QuarkusTest
class AccessMatrixTest {

    @Inject
    TestClock clock;

    static final Set<String> WRITERS = Set.of("leader", "organizer");
    static final Set<String> PLAN_READERS = Set.of("admin", "leader", "organizer", "secretary", "integration");
    static final Set<String> REGISTRY_READERS = Set.of("admin", "organizer", "secretary", "leader",
            "dialogue-officer", "handler", "supervisor", "integration", "inspector");
    static final Set<String> DOCUMENT_WRITERS = Set.of("leader", "organizer", "secretary", "inspector");
    static final Set<String> INSPECTION_WRITERS = Set.of("leader", "secretary", "inspector");
    static final Set<String> PROGRAMME_READERS = Set.of("leader", "organizer", "secretary", "inspector");
    static final Set<String> INSPECTION_FIGURES = Set.of("admin", "leader", "organizer", "secretary", "inspector",
            "integration");
    static final String CSV = "text/csv";

    @Test
    void shouldRefuseOtherRolesAndOtherSubtreesOnEveryEndpoint() {
        String leader = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");
        String today = clock.today().toString();
        String plan = document(leader, COMMUNE_KA_DO, "PLAN", "2025-08-05", COMMUNE_KA_DO);
        String target = post(leader, "/api/planning/targets", Map.of("year", 2028, "unitId",
                COMMUNE_KA_DO.toString(), "indicator", "DIALOGUE_SESSIONS", "value", 12)).statusCode(201)
                .extract().path("id");
        // Quảng Lập merged into Ka Đô on 01/07/2025: its target is Ka Đô's to re-map
        String abolished = post(leader, "/api/planning/targets", Map.of("year", 2025, "unitId",
                COMMUNE_QUANG_LAP.toString(), "indicator", "DIALOGUE_SESSIONS", "value", 12)).statusCode(201)
                .extract().path("id");
        String task = post(leader, "/api/planning/tasks", Map.of("documentId", plan, "unitId",
                COMMUNE_KA_DO.toString(), "title", "Sơ kết 6 tháng", "dueOn", "2027-06-30")).statusCode(201)
                .extract().path("id");
        // of 2027: InitiativeResourceTest counts Ka Đô's initiatives of 2026
        String initiative = post(leader, "/api/planning/initiatives", Map.of("unitId", COMMUNE_KA_DO.toString(),
                "year", 2027, "name", "Mô hình kiểm tra quyền", "registeredOn", "2026-02-01")).statusCode(201)
                .extract().path("id");
        // an inspection committee's programme of 2030, one inspection concluded with a point to remedy
        clock.setToday(java.time.LocalDate.of(2030, 1, 15));
        String inspector = Tokens.of("inspector-kado", COMMUNE_KA_DO, "inspector");
        String programmeDoc = document(inspector, COMMUNE_KA_DO, "PROGRAMME", "2030-01-15");
        String programme = post(inspector, "/api/planning/inspection-programmes", Map.of("unitId",
                COMMUNE_KA_DO.toString(), "year", 2030, "body", "INSPECTION_COMMITTEE", "documentId", programmeDoc))
                .statusCode(201).extract().path("id");
        Map<String, Object> item = Map.of("kind", "INSPECTION", "mode", "REGULAR", "quarter", 1, "contents",
                List.of("PARTY_RULES"), "lead", "Chủ nhiệm UBKT", "subjects",
                List.of(Map.of("unitId", CELL_QUANG_LAP_1.toString())));
        String inspection = post(inspector, "/api/planning/inspection-programmes/" + programme + "/inspections",
                item).statusCode(201).extract().path("id");
        post(inspector, "/api/planning/inspections/" + inspection + "/start", "\"0\"", Map.of("team", "Tổ kiểm tra",
                "startedOn", "2030-01-15")).statusCode(200);
        String noticeDoc = document(inspector, COMMUNE_KA_DO, "NOTICE", "2030-01-15");
        String remedy = post(inspector, "/api/planning/inspections/" + inspection + "/conclusion", "\"1\"",
                Map.of("noticeDocumentId", noticeDoc, "findings", "x", "conclusion", "x", "violation", true,
                        "remedies", List.of(Map.of("text", "Khắc phục", "workingDays", 5))))
                .statusCode(200)
                .extract().path("remedies[0].id");
        clock.reset();
        String inspections = "/api/planning/inspections/" + inspection;
        String units = "/api/planning/units";
        String targets = "/api/planning/targets";
        String tasks = "/api/planning/tasks";
        String kaDo = COMMUNE_KA_DO.toString();
        Map<String, Object> share = Map.of("mode", "REFUSE", "shares", List.of(Map.of("unitId", kaDo, "value", 1)),
                "reason", "Sáp nhập");
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", units, Map.of("code", "MATRIX-THON-1", "name", "Thôn kiểm tra quyền", "kind",
                        "VILLAGE", "validFrom", "2026-01-01", "parentId", kaDo), Set.of("admin"), true),
                new Endpoint("POST", units + "/" + VILLAGE_QUANG_LAP_3 + "/moves", Map.of("parentId", kaDo, "from",
                        today), Set.of("admin"), true),
                new Endpoint("POST", units + "/" + VILLAGE_QUANG_LAP_3 + "/end", Map.of("validTo", today,
                        "successors", List.of()), Set.of("admin"), true),
                new Endpoint("GET", units + "/" + kaDo, null, REGISTRY_READERS, true),
                new Endpoint("GET", units + "/" + kaDo + "/subtree", null, REGISTRY_READERS, true),
                new Endpoint("GET", units, null, REGISTRY_READERS, false),
                new Endpoint("GET", units + "/changes", null, Set.of("admin", "integration"), false),
                new Endpoint("GET", "/api/planning/feed", null, Set.of("integration"), false),
                new Endpoint("POST", "/api/planning/documents", Map.of("issuerId", kaDo, "type", "NOTICE",
                        "issuedOn", "2025-09-01", "title", "Thông báo"), DOCUMENT_WRITERS, true),
                new Endpoint("GET", "/api/planning/documents/" + plan, null, REGISTRY_READERS, true),
                new Endpoint("POST", "/api/planning/documents/" + plan + "/cancel", Map.of("reason", "x"), WRITERS,
                        true),
                new Endpoint("GET", "/api/planning/terms?unitId=" + kaDo, null, Set.of("admin", "organizer",
                        "leader"), true),
                new Endpoint("POST", "/api/planning/terms", Map.of("unitId", kaDo, "name", "Nhiệm kỳ 2030–2035",
                        "startsOn", "2031-01-01", "endsOn", "2035-12-31"), Set.of("admin", "organizer"), true),
                new Endpoint("POST", targets, Map.of("year", 2028, "unitId", kaDo, "indicator", "ADMISSIONS",
                        "value", 5), WRITERS, true),
                new Endpoint("GET", targets + "/" + target, null, PLAN_READERS, true),
                new Endpoint("GET", targets + "/" + target + "/history", null, PLAN_READERS, true),
                new Endpoint("GET", targets + "?year=2028", null, PLAN_READERS, false),
                new Endpoint("GET", targets + "?year=2028", null, PLAN_READERS, false, CSV),
                new Endpoint("PUT", targets + "/" + target + "/allocations", Map.of("mode", "REFUSE", "shares",
                        List.of(Map.of("unitId", kaDo, "value", 1))), WRITERS, true),
                new Endpoint("POST", targets + "/" + abolished + "/remap", share, WRITERS, true),
                new Endpoint("PUT", targets + "/" + target + "/actual", Map.of("value", 3, "reportedOn", today),
                        Set.of("leader", "organizer", "secretary"), true),
                new Endpoint("GET", "/api/planning/indicators", null, PLAN_READERS, false),
                new Endpoint("POST", "/api/planning/indicators", Map.of("code", "MATRIX_CHECK", "name", "Kiểm tra",
                        "measure", "COUNT"), Set.of("admin"), false),
                new Endpoint("GET", "/api/planning/progress?year=2028&unit=" + kaDo, null, PLAN_READERS, true),
                new Endpoint("GET", "/api/planning/progress?year=2028&unit=" + kaDo, null, PLAN_READERS, true, CSV),
                new Endpoint("POST", tasks, Map.of("documentId", plan, "unitId", kaDo, "title", "Báo cáo", "dueOn",
                        "2027-01-31"), WRITERS, true),
                new Endpoint("GET", tasks + "/" + task, null, PLAN_READERS, true),
                new Endpoint("GET", tasks, null, PLAN_READERS, false),
                new Endpoint("GET", tasks + "/overdue?unitId=" + kaDo, null, PLAN_READERS, true),
                new Endpoint("POST", tasks + "/" + task + "/notes", Map.of("note", "Đang làm", "progress", 10),
                        Set.of("leader", "organizer", "secretary"), true),
                new Endpoint("POST", tasks + "/" + task + "/completion", Map.of("completedOn", today),
                        Set.of("leader", "organizer", "secretary"), true),
                new Endpoint("POST", tasks + "/" + task + "/cancel", Map.of("reason", "x"), WRITERS, true),
                // the unit comes in the body: an outsider's account is refused it (404) like any unit it cannot see
                new Endpoint("PUT", "/api/planning/opinion-tasks/" + UUID.randomUUID(), Map.of("unitId", kaDo,
                        "title", "Ý kiến", "assignedOn", today, "dueOn", today), Set.of("dialogue-service"), true),
                new Endpoint("GET", "/api/planning/opinion-tasks?opinion=" + UUID.randomUUID(), null,
                        Set.of("dialogue-service"), false),
                new Endpoint("POST", "/api/planning/reports", Map.of("planId", plan, "unitId", kaDo, "period",
                        "QUARTER", "year", 2025, "number", 4, "submittedOn", "2025-12-20", "summary", "Đã làm"),
                        Set.of("leader", "organizer", "secretary"), true),
                new Endpoint("GET", "/api/planning/reports", null, PLAN_READERS, false),
                new Endpoint("GET", "/api/planning/reports/status?planId=" + plan + "&period=QUARTER&year=2025"
                        + "&number=4", null, Set.of("admin", "leader", "organizer", "integration"), true),
                new Endpoint("POST", "/api/planning/initiatives", Map.of("unitId", kaDo, "year", 2027, "name",
                        "Mô hình thứ hai", "registeredOn", "2026-02-01"), Set.of("leader", "organizer", "secretary"),
                        true),
                new Endpoint("GET", "/api/planning/initiatives/" + initiative, null, PLAN_READERS, true),
                new Endpoint("GET", "/api/planning/initiatives", null, PLAN_READERS, false),
                new Endpoint("POST", "/api/planning/initiatives/" + initiative + "/review", Map.of("evaluation",
                        "GOOD", "results", "x", "reviewedOn", "2026-11-20"), WRITERS, true),
                new Endpoint("POST", "/api/planning/inspection-programmes", Map.of("unitId", kaDo, "year", 2030,
                        "body", "INSPECTION_COMMITTEE", "documentId", programmeDoc), INSPECTION_WRITERS, true),
                new Endpoint("GET", "/api/planning/inspection-programmes?year=2030", null, PROGRAMME_READERS, false),
                new Endpoint("GET", "/api/planning/inspection-programmes/" + programme, null, PROGRAMME_READERS,
                        true),
                new Endpoint("POST", "/api/planning/inspection-programmes/" + programme + "/inspections", item,
                        INSPECTION_WRITERS, true),
                new Endpoint("GET", "/api/planning/inspection-programmes/progress?year=2030&unit=" + kaDo, null,
                        INSPECTION_FIGURES, true),
                new Endpoint("GET", "/api/planning/inspection-programmes/progress?year=2030&unit=" + kaDo, null,
                        INSPECTION_FIGURES, true, CSV),
                new Endpoint("GET", "/api/planning/inspection-programmes/codes", null, INSPECTION_FIGURES, false),
                // an organiser of the commune may not read a record naming members (the province's may)
                new Endpoint("GET", inspections, null, INSPECTION_WRITERS, true),
                new Endpoint("POST", inspections + "/start", Map.of("team", "x", "startedOn", "2026-01-05"),
                        INSPECTION_WRITERS, true),
                new Endpoint("POST", inspections + "/conclusion", Map.of("noticeDocumentId", noticeDoc, "findings",
                        "x", "conclusion", "x", "violation", false), INSPECTION_WRITERS, true),
                new Endpoint("POST", inspections + "/remedies/" + remedy + "/follow-up", Map.of("doneOn",
                        "2026-01-05", "evidence", "x"), INSPECTION_WRITERS, true),
                new Endpoint("POST", inspections + "/discipline", Map.of("form", "WARNING", "decidingBody", "x",
                        "decidedOn", "2026-01-05"), INSPECTION_WRITERS, true),
                new Endpoint("GET", "/api/planning/inspections/overdue?unitId=" + kaDo, null, PROGRAMME_READERS,
                        true),
                new Endpoint("GET", "/api/planning/calendar/2026", null, REGISTRY_READERS, false),
                new Endpoint("GET", "/api/planning/calendar/overrides", null, REGISTRY_READERS, false),
                new Endpoint("GET", "/api/planning/calendar/working-days?from=2026-01-02&days=5", null,
                        REGISTRY_READERS, false),
                new Endpoint("PUT", "/api/planning/calendar/overrides/2099-01-02", Map.of("day", "2099-01-02",
                        "kind", "DAY_OFF", "name", "Kiểm tra quyền"), Set.of("admin"), false),
                new Endpoint("DELETE", "/api/planning/calendar/overrides/2099-01-02", null, Set.of("admin"), false));
        List<String> failures = AccessMatrix.failures(endpoints, COMMUNE_KA_DO, COMMUNE_DRAN, "999");
        assertEquals(List.of(), failures);
        // the stale If-Match kept every versioned record as it was
        given().auth().oauth2(leader).when().get(tasks + "/" + task).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("OPEN"));
        given().auth().oauth2(leader).when().get("/api/planning/documents/" + plan).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("ISSUED"));
        given().auth().oauth2(leader).when().get(inspections).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("CONCLUDED"))
                .body("remedies[0].doneOn", org.hamcrest.Matchers.nullValue())
                .body("discipline", org.hamcrest.Matchers.nullValue());
    }

}
