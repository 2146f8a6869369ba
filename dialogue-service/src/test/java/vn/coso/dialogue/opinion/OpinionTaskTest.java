package vn.coso.dialogue.opinion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.dialogue.Dialogues.opinion;
import static vn.coso.dialogue.Dialogues.record;
import static vn.coso.dialogue.Dialogues.session;
import static vn.coso.dialogue.Dialogues.step;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_2;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

import vn.coso.dialogue.opinion.service.TaskDelivery;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * An assigned opinion turned into the handler unit's task in planning-service (issue 16, part 5), planning played by
 * WireMock: the request kept while planning is down and delivered later with growing pauses, never twice; nothing
 * personal sent; the task's state shown on the opinion; a new due date followed; a refusal shown; and the task's
 * completion leaving the opinion open until the reply.
 */
@QuarkusTest
class OpinionTaskTest extends WithDemoUnits {

    static final String OFFICER = Tokens.of("officer-kado", COMMUNE_KA_DO, "dialogue-officer");
    static final String LEADER = Tokens.of("chu-tich-kado", COMMUNE_KA_DO, "leader");
    static final String HANDLER = Tokens.of("vp-kado", OFFICE_KA_DO, "handler");
    static final String TASKS = "/auth/api/planning/opinion-tasks";

    @OidcWireMock
    WireMockServer planning;
    @Inject
    TaskDelivery delivery;

    LocalDate today;
    String session;

