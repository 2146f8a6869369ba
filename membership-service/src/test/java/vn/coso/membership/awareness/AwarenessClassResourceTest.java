package vn.coso.membership.awareness;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.coso.membership.pipeline.Admissions.candidate;
import static vn.coso.membership.pipeline.Admissions.create;
import static vn.coso.membership.pipeline.Admissions.pipeline;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

@QuarkusTest
class AwarenessClassResourceTest extends WithDemoUnits {

    static final String ORGANIZER = Tokens.of("organizer-kado", COMMUNE_KA_DO, "organizer");

    @Test
    void shouldIssueCertificatesToThoseWhoPassed() {
        String passes = create(ORGANIZER, candidate(CELL_QUANG_LAP_1, "Học Viên Đạt", "2000-02-02", Map.of()));
        String fails = create(ORGANIZER, candidate(CELL_QUANG_LAP_2, "Học Viên Chưa Đạt", "2000-02-02", Map.of()));
        String classId = given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body(Map.of("unitId", COMMUNE_KA_DO.toString(), "organiser", "Trung tâm Chính trị xã Ka Đô",
                        "title", "Lớp bồi dưỡng nhận thức về Đảng khóa 1/2025", "startsOn", "2025-03-10",
                        "endsOn", "2025-03-14"))
                .when().post("/api/membership/awareness-classes").then().statusCode(201).extract().path("id");

        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body(Map.of("candidateIds", List.of(passes, fails, passes)))
                .when().post("/api/membership/awareness-classes/{id}/participants", classId)
                .then().statusCode(200).body("participants", hasSize(2)).header("ETag", "\"1\"");

        Map<String, Object> results = Map.of("issuedOn", "2025-03-20", "results", List.of(
                Map.of("candidateId", passes, "passed", true, "certificateNumber", "15/GCN"),
                Map.of("candidateId", fails, "passed", false)));
        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(results)
                .when().put("/api/membership/awareness-classes/{id}/results", classId).then().statusCode(412);
        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("issuedOn", "2025-03-20", "results", List.of(Map.of("candidateId",
                        java.util.UUID.randomUUID().toString(), "passed", true))))
                .when().put("/api/membership/awareness-classes/{id}/results", classId).then().statusCode(400)
                .body("errors[0].field", is("results[0].candidateId"));
        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(results)
                .when().put("/api/membership/awareness-classes/{id}/results", classId).then().statusCode(200)
                .body("resultsOn", is("2025-03-20"));

        pipeline(ORGANIZER, passes).body("stage", is("CERTIFIED")).body("certificate.number", is("15/GCN"))
                .body("certificate.classId", is(classId));
        pipeline(ORGANIZER, fails).body("stage", is("LISTED")).body("certificate", nullValue());
        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(results)
                .when().put("/api/membership/awareness-classes/{id}/results", classId).then().statusCode(409);
        given().auth().oauth2(ORGANIZER).queryParam("year", 2025).when().get("/api/membership/awareness-classes")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(classId));
    }

    @Test
    void shouldRefuseAClassEndingBeforeItStarts() {
        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body(Map.of("unitId", COMMUNE_KA_DO.toString(), "organiser", "TTCT", "title", "Lớp ngược",
                        "startsOn", "2025-03-10", "endsOn", "2025-03-01"))
                .when().post("/api/membership/awareness-classes").then().statusCode(400)
                .body("errors[0].field", is("endsOn"));
    }
}
