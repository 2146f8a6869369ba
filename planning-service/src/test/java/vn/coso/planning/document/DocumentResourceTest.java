package vn.coso.planning.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.DISTRICT_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.Tokens;

@QuarkusTest
class DocumentResourceTest {

    static final String KA_DO_LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");
    static final String DRAN_ORGANIZER = Tokens.of("organizer-dran", COMMUNE_DRAN, "organizer");
    static final String PROVINCE_ORGANIZER = Tokens.of("organizer-province", PROVINCE, "organizer");

    static Map<String, Object> document(UUID issuer, String type, String issuedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuerId", issuer.toString());
        body.put("type", type);
        body.put("issuedOn", issuedOn);
        body.put("title", "Kế hoạch phát triển đảng viên năm 2026");
        return body;
    }

    static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/planning/documents").then();
    }

    static String number(int n, String rest) {
        return String.format("%02d-%s", n, rest);
    }

    static int sequence(ValidatableResponse created) {
        String number = created.statusCode(201).extract().path("number");
        return Integer.parseInt(number.substring(0, number.indexOf('-')));
    }

    @Test
    void shouldNumberPerIssuerAndTypeWithinTheTerm() {
        int first = sequence(post(KA_DO_LEADER, document(COMMUNE_KA_DO, "PLAN", "2025-08-01")));
        post(KA_DO_LEADER, document(COMMUNE_KA_DO, "PLAN", "2025-09-01")).statusCode(201)
                .body("number", is(number(first + 1, "KH/ĐU")));
        int resolution = sequence(post(KA_DO_LEADER, document(COMMUNE_KA_DO, "RESOLUTION", "2025-09-02")));
        post(KA_DO_LEADER, document(COMMUNE_KA_DO, "PLAN", "2025-09-03")).statusCode(201)
                .body("number", is(number(first + 2, "KH/ĐU")));
        post(KA_DO_LEADER, document(COMMUNE_KA_DO, "RESOLUTION", "2025-09-04")).statusCode(201)
                .body("number", is(number(resolution + 1, "NQ/ĐU")));
    }

    @Test
    void shouldRestartNumbersInEachCommitteeTerm() {
        // an earlier term of the district, recorded by the office; it may not overlap the current one
        given().auth().oauth2(PROVINCE_ORGANIZER).contentType(ContentType.JSON)
                .body(Map.of("unitId", DISTRICT_DON_DUONG.toString(), "name", "Nhiệm kỳ 2015–2020",
                        "startsOn", "2015-01-01", "endsOn", "2019-12-31"))
                .when().post("/api/planning/terms").then().statusCode(201);
        given().auth().oauth2(PROVINCE_ORGANIZER).contentType(ContentType.JSON)
                .body(Map.of("unitId", DISTRICT_DON_DUONG.toString(), "name", "Trùng", "startsOn", "2019-06-01",
                        "endsOn", "2021-12-31"))
                .when().post("/api/planning/terms").then().statusCode(422).body("rule", is("TERM-OVERLAP"));
        given().auth().oauth2(PROVINCE_ORGANIZER).queryParam("unitId", DISTRICT_DON_DUONG.toString())
                .when().get("/api/planning/terms").then().statusCode(200)
                .body("name", contains("Nhiệm kỳ 2015–2020", "Nhiệm kỳ 2020–2025"));
        int current = sequence(post(PROVINCE_ORGANIZER, document(DISTRICT_DON_DUONG, "DIRECTIVE", "2024-03-01")));
        Map<String, Object> old = document(DISTRICT_DON_DUONG, "DIRECTIVE", "2018-05-10");
        old.put("registeredNumber", number(current + 40, "CT/HU"));
        post(PROVINCE_ORGANIZER, old).statusCode(201).body("registered", is(true));
        // the old term's number does not move the current term's sequence
        post(PROVINCE_ORGANIZER, document(DISTRICT_DON_DUONG, "DIRECTIVE", "2024-03-02")).statusCode(201)
                .body("number", is(number(current + 1, "CT/HU")));
    }

    @Test
    void shouldRegisterTheSeedsPaperDocumentsWithTheirLinks() {
        Map<String, Object> resolution = document(DISTRICT_DON_DUONG, "RESOLUTION", "2022-12-26");
        resolution.put("registeredNumber", "Số 07-NQ/HU");
        resolution.put("title", "Nghị quyết về công tác phát triển đảng viên");
        String resolutionId = post(PROVINCE_ORGANIZER, resolution).statusCode(201)
                .body("number", is("07-NQ/HU")).extract().path("id");

        Map<String, Object> plan = document(DISTRICT_DON_DUONG, "PLAN", "2023-02-15");
        plan.put("registeredNumber", "100-KH/HU");
        plan.put("implementsDocuments", List.of(resolutionId));
        plan.put("recipients", List.of(COMMUNE_KA_DO.toString()));
        post(PROVINCE_ORGANIZER, plan).statusCode(201)
                .body("number", is("100-KH/HU"))
                .body("implementsDocuments", contains(resolutionId));
        // the next plan of that term continues after the paper one
        post(PROVINCE_ORGANIZER, document(DISTRICT_DON_DUONG, "PLAN", "2023-03-01")).statusCode(201)
                .body("number", is("101-KH/HU"));
        post(PROVINCE_ORGANIZER, plan).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldNeverGiveACancelledNumberAgain() {
        ValidatableResponse created = post(KA_DO_LEADER, document(COMMUNE_KA_DO, "NOTICE", "2025-10-01"));
        String id = created.statusCode(201).extract().path("id");
        String number = created.extract().path("number");
        int n = Integer.parseInt(number.substring(0, number.indexOf('-')));

        given().auth().oauth2(KA_DO_LEADER).contentType(ContentType.JSON).body(Map.of("reason", "Ban hành nhầm"))
                .when().post("/api/planning/documents/{id}/cancel", id)
                .then().statusCode(428);
        given().auth().oauth2(KA_DO_LEADER).contentType(ContentType.JSON).body(Map.of("reason", "Ban hành nhầm"))
                .header("If-Match", "\"0\"")
                .when().post("/api/planning/documents/{id}/cancel", id)
                .then().statusCode(200).body("status", is("CANCELLED")).body("number", is(number));
        post(KA_DO_LEADER, document(COMMUNE_KA_DO, "NOTICE", "2025-10-02")).statusCode(201)
                .body("number", is(number(n + 1, "TB/ĐU")));
        Map<String, Object> reuse = document(COMMUNE_KA_DO, "NOTICE", "2025-10-03");
        reuse.put("registeredNumber", number);
        post(KA_DO_LEADER, reuse).statusCode(409);
    }

    @Test
    void shouldExplainABadNumberPerField() {
        for (String[] bad : new String[][]{{"500/BC-ĐU", "registeredNumber"}, {"501-KH/ĐU", "registeredNumber"},
                {"502-BC/HU", "registeredNumber"}, {"0-BC/ĐU", "registeredNumber"}}) {
            Map<String, Object> body = document(COMMUNE_KA_DO, "REPORT", "2025-11-01");
            body.put("registeredNumber", bad[0]);
            post(KA_DO_LEADER, body).statusCode(400).body("errors[0].field", is(bad[1]));
        }
    }

    @Test
    void shouldRefuseADateOutsideTheIssuersLifeOrTerms() {
        post(KA_DO_LEADER, document(COMMUNE_KA_DO, "PLAN", "2024-05-01")).statusCode(422)
                .body("rule", is("DOC-ISSUER-EXISTS"))
                .body("legalBasis", is("Hướng dẫn 36-HD/VPTW về thể thức và kỹ thuật trình bày văn bản của Đảng"));
        post(KA_DO_LEADER, document(COMMUNE_KA_DO, "PLAN", "2031-05-01")).statusCode(400)
                .body("errors[0].field", is("issuedOn"));
        post(PROVINCE_ORGANIZER, document(DISTRICT_DON_DUONG, "PLAN", "2014-05-01")).statusCode(422)
                .body("rule", is("DOC-ISSUER-EXISTS"));
    }

    @Test
    void shouldShowDocumentsToTheIssuersSubtreeAndToTheirRecipients() {
        String internal = post(KA_DO_LEADER, document(COMMUNE_KA_DO, "REPORT", "2025-11-10")).statusCode(201)
                .extract().path("id");
        Map<String, Object> addressed = document(COMMUNE_KA_DO, "LETTER", "2025-11-10");
        addressed.put("recipients", List.of(COMMUNE_DRAN.toString()));
        String letter = post(KA_DO_LEADER, addressed).statusCode(201).extract().path("id");

        given().auth().oauth2(DRAN_ORGANIZER).when().get("/api/planning/documents/{id}", letter).then().statusCode(200);
        given().auth().oauth2(DRAN_ORGANIZER).when().get("/api/planning/documents/{id}", internal).then()
                .statusCode(404);
        given().auth().oauth2(DRAN_ORGANIZER).queryParam("size", 100).when().get("/api/planning/documents")
                .then().statusCode(200).body("id", hasItem(letter)).body("id", not(hasItem(internal)));
        post(DRAN_ORGANIZER, document(COMMUNE_KA_DO, "PLAN", "2025-11-11")).statusCode(404);
        // a cell's secretary numbers the cell's documents, not the commune's; a read-only role none
        post(Tokens.of("secretary", CELL_QUANG_LAP_1, "secretary"), document(COMMUNE_KA_DO, "PLAN", "2025-11-11"))
                .statusCode(404);
        post(Tokens.of("integration", COMMUNE_KA_DO, "integration"), document(COMMUNE_KA_DO, "PLAN", "2025-11-11"))
                .statusCode(403);
    }

    @Test
    void shouldGiveDistinctConsecutiveNumbersToConcurrentRequests() throws Exception {
        int before = sequence(post(KA_DO_LEADER, document(COMMUNE_KA_DO, "DECISION", "2025-11-12")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Integer> issue = () -> sequence(
                        post(KA_DO_LEADER, document(COMMUNE_KA_DO, "DECISION", "2025-11-12")));
                results.add(pool.submit(issue));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> result : results) {
                numbers.add(result.get());
            }
            numbers.sort(null);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                expected.add(before + i);
            }
            assertEquals(expected, numbers);
        } finally {
            pool.shutdownNow();
        }
    }
}
