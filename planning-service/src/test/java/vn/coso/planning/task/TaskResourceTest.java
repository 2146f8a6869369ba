package vn.coso.planning.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.coso.planning.Plans.document;
import static vn.coso.planning.Plans.post;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.TestClock;
import vn.coso.platform.testing.Tokens;

@QuarkusTest
class TaskResourceTest {

    @Inject
    TestClock clock;

    /** The tasks below fall due in 2025; the tests run as on 1 December 2026, whatever the day of the run. */
    @org.junit.jupiter.api.BeforeEach
    void onTheFirstOfDecember2026() {
        clock.setToday(java.time.LocalDate.of(2026, 12, 1));
    }

    @org.junit.jupiter.api.AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    static final String KA_DO_LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");
    static final String SECRETARY = Tokens.of("secretary-ql1", CELL_QUANG_LAP_1, "secretary");

    static Map<String, Object> task(String document, UUID unit, LocalDate dueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("documentId", document);
        body.put("unitId", unit.toString());
        body.put("title", "Báo cáo kết quả thực hiện kế hoạch");
        body.put("dueOn", dueOn.toString());
        return body;
    }

    static ValidatableResponse create(String token, Map<String, Object> body) {
        return post(token, "/api/planning/tasks", body);
    }

    /** Another commune's document is unknown to Ka Đô, exactly like an id that does not exist: no oracle. */
    @Test
    void shouldTreatAnotherCommunesDocumentAsUnknown() {
        String dran = document(Tokens.of("leader-dran", COMMUNE_DRAN, "leader"), COMMUNE_DRAN, "PLAN", "2025-08-04");
        LocalDate due = clock.today().plusDays(30);
        var other = create(KA_DO_LEADER, task(dran, CELL_QUANG_LAP_1, due)).statusCode(400)
                .body("errors[0].field", is("documentId")).extract().asString();
        var unknown = create(KA_DO_LEADER, task(java.util.UUID.randomUUID().toString(), CELL_QUANG_LAP_1, due))
                .statusCode(400).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(unknown.getString("detail"),
                io.restassured.path.json.JsonPath.from(other).getString("detail"));
    }

    @Test
    void shouldFollowATaskFromItsDocumentToCompletion() {
        String plan = document(KA_DO_LEADER, COMMUNE_KA_DO, "PLAN", "2025-08-01");
        LocalDate today = clock.today();
        String id = create(KA_DO_LEADER, task(plan, CELL_QUANG_LAP_1, today.plusDays(30))).statusCode(201)
                .body("status", is("OPEN")).body("overdue", is(false)).body("documentNumber", is(
                        given().auth().oauth2(KA_DO_LEADER).get("/api/planning/documents/" + plan).then()
                                .extract().path("number").toString()))
                .extract().path("id");

        // the cell's secretary sees the task of the cell and reports on it
        given().auth().oauth2(SECRETARY).queryParam("unitId", CELL_QUANG_LAP_1.toString())
                .when().get("/api/planning/tasks").then().statusCode(200)
                .body("find { it.id == '%s' }.title".formatted(id), is("Báo cáo kết quả thực hiện kế hoạch"));
        post(SECRETARY, "/api/planning/tasks/" + id + "/notes", "\"0\"",
                Map.of("note", "Đã họp chi bộ, phân công đảng viên", "progress", 40))
                .statusCode(200).body("status", is("IN_PROGRESS")).body("progress", is(40))
                .body("notes", hasSize(1)).body("notes[0].author", is("secretary-ql1"));
        post(SECRETARY, "/api/planning/tasks/" + id + "/completion", "\"1\"",
                Map.of("completedOn", today.toString(), "note", "Đã gửi báo cáo"))
                .statusCode(200).body("status", is("DONE")).body("progress", is(100)).body("daysLate", is(0));
        // a closed task takes no more notes
        post(SECRETARY, "/api/planning/tasks/" + id + "/notes", "\"2\"", Map.of("note", "x", "progress", 50))
                .statusCode(409);
        given().auth().oauth2(KA_DO_LEADER).when().get("/api/planning/tasks/" + id).then().statusCode(200)
                .body("status", is("DONE")).body("notes", hasSize(1)).header("ETag", is("\"2\""));
    }

