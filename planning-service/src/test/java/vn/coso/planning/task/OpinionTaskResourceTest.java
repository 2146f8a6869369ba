package vn.coso.planning.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.coso.planning.Plans.post;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_QUANG_LAP;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PEOPLES_COMMITTEE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.TestClock;
import vn.coso.platform.testing.Tokens;

/**
 * dialogue-service turns an assigned opinion into the handler unit's task (issue 16, part 5): set by the opinion's
 * id, so that a retried delivery never creates a second task; updated when the opinion moves or its deadline is
 * extended; reported on and completed by the unit like any task.
 */
@QuarkusTest
class OpinionTaskResourceTest {

    /** dialogue-service's own account: the province, with the role only it has. */
    static final String DIALOGUE = Tokens.of("service-account-coso-dialogue-service", PROVINCE, "integration",
            "dialogue-service");
    static final String KA_DO_LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");
    /** Assigned on Monday 02/11/2026; the clock stands on Tuesday 01/12/2026. */
    static final LocalDate ASSIGNED = LocalDate.of(2026, 11, 2);
    static final LocalDate DUE = LocalDate.of(2026, 12, 14);

    @Inject
    TestClock clock;

    @BeforeEach
    void onTheFirstOfDecember2026() {
        clock.setToday(LocalDate.of(2026, 12, 1));
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    static Map<String, Object> request(UUID unit, LocalDate dueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit.toString());
        body.put("title", "Giải quyết ý kiến về đất đai (giao ngày 02/11/2026)");
        body.put("description", "Kiểm tra thực địa, trả lời bằng văn bản");
        body.put("assignedOn", ASSIGNED.toString());
        body.put("dueOn", dueOn.toString());
        body.put("requestedBy", "officer-kado");
        return body;
    }

    static ValidatableResponse put(String token, UUID opinion, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .put("/api/planning/opinion-tasks/" + opinion).then();
    }

    @Test
    void shouldCreateOneTaskPerOpinionHoweverOftenDeliveredAndKeepItOpenToTheUnit() {
        UUID opinion = UUID.randomUUID();
        var created = put(DIALOGUE, opinion, request(PEOPLES_COMMITTEE_KA_DO, DUE)).statusCode(201)
                .body("opinion.id", is(opinion.toString())).extract();
        String id = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/planning/tasks/" + id));
        put(DIALOGUE, opinion, request(PEOPLES_COMMITTEE_KA_DO, DUE)).statusCode(200).body("id", is(id))
                .body("version", is(0));

        // the commune sees it among its tasks, without a document, linked back to the opinion
        given().auth().oauth2(KA_DO_LEADER).when().get("/api/planning/tasks/" + id).then().statusCode(200)
                .body("documentId", nullValue()).body("documentNumber", nullValue())
                .body("unitId", is(PEOPLES_COMMITTEE_KA_DO.toString()))
                .body("opinion.href", is("/api/dialogue/opinions/" + opinion))
                .body("opinion.assignedOn", is("2026-11-02")).body("dueOn", is("2026-12-14"))
                .body("status", is("OPEN")).body("overdue", is(false));
        given().auth().oauth2(KA_DO_LEADER).queryParam("unitId", PEOPLES_COMMITTEE_KA_DO).when()
                .get("/api/planning/tasks").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.opinion.id", is(opinion.toString()));

        // the deadline extended and the opinion moved to the office: the same task follows
        put(DIALOGUE, opinion, request(OFFICE_KA_DO, DUE.plusDays(10))).statusCode(200).body("id", is(id))
                .body("unitId", is(OFFICE_KA_DO.toString())).body("dueOn", is("2026-12-24")).body("version", is(1));

        // a note cannot precede the assignment, as one on a document's task cannot precede the document
        post(KA_DO_LEADER, "/api/planning/tasks/" + id + "/notes", "\"1\"", Map.of("note", "Đã đi thực địa",
                "progress", 50, "writtenOn", "2026-11-01")).statusCode(400).body("errors[0].field", is("writtenOn"));
        post(KA_DO_LEADER, "/api/planning/tasks/" + id + "/completion", "\"1\"", Map.of("completedOn",
                "2026-11-30")).statusCode(200).body("status", is("DONE"));

        // done: the same request still answers it, another one is refused and changes nothing
        put(DIALOGUE, opinion, request(OFFICE_KA_DO, DUE.plusDays(10))).statusCode(200).body("status", is("DONE"));
        put(DIALOGUE, opinion, request(OFFICE_KA_DO, DUE.plusDays(20))).statusCode(409);
        given().auth().oauth2(DIALOGUE).queryParam("opinion", opinion).queryParam("opinion", UUID.randomUUID())
                .when().get("/api/planning/opinion-tasks").then().statusCode(200).body("", hasSize(1))
                .body("[0].id", is(id)).body("[0].status", is("DONE")).body("[0].completedOn", is("2026-11-30"))
                .body("[0].dueOn", is("2026-12-24"));
    }

    @Test
    void shouldRefuseWhatNoUnitCouldDo() {
        UUID opinion = UUID.randomUUID();
        // due before the assignment
        put(DIALOGUE, opinion, request(PEOPLES_COMMITTEE_KA_DO, ASSIGNED.minusDays(1))).statusCode(400)
                .body("errors[0].field", is("dueOn"));
        // Quảng Lập ended on 30/06/2025 (merged into Ka Đô): it cannot be handed an opinion of 2026
        put(DIALOGUE, opinion, request(COMMUNE_QUANG_LAP, DUE)).statusCode(422)
                .body("rule", is("TASK-UNIT-ENDED"));
        Map<String, Object> noTitle = request(PEOPLES_COMMITTEE_KA_DO, DUE);
        noTitle.remove("title");
        put(DIALOGUE, opinion, noTitle).statusCode(400).body("errors[0].field", is("title"));
        // only dialogue-service's account sets these tasks: a commune's leader cannot
        put(KA_DO_LEADER, opinion, request(PEOPLES_COMMITTEE_KA_DO, DUE)).statusCode(403);
        // an account of another commune cannot hand work to Ka Đô
        put(Tokens.of("dialogue-dran", COMMUNE_DRAN, "dialogue-service"), opinion,
                request(PEOPLES_COMMITTEE_KA_DO, DUE)).statusCode(404);
        given().auth().oauth2(DIALOGUE).queryParam("opinion", opinion).when().get("/api/planning/opinion-tasks")
                .then().statusCode(200).body("", hasSize(0));
    }
}
