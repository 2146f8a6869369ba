package vn.coso.planning.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.coso.planning.Plans.document;
import static vn.coso.planning.Plans.post;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.Tokens;

@QuarkusTest
class ReportResourceTest {

    static final String PROVINCE_ORGANIZER = Tokens.of("organizer-province", PROVINCE, "organizer");
    static final String KA_DO_LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");
    static final String DRAN_ORGANIZER = Tokens.of("organizer-dran", COMMUNE_DRAN, "organizer");

    static Map<String, Object> report(String plan, UUID unit, String period, int year, int number,
            String submittedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", plan);
        body.put("unitId", unit.toString());
        body.put("period", period);
        body.put("year", year);
        body.put("number", number);
        body.put("submittedOn", submittedOn);
        body.put("summary", "Kết nạp 3 đảng viên; tổ chức 3 buổi đối thoại");
        return body;
    }

    static ValidatableResponse submit(String token, Map<String, Object> body) {
        return post(token, "/api/planning/reports", body);
    }

    static ValidatableResponse status(String plan, String period, int year, int number) {
        return given().auth().oauth2(PROVINCE_ORGANIZER).queryParam("planId", plan).queryParam("period", period)
                .queryParam("year", year).queryParam("number", number)
                .when().get("/api/planning/reports/status").then();
    }

    @Test
    void shouldShowWhoReportedOnTimeLateOrNotAtAll() {
        String plan = document(PROVINCE_ORGANIZER, PROVINCE, "PLAN", "2025-08-01", COMMUNE_KA_DO, COMMUNE_DRAN,
                COMMUNE_DON_DUONG);
        submit(KA_DO_LEADER, report(plan, COMMUNE_KA_DO, "QUARTER", 2025, 3, "2025-09-25")).statusCode(201)
                .body("dueOn", is("2025-09-30")).body("late", is(false));
        submit(DRAN_ORGANIZER, report(plan, COMMUNE_DRAN, "QUARTER", 2025, 3, "2025-10-10")).statusCode(201)
                .body("late", is(true));
        submit(KA_DO_LEADER, report(plan, COMMUNE_KA_DO, "QUARTER", 2025, 3, "2025-09-26")).statusCode(409);

        status(plan, "QUARTER", 2025, 3).statusCode(200).body("", hasSize(3))
                .body("find { it.unitId == '%s' }.state".formatted(COMMUNE_KA_DO), is("SUBMITTED_ON_TIME"))
                .body("find { it.unitId == '%s' }.state".formatted(COMMUNE_DRAN), is("SUBMITTED_LATE"))
                .body("find { it.unitId == '%s' }.state".formatted(COMMUNE_DON_DUONG), is("MISSING"))
                .body("[0].state", is("MISSING"));
        submit(KA_DO_LEADER, report(plan, COMMUNE_KA_DO, "HALF_YEAR", 2025, 2, "2025-12-20")).statusCode(201)
                .body("dueOn", is("2025-12-31"));
        status(plan, "QUARTER", 2030, 1).statusCode(200).body("state", everyItem(is("NOT_DUE_YET")));
        // a commune reads only its own reports
        given().auth().oauth2(DRAN_ORGANIZER).queryParam("planId", plan).when().get("/api/planning/reports")
                .then().statusCode(200).body("", hasSize(1)).body("[0].unitId", is(COMMUNE_DRAN.toString()));
    }

    @Test
    void shouldRefuseReportsOutsideThePlanAndItsPeriods() {
        String plan = document(PROVINCE_ORGANIZER, PROVINCE, "PLAN", "2025-08-02", COMMUNE_KA_DO);
        submit(KA_DO_LEADER, report(plan, COMMUNE_KA_DO, "HALF_YEAR", 2025, 3, "2025-09-25"))
                .statusCode(400).body("errors[0].field", is("number"));
        submit(KA_DO_LEADER, report(plan, COMMUNE_KA_DO, "QUARTER", 2025, 2, "2025-09-25"))
                .statusCode(422).body("rule", is("REPORT-BEFORE-PLAN"));
        submit(KA_DO_LEADER, report(plan, COMMUNE_KA_DO, "QUARTER", 2025, 4, "2025-09-25"))
                .statusCode(400).body("errors[0].field", is("submittedOn"));
        submit(KA_DO_LEADER, report(plan, COMMUNE_KA_DO, "MONTH", 2025, 4, "2025-09-25"))
                .statusCode(400).body("errors[0].field", is("period"));
        String letter = document(PROVINCE_ORGANIZER, PROVINCE, "LETTER", "2025-08-02", COMMUNE_KA_DO);
        submit(KA_DO_LEADER, report(letter, COMMUNE_KA_DO, "QUARTER", 2025, 3, "2025-09-25"))
                .statusCode(400).body("errors[0].field", is("planId"));
        // Ka Đô's own plan is not addressed to D'Ran, nor is D'Ran under Ka Đô
        String kaDoPlan = document(KA_DO_LEADER, COMMUNE_KA_DO, "PLAN", "2025-08-03");
        submit(PROVINCE_ORGANIZER, report(kaDoPlan, COMMUNE_DRAN, "QUARTER", 2025, 3, "2025-09-25"))
                .statusCode(422).body("rule", is("REPORT-NOT-ADDRESSED"));
        given().auth().oauth2(PROVINCE_ORGANIZER).queryParam("planId", plan).when().get("/api/planning/reports")
                .then().statusCode(200).body("", hasSize(0));
    }
}
