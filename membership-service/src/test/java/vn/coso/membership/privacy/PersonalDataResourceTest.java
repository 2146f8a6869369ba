package vn.coso.membership.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.membership.pipeline.Admissions.candidate;
import static vn.coso.membership.pipeline.Admissions.certificate;
import static vn.coso.membership.pipeline.Admissions.create;
import static vn.coso.membership.pipeline.Admissions.post;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

@QuarkusTest
class PersonalDataResourceTest extends WithDemoUnits {

    static final String ORGANIZER = Tokens.of("organizer-kado", COMMUNE_KA_DO, "organizer");
    static final String ADMIN = Tokens.of("admin", COMMUNE_KA_DO, "admin");

    @Test
    void shouldExportEverythingAndEraseOnlyAClosedDossierKeepingTheFigures() throws SQLException {
        String id = create(ORGANIZER, candidate(CELL_QUANG_LAP_1, "Xóa Dữ Liệu", "1997-07-07",
                Map.of("phone", "0912 345 678")));
        certificate(ORGANIZER, id, LocalDate.of(2025, 4, 1));
        given().auth().oauth2(ORGANIZER).when().get("/api/membership/candidates/{id}/personal-data", id)
                .then().statusCode(200).body("candidate.fullName", is("Xóa Dữ Liệu"))
                .body("candidate.phone", is("0912 345 678")).body("pipeline.certificate.issuedOn", is("2025-04-01"));

        given().auth().oauth2(ORGANIZER).when().delete("/api/membership/candidates/{id}/personal-data", id)
                .then().statusCode(422).body("rule", is("MEM-ORDER"));
        post(ORGANIZER, id, "closure", Map.of("outcome", "WITHDRAWN", "closedOn", "2025-05-01", "reason",
                "Không tiếp tục")).statusCode(201);
        long events = count("select count(*) from membership_event where candidate_id = '" + id + "'");
        given().auth().oauth2(ORGANIZER).when().delete("/api/membership/candidates/{id}/personal-data", id)
                .then().statusCode(204);

        given().auth().oauth2(ORGANIZER).when().get("/api/membership/candidates/{id}", id).then().statusCode(404);
        assertEquals(0, count("select count(*) from candidate where id = '" + id + "'"));
        assertEquals(0, count("select count(*) from awareness_certificate where candidate_id = '" + id + "'"));
        assertEquals(0, count("select count(*) from idempotency_record where body like '%" + id + "%'"));
        assertEquals(1, events);
        assertEquals(events, count("select count(*) from membership_event where candidate_id = '" + id + "'"));

        // the audit trail of the dossier outlives it, and only an administrator reads it
        given().auth().oauth2(ADMIN).queryParam("resourceId", id).when().get("/api/membership/audit")
                .then().statusCode(200).header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .body("action", hasItems("CREATE", "STEP", "EXPORT", "ERASE"))
                .body("size()", greaterThanOrEqualTo(5)).body("[0].action", is("ERASE"))
                .body("[0].actorName", is("organizer-kado"));
        given().auth().oauth2(ADMIN).queryParam("from", "yesterday").when().get("/api/membership/audit")
                .then().statusCode(400);
        given().auth().oauth2(ORGANIZER).when().get("/api/membership/audit").then().statusCode(403);
    }

}