    @Test
    void shouldListOverdueTasksPerUnit() {
        String plan = document(KA_DO_LEADER, COMMUNE_KA_DO, "PLAN", "2025-09-01");
        LocalDate due = LocalDate.of(2025, 10, 30);
        String late = create(KA_DO_LEADER, task(plan, CELL_QUANG_LAP_2, due)).statusCode(201)
                .body("overdue", is(true))
                .body("daysLate", is((int) ChronoUnit.DAYS.between(due, clock.today())))
                .extract().path("id");
        create(KA_DO_LEADER, task(plan, CELL_QUANG_LAP_2, due.plusDays(5))).statusCode(201);
        String doneLate = create(KA_DO_LEADER, task(plan, CELL_QUANG_LAP_2, due)).statusCode(201).extract().path("id");
        post(KA_DO_LEADER, "/api/planning/tasks/" + doneLate + "/completion", "\"0\"",
                Map.of("completedOn", "2025-11-05")).statusCode(200)
                .body("overdue", is(false)).body("daysLate", is(6));
        String cancelled = create(KA_DO_LEADER, task(plan, CELL_QUANG_LAP_2, due)).statusCode(201).extract().path("id");
        post(KA_DO_LEADER, "/api/planning/tasks/" + cancelled + "/cancel", "\"0\"",
                Map.of("reason", "Đã lồng ghép vào kế hoạch khác")).statusCode(200).body("status", is("CANCELLED"));

        given().auth().oauth2(KA_DO_LEADER).queryParam("unitId", COMMUNE_KA_DO.toString())
                .when().get("/api/planning/tasks/overdue").then().statusCode(200)
                .body("find { it.unitId == '%s' }.count".formatted(CELL_QUANG_LAP_2), is(2))
                .body("find { it.unitId == '%s' }.unitName".formatted(CELL_QUANG_LAP_2), is("Chi bộ thôn 2 Quảng Lập"))
                .body("find { it.unitId == '%s' }.tasks[0].id".formatted(CELL_QUANG_LAP_2), is(late));
        // a page of units: one unit per page, the total counting every unit with overdue tasks
        int units = given().auth().oauth2(KA_DO_LEADER).queryParam("unitId", COMMUNE_KA_DO.toString())
                .queryParam("size", 100).when().get("/api/planning/tasks/overdue").then().statusCode(200)
                .extract().path("size()");
        given().auth().oauth2(KA_DO_LEADER).queryParam("unitId", COMMUNE_KA_DO.toString()).queryParam("size", 1)
                .when().get("/api/planning/tasks/overdue").then().statusCode(200).body("size()", is(1))
                .header("X-Total-Count", String.valueOf(units));
        given().auth().oauth2(KA_DO_LEADER).queryParam("unitId", CELL_QUANG_LAP_2.toString())
                .queryParam("overdue", true).when().get("/api/planning/tasks").then().statusCode(200)
                .header("X-Total-Count", is("2"));
        // D'Ran does not see Ka Đô's late units
        given().auth().oauth2(Tokens.of("leader-dran", COMMUNE_DRAN, "leader")).queryParam("unitId",
                COMMUNE_KA_DO.toString()).when().get("/api/planning/tasks/overdue").then().statusCode(404);
    }

    @Test
    void shouldExplainBadTasksAndWriteNothing() {
        String plan = document(KA_DO_LEADER, COMMUNE_KA_DO, "PLAN", "2025-10-01");
        create(KA_DO_LEADER, task(plan, CELL_QUANG_LAP_1, LocalDate.of(2025, 9, 30)))
                .statusCode(400).body("errors[0].field", is("dueOn"));
        String province = Tokens.of("organizer-province", PROVINCE, "organizer");
        create(province, task(plan, COMMUNE_DRAN, LocalDate.of(2025, 12, 31)))
                .statusCode(422).body("rule", is("TASK-UNIT-BELOW-ISSUER"));
        create(KA_DO_LEADER, task(UUID.randomUUID().toString(), CELL_QUANG_LAP_1, LocalDate.of(2025, 12, 31)))
                .statusCode(400).body("errors[0].field", is("documentId"));
        Map<String, Object> noTitle = task(plan, CELL_QUANG_LAP_1, LocalDate.of(2025, 12, 31));
        noTitle.remove("title");
        create(KA_DO_LEADER, noTitle).statusCode(400).body("errors[0].field", is("title"));
        given().auth().oauth2(KA_DO_LEADER).queryParam("documentId", plan).when().get("/api/planning/tasks")
                .then().statusCode(200).body("", hasSize(0));

        String id = create(KA_DO_LEADER, task(plan, CELL_QUANG_LAP_1, LocalDate.of(2025, 12, 31))).statusCode(201)
                .extract().path("id");
        post(KA_DO_LEADER, "/api/planning/tasks/" + id + "/notes", Map.of("note", "x", "progress", 10))
                .statusCode(428);
        post(KA_DO_LEADER, "/api/planning/tasks/" + id + "/notes", "\"5\"", Map.of("note", "x", "progress", 10))
                .statusCode(412);
        post(KA_DO_LEADER, "/api/planning/tasks/" + id + "/notes", "\"0\"", Map.of("note", "x", "progress", 101))
                .statusCode(400).body("errors[0].field", is("progress"));
        post(KA_DO_LEADER, "/api/planning/tasks/" + id + "/completion", "\"0\"", Map.of("completedOn", "2025-09-01"))
                .statusCode(400).body("errors[0].field", is("completedOn"));
        given().auth().oauth2(KA_DO_LEADER).queryParam("status", "FINISHED").when().get("/api/planning/tasks")
                .then().statusCode(400);
        given().auth().oauth2(KA_DO_LEADER).when().get("/api/planning/tasks/" + id).then().statusCode(200)
                .body("status", is("OPEN")).body("notes", hasSize(0)).body("version", is(0));
    }
}
