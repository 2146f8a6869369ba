package vn.coso.membership.candidate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.platform.testing.DemoUnits.CELL_LAC_XUAN_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_1;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.coso.membership.pipeline.Admissions;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

@QuarkusTest
class CandidateResourceTest extends WithDemoUnits {

    static final String KA_DO_SECRETARY = Tokens.of("secretary-kado", COMMUNE_KA_DO, "secretary");
    static final String DRAN_ORGANIZER = Tokens.of("organizer-dran", COMMUNE_DRAN, "organizer");

    static Map<String, Object> candidate(UUID cell, String name) {
        return Admissions.candidate(cell, name, "1998-03-14", Map.of("gender", "FEMALE"));
    }

    static String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/candidates")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .extract().path("id");
    }

    @Test
    void shouldShowACandidateToItsCommuneOnly() {
        String id = create(KA_DO_SECRETARY, candidate(CELL_QUANG_LAP_1, "Ka Thị Hoa"));

        given().auth().oauth2(KA_DO_SECRETARY).when().get("/api/membership/candidates/{id}", id)
                .then().statusCode(200).body("fullName", is("Ka Thị Hoa"));
        given().auth().oauth2(KA_DO_SECRETARY).queryParam("size", 100).when().get("/api/membership/candidates")
                .then().statusCode(200).body("id", hasItem(id));

        given().auth().oauth2(DRAN_ORGANIZER).when().get("/api/membership/candidates/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DRAN_ORGANIZER).queryParam("size", 100).when().get("/api/membership/candidates")
                .then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void shouldAnswer404ForACellOutsideTheSubtreeAndCreateNothing() throws SQLException {
        long before = count("select count(*) from candidate");
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON)
                .body(candidate(CELL_LAC_XUAN_1, "Người Ngoài"))
                .when().post("/api/membership/candidates")
                .then().statusCode(404);
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON)
                .body(candidate(VILLAGE_QUANG_LAP_1, "Không Phải Chi Bộ"))
                .when().post("/api/membership/candidates")
                .then().statusCode(400).body("errors[0].field", is("cellId"))
                .body("errors[0].message", is("Đơn vị phải là một chi bộ"));
        assertEquals(before, count("select count(*) from candidate"));
    }

    @Test
    void shouldReplayACreateRetriedWithTheSameIdempotencyKey() throws SQLException {
        long before = count("select count(*) from candidate");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(KA_DO_SECRETARY).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(candidate(CELL_QUANG_LAP_1, "Lơ Mu K'Bang"))
                .when().post("/api/membership/candidates")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(KA_DO_SECRETARY).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(candidate(CELL_QUANG_LAP_1, "Lơ Mu K'Bang"))
                .when().post("/api/membership/candidates")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/membership/candidates/" + first))
                .body("id", is(first));
        assertEquals(before + 1, count("select count(*) from candidate"));

        given().auth().oauth2(KA_DO_SECRETARY).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(candidate(CELL_QUANG_LAP_1, "Someone Else"))
                .when().post("/api/membership/candidates")
                .then().statusCode(422).body("type", is("https://coso.vn/problems/idempotency-key-reused"));
        assertEquals(before + 1, count("select count(*) from candidate"));
    }

    /**
     * Ten secretaries save the same dossier at the same moment with the version they all read: exactly one wins,
     * and each of the nine others is told the version moved (412), whichever way it lost the race.
     */
    @Test
    void shouldLetOneOfTenConcurrentEditorsWinAndTellTheOthers412() throws Exception {
        String id = create(KA_DO_SECRETARY, candidate(CELL_QUANG_LAP_1, "Người Sửa Cùng Lúc"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> edited = candidate(CELL_QUANG_LAP_1, "Người Sửa " + i);
            answers.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON).body(edited)
                        .header("If-Match", "\"0\"").when().put("/api/membership/candidates/{id}", id).then()
                        .extract().statusCode();
            }));
        }
        start.countDown();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        given().auth().oauth2(KA_DO_SECRETARY).when().get("/api/membership/candidates/{id}", id).then()
                .header("ETag", "\"1\"");
    }

    @Test
    void shouldRequireTheCurrentVersionToUpdate() {
        String id = create(KA_DO_SECRETARY, candidate(CELL_QUANG_LAP_1, "Nguyễn Văn A"));
        Map<String, Object> renamed = candidate(CELL_QUANG_LAP_1, "Nguyễn Văn An");

        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON).body(renamed)
                .when().put("/api/membership/candidates/{id}", id)
                .then().statusCode(428);
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON).body(renamed).header("If-Match", "\"0\"")
                .when().put("/api/membership/candidates/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("fullName", is("Nguyễn Văn An"));
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON).body(renamed).header("If-Match", "\"0\"")
                .when().put("/api/membership/candidates/{id}", id)
                .then().statusCode(412).header("ETag", "\"1\"");
    }

    @Test
    void shouldAuditEveryReadOfADossier() throws SQLException {
        String id = create(KA_DO_SECRETARY, candidate(CELL_QUANG_LAP_1, "Trần Thị B"));
        given().auth().oauth2(KA_DO_SECRETARY).when().get("/api/membership/candidates/{id}", id).then().statusCode(200);
        given().auth().oauth2(KA_DO_SECRETARY).when().get("/api/membership/candidates/{id}", id).then().statusCode(200);
        assertEquals(2, count("select count(*) from audit_log where action = 'READ' and resource_id = '" + id + "'"));
        assertEquals(1, count("select count(*) from audit_log where action = 'CREATE' and resource_id = '" + id
                + "' and actor_name = 'secretary-kado'"));
    }

    @Test
    void shouldRefuseBadInputPreciselyAndCreateNothing() throws SQLException {
        long before = count("select count(*) from candidate");
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("cellId", CELL_QUANG_LAP_1.toString(), "fullName", "X", "dateOfBirth", "1998-03-14",
                        "gender", "FEMALE", "nickname", "x"))
                .when().post("/api/membership/candidates")
                .then().statusCode(400).body("errors[0].field", is("$")); // the unknown name itself is not echoed
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("cellId", CELL_QUANG_LAP_1.toString(), "fullName", "X", "dateOfBirth", "1998-02-30",
                        "gender", "FEMALE"))
                .when().post("/api/membership/candidates")
                .then().statusCode(400).body("errors[0].field", is("dateOfBirth"));
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("cellId", CELL_QUANG_LAP_1.toString(), "fullName", " ", "dateOfBirth", "2999-01-01",
                        "gender", "FEMALE"))
                .when().post("/api/membership/candidates")
                .then().statusCode(400).body("errors.field", hasItem("fullName"))
                .body("errors.field", hasItem("dateOfBirth"));
        // no field of its own bound: the platform's (TextRules.MAX_TEXT, 8,000 characters), documented in the contract
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("cellId", CELL_QUANG_LAP_1.toString(), "fullName", "X", "dateOfBirth", "1998-03-14",
                        "gender", "FEMALE", "ethnicity", "K".repeat(8_001)))
                .when().post("/api/membership/candidates")
                .then().statusCode(400).body("errors[0].field", is("ethnicity"));
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON).body("{\"cellId\": ")
                .when().post("/api/membership/candidates")
                .then().statusCode(400).body("type", is("https://coso.vn/problems/malformed-request"));
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.XML).body("<candidate/>")
                .when().post("/api/membership/candidates")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON).body("x".repeat(2_000_000))
                .when().post("/api/membership/candidates")
                .then().statusCode(413);
        assertEquals(before, count("select count(*) from candidate"));
    }

    @Test
    void shouldRefuseParametersLongerOrMoreRepeatedThanThePlatformAllows() {
        // InputHygiene's limits (TextRules.MAX_PARAMETER, MAX_PARAMETER_VALUES), before any parameter is converted
        given().auth().oauth2(KA_DO_SECRETARY).header("Accept-Language", "en").queryParam("unit", "a".repeat(2_001))
                .when().get("/api/membership/candidates")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("unit"))
                .body("errors[0].message", is("The parameter is longer than 2,000 characters"));
        given().auth().oauth2(KA_DO_SECRETARY).header("Accept-Language", "en")
                .queryParam("stage", java.util.Collections.nCopies(101, "LISTED"))
                .when().get("/api/membership/candidates")
                .then().statusCode(400).body("errors[0].field", is("stage"))
                .body("errors[0].message", is("The parameter is repeated more than 100 times"));
    }

    @Test
    void shouldRefuseRolesThatMayNotSeeDossiers() {
        for (String role : new String[]{"supervisor", "integration", "citizen", "handler", "dialogue-officer"}) {
            given().auth().oauth2(Tokens.of("someone", COMMUNE_KA_DO, role))
                    .when().get("/api/membership/candidates")
                    .then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of("leader", COMMUNE_KA_DO, "leader")).contentType(ContentType.JSON)
                .body(candidate(CELL_QUANG_LAP_1, "Leader Cannot Create"))
                .when().post("/api/membership/candidates")
                .then().statusCode(403);
    }

    @Test
    void shouldFindNamesWithoutDiacriticsAndSortThemTheVietnameseWay() {
        String secretary = Tokens.of("secretary-ql2", CELL_QUANG_LAP_2, "secretary");
        String suffix = " Tìm" + UUID.randomUUID().toString().substring(0, 6);
        String anh = create(secretary, candidate(CELL_QUANG_LAP_2, "Nguyễn Văn Ánh" + suffix));
        String dung = create(secretary, candidate(CELL_QUANG_LAP_2, "Trần Thị Đông" + suffix));
        String duc = create(secretary, candidate(CELL_QUANG_LAP_2, "Nguyễn Văn Dũng" + suffix));
        given().auth().oauth2(secretary).queryParam("q", "nguyen van anh").when().get("/api/membership/candidates")
                .then().statusCode(200).body("id", hasItem(anh)).body("id", not(hasItem(duc)));
        given().auth().oauth2(secretary).queryParam("q", "DONG" + suffix.toUpperCase().replace("Ì", "I"))
                .when().get("/api/membership/candidates")
                .then().statusCode(200).body("id", is(java.util.List.of(dung)));
        given().auth().oauth2(secretary).queryParam("q", "100%").when().get("/api/membership/candidates")
                .then().statusCode(200).header("X-Total-Count", "0");
        // Vietnamese lists sort by given name: Ánh, Dũng, Đông (d before đ), whatever the family name
        given().auth().oauth2(secretary).queryParam("q", "van").queryParam("size", 100)
                .when().get("/api/membership/candidates")
                .then().statusCode(200).body("id", hasItem(anh));
        java.util.List<String> ids = given().auth().oauth2(secretary).queryParam("q", suffix.strip())
                .when().get("/api/membership/candidates").then().statusCode(200).extract().path("id");
        assertEquals(java.util.List.of(anh, duc, dung), ids);
    }

    @Test
    void shouldFilterByUnitStageCategoryAndSource() {
        String suffix = " Lọc" + UUID.randomUUID().toString().substring(0, 6);
        String woman = create(KA_DO_SECRETARY, Admissions.candidate(CELL_QUANG_LAP_1, "Ka Thị Nữ" + suffix,
                "1999-01-01", Map.of("gender", "FEMALE", "ethnicity", "16", "sourceOrganisation", "WOMENS_UNION")));
        String man = create(KA_DO_SECRETARY, Admissions.candidate(CELL_QUANG_LAP_2, "Ka Văn Nam" + suffix,
                "1999-01-01", Map.of()));
        String q = suffix.strip();
        given().auth().oauth2(KA_DO_SECRETARY).queryParam("q", q).queryParam("category", "WOMEN")
                .when().get("/api/membership/candidates").then().statusCode(200)
                .body("id", is(java.util.List.of(woman)));
        given().auth().oauth2(KA_DO_SECRETARY).queryParam("q", q).queryParam("category", "ETHNIC_MINORITY")
                .when().get("/api/membership/candidates").then().body("id", is(java.util.List.of(woman)));
        given().auth().oauth2(KA_DO_SECRETARY).queryParam("q", q).queryParam("source", "YOUTH_UNION")
                .when().get("/api/membership/candidates").then().body("id", is(java.util.List.of(man)));
        given().auth().oauth2(KA_DO_SECRETARY).queryParam("q", q).queryParam("unit", CELL_QUANG_LAP_2.toString())
                .when().get("/api/membership/candidates").then().body("id", is(java.util.List.of(man)));
        given().auth().oauth2(KA_DO_SECRETARY).queryParam("q", q).queryParam("stage", "LISTED")
                .queryParam("year", 2023).queryParam("category", "RURAL_CELLS")
                .when().get("/api/membership/candidates").then().header("X-Total-Count", "2");
        given().auth().oauth2(KA_DO_SECRETARY).queryParam("unit", CELL_LAC_XUAN_1.toString())
                .when().get("/api/membership/candidates").then().statusCode(404);
        given().auth().oauth2(KA_DO_SECRETARY).queryParam("category", "ALIENS")
                .when().get("/api/membership/candidates").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("RURAL_CELLS"));
    }

    @Test
    void shouldRefuseCodesOutsideTheCodeLists() {
        given().auth().oauth2(KA_DO_SECRETARY).contentType(ContentType.JSON)
                .body(Admissions.candidate(CELL_QUANG_LAP_1, "Mã Sai", "1999-01-01",
                        Map.of("ethnicity", "55", "religion", "JEDI")))
                .when().post("/api/membership/candidates")
                .then().statusCode(400).body("errors.field", hasItem("ethnicity"))
                .body("errors.field", hasItem("religion"));
        given().auth().oauth2(KA_DO_SECRETARY).when().get("/api/membership/code-lists")
                .then().statusCode(200).body("ethnicities.size()", is(54))
                .body("ethnicities.find { it.code == '16' }.name", is("Cơ Ho"))
                .body("religions[0].code", is("NONE"));
    }

}