    /** Wednesday 12/03/2025; a petition received on Monday 10/03 is due ten working days later, Monday 24/03. */
    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2025, 3, 12));
        today = clock.today();
        session = session(OFFICER, COMMUNE_KA_DO, VILLAGE_QUANG_LAP_2, today.minusDays(2));
    }

    @AfterEach
    void planningForgotten() {
        planning.listAllStubMappings().getMappings().stream()
                .filter(m -> m.getRequest().getUrlPath() != null && m.getRequest().getUrlPath().startsWith(TASKS))
                .toList().forEach(planning::removeStubMapping);
    }

    String assigned() {
        String id = record(OFFICER, opinion(session, "LAND", "PETITION", today.minusDays(2))).statusCode(201)
                .extract().path("id");
        step(LEADER, id, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                today.toString())).statusCode(200).body("dueOn", is("2025-03-24")).body("version", is(1));
        return id;
    }

    void planningAnswers(String opinion, int status, String body) {
        planning.stubFor(put(urlPathEqualTo(TASKS + "/" + opinion)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static String task(UUID task, String opinion, String status, int progress, String dueOn, String completedOn) {
        return """
                {"id": "%s", "unitId": "%s", "status": "%s", "progress": %d, "dueOn": "%s", "completedOn": %s,
                 "opinion": {"id": "%s", "href": "/api/dialogue/opinions/%s"}}"""
                .formatted(task, OFFICE_KA_DO, status, progress, dueOn,
                        completedOn == null ? "null" : "\"" + completedOn + "\"", opinion, opinion);
    }

    int deliveries(String opinion) {
        return planning.findAll(putRequestedFor(urlPathEqualTo(TASKS + "/" + opinion))).size();
    }

    @Test
    void shouldKeepTheRequestWhilePlanningIsDownAndDeliverItOnceItIsBack() {
        String id = assigned();
        planningAnswers(id, 503, "{}");

        step(OFFICER, id, "task", 1, Map.of("instructions", "Kiểm tra thực địa, trả lời bằng văn bản"))
                .statusCode(200).body("status", is("ASSIGNED"))
                .body("task.state", is("REQUESTED")).body("task.taskId", nullValue())
                .body("task.lastFailure", containsString("503")).body("task.requestedBy", is("officer-kado"))
                .body("history.kind", org.hamcrest.Matchers.hasItem("TASK_REQUESTED"));
        assertEquals(1, deliveries(id), "delivered at once");
        // what planning was sent: the unit, the dates, the type and topic; never the text or the speaker
        planning.verify(putRequestedFor(urlPathEqualTo(TASKS + "/" + id))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.unitId", equalTo(OFFICE_KA_DO.toString())))
                .withRequestBody(matchingJsonPath("$.assignedOn", equalTo("2025-03-12")))
                .withRequestBody(matchingJsonPath("$.dueOn", equalTo("2025-03-24")))
                .withRequestBody(matchingJsonPath("$.title",
                        equalTo("Giải quyết kiến nghị, phản ánh về Đất đai (tiếp nhận ngày 10/03/2025)")))
                .withRequestBody(matchingJsonPath("$.requestedBy", equalTo("officer-kado")))
                .withRequestBody(notContaining("Ka Sô Ha")).withRequestBody(notContaining("sạt lở")));

        // asked again: the one request stands (one history entry), tried once more
        step(OFFICER, id, "task", 1, Map.of()).statusCode(200).body("task.state", is("REQUESTED"));
        assertEquals(2, deliveries(id));
        given().auth().oauth2(OFFICER).when().get("/api/dialogue/opinions/{id}", id).then().statusCode(200)
                .body("history.findAll { it.kind == 'TASK_REQUESTED' }.size()", is(1));

        // two failures: the next try waits 30 s doubled, a minute; none before
        clock.advance(Duration.ofSeconds(59));
        assertEquals(0, delivery.deliverDue());
        assertEquals(2, deliveries(id));

        UUID taskId = UUID.randomUUID();
        planningAnswers(id, 201, task(taskId, id, "OPEN", 0, "2025-03-24", null));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(1, delivery.deliverDue());
        assertEquals(3, deliveries(id));
        assertEquals(0, delivery.deliverDue(), "delivered: not again");
        given().auth().oauth2(HANDLER).when().get("/api/dialogue/opinions/{id}", id).then().statusCode(200)
                .body("task.state", is("LINKED")).body("task.taskId", is(taskId.toString()))
                .body("task.href", is("/api/planning/tasks/" + taskId)).body("task.status", is("OPEN"))
                .body("task.lastFailure", nullValue());

        // the handler extends the deadline: the task follows it
        String extended = step(HANDLER, id, "extension", 1, Map.of("days", 5, "reason",
                "Chờ ý kiến cấp trên")).statusCode(200).body("task.state", is("UPDATING")).extract().path("dueOn");
        planningAnswers(id, 200, task(taskId, id, "IN_PROGRESS", 40, extended, null));
        assertEquals(1, delivery.deliverDue());
        planning.verify(putRequestedFor(urlPathEqualTo(TASKS + "/" + id))
                .withRequestBody(matchingJsonPath("$.dueOn", equalTo(extended))));
        // a progress note of the handler changes no date: nothing to tell planning
        step(HANDLER, id, "progress", 2, Map.of("note", "Đã đi thực địa")).statusCode(200)
                .body("task.state", is("LINKED")).body("task.dueOn", is(extended));

        // planning says the task is done: the opinion shows it, and stays assigned until the handler replies
        planning.stubFor(get(urlPathEqualTo(TASKS)).withQueryParam("opinion", equalTo(id)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("[" + task(taskId, id, "DONE", 100, extended, "2025-03-20") + "]")));
        clock.advance(Duration.ofDays(8));
        assertEquals(1, delivery.syncOpen());
        given().auth().oauth2(OFFICER).when().get("/api/dialogue/opinions/{id}", id).then().statusCode(200)
                .body("status", is("ASSIGNED")).body("task.status", is("DONE")).body("task.progress", is(100))
                .body("task.completedOn", is("2025-03-20"));
        assertEquals(0, delivery.syncOpen(), "a task done is not read again");
        step(HANDLER, id, "reply", 2, Map.of("reply", "Đã đo đạc, cấp lại giấy", "repliedOn", "2025-03-20"))
                .statusCode(200).body("status", is("REPLIED"));
    }

    @Test
    void shouldShowARefusalAndRefuseWhatIsNotAssigned() {
        String id = assigned();
        planningAnswers(id, 422, "{\"rule\": \"TASK-UNIT-ENDED\"}");
        step(OFFICER, id, "task", 1, Map.of()).statusCode(200).body("task.state", is("REFUSED"))
                .body("task.lastFailure", containsString("422"));
        clock.advance(Duration.ofHours(2));
        assertEquals(0, delivery.deliverDue(), "a refusal is not retried");
        assertEquals(1, deliveries(id));

        // only an assigned opinion becomes a task; a stale version changes nothing
        String received = record(OFFICER, opinion(session, "LAND", "PETITION", today.minusDays(2))).statusCode(201)
                .extract().path("id");
        step(OFFICER, received, "task", 0, Map.of()).statusCode(409);
        step(OFFICER, id, "task", 0, Map.of()).statusCode(412);
        // a handler cannot ask for its own task; another commune's officer does not see the opinion
        step(HANDLER, id, "task", 1, Map.of()).statusCode(403);
        step(Tokens.of("officer-dran", vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN, "dialogue-officer"), id,
                "task", 1, Map.of()).statusCode(404);
        assertEquals(0, deliveries(received));
        assertEquals(List.of(), planning.findAll(putRequestedFor(urlPathEqualTo(TASKS + "/" + received))));
    }
}
