package vn.coso.membership.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.coso.membership.pipeline.Admissions.candidate;
import static vn.coso.membership.pipeline.Admissions.certificate;
import static vn.coso.membership.pipeline.Admissions.create;
import static vn.coso.membership.pipeline.Admissions.document;
import static vn.coso.membership.pipeline.Admissions.post;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

@QuarkusTest
class AlertResourceTest extends WithDemoUnits {

    static final String SECRETARY = Tokens.of("secretary-kado", COMMUNE_KA_DO, "secretary");

    @Test
    void shouldListOverdueVerificationsExpiringCertificatesAndCandidatesTurningSixty() {
        var today = clock.today();
        // a verification sent two months ago, due a month ago, never answered
        String late = create(SECRETARY, candidate(CELL_QUANG_LAP_2, "Thẩm Tra Quá Hạn", "1990-01-01", Map.of()));
        certificate(SECRETARY, late, today.minusMonths(3));
        document(SECRETARY, late, "APPLICATION", today.minusMonths(3).plusDays(1));
        document(SECRETARY, late, "PERSONAL_HISTORY", today.minusMonths(3).plusDays(2));
        post(SECRETARY, late, "verifications", Map.of("subject", "FATHER", "place", "Đảng ủy xã Hiệp Thạnh",
                "sentOn", today.minusMonths(2).toString(), "dueOn", today.minusMonths(1).toString())).statusCode(201);
        // a certificate issued almost 60 months ago
        String expiring = create(SECRETARY, candidate(CELL_QUANG_LAP_2, "Sắp Hết Hạn", "1990-01-01", Map.of()));
        certificate(SECRETARY, expiring, today.minusMonths(60).plusDays(3));
        // turning 60 next week
        String elder = create(SECRETARY, candidate(CELL_QUANG_LAP_2, "Sắp Sáu Mươi",
                today.minusYears(60).plusDays(5).toString(), Map.of()));
        // nothing due for a year
        String calm = create(SECRETARY, candidate(CELL_QUANG_LAP_2, "Không Có Gì", "1995-01-01", Map.of()));
        certificate(SECRETARY, calm, today.minusDays(3));

        var alerts = given().auth().oauth2(SECRETARY).queryParam("within", 10).queryParam("size", 100).when()
                .get("/api/membership/alerts").then().statusCode(200);
        int all = alerts.extract().path("size()");
        // a page of one: the total still counts them all
        given().auth().oauth2(SECRETARY).queryParam("within", 10).queryParam("size", 1).when()
                .get("/api/membership/alerts").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(1))
                .header("X-Total-Count", String.valueOf(all));
        alerts.body("findAll { it.candidateId == '" + late + "' }.kind", hasItem("VERIFICATION_DUE"))
                .body("findAll { it.candidateId == '" + late + "' }.overdue", hasItem(true))
                .body("findAll { it.candidateId == '" + expiring + "' }.kind", hasItem("CERTIFICATE_EXPIRES"))
                .body("findAll { it.candidateId == '" + elder + "' }.kind", hasItem("TURNS_60"))
                .body("candidateId", not(hasItem(calm)));
        given().auth().oauth2(Tokens.of("outsider", vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN, "secretary"))
                .when().get("/api/membership/alerts").then().statusCode(200)
                .body("candidateId", not(hasItem(late)));
        given().auth().oauth2(SECRETARY).queryParam("within", -1).when().get("/api/membership/alerts")
                .then().statusCode(400);
    }
}
