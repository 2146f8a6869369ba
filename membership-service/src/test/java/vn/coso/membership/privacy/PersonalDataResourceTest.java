package vn.coso.membership.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.membership.pipeline.Admissions.candidate;
import static vn.coso.membership.pipeline.Admissions.certificate;
import static vn.coso.membership.pipeline.Admissions.create;
import static vn.coso.membership.pipeline.Admissions.post;
import static vn.coso.membership.pipeline.Admissions.prepareDossier;
import static vn.coso.membership.pipeline.Admissions.vote;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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
                "Không tiếp tục")).statusCode(200);
        long events = count("select count(*) from membership_event where candidate_id = '" + id + "'");
        long allEvents = count("select count(*) from membership_event");
        given().auth().oauth2(ORGANIZER).when().delete("/api/membership/candidates/{id}/personal-data", id)
                .then().statusCode(204);

        given().auth().oauth2(ORGANIZER).when().get("/api/membership/candidates/{id}", id).then().statusCode(404);
        assertEquals(0, count("select count(*) from candidate where id = '" + id + "'"));
        assertEquals(0, count("select count(*) from awareness_certificate where candidate_id = '" + id + "'"));
        assertEquals(0, count("select count(*) from idempotency_record where body like '%" + id + "%'"));
        assertEquals(1, events);
        // the event stays for the year's figures, under an id that no longer leads to the person
        assertEquals(allEvents, count("select count(*) from membership_event"));
        assertEquals(0, count("select count(*) from membership_event where candidate_id = '" + id + "'"));

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

    /**
     * A candidate who attended a class, was voted on by the cell and withdrew: after erasure no table holds the
     * candidate's id. The check walks the schema — every uuid column of the database and the stored replies of
     * retried creates — so a table added later cannot be forgotten. The audit log keeps its entries (who read and
     * changed the dossier, by id only): accountability outlives the dossier, and the id leads nowhere any more.
     */
    @Test
    void shouldLeaveNoReferenceToAnErasedCandidateInAnyTable() throws SQLException {
        String id = given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(candidate(CELL_QUANG_LAP_1, "Người Được Xóa", "1996-06-06", Map.of("phone", "0988 111 222")))
                .when().post("/api/membership/candidates").then().statusCode(201).extract().path("id");
        String classId = given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body(Map.of("unitId", COMMUNE_KA_DO.toString(), "organiser", "Trung tâm Chính trị xã Ka Đô",
                        "title", "Lớp bồi dưỡng khóa 3/2024", "startsOn", "2024-02-19", "endsOn", "2024-02-23"))
                .when().post("/api/membership/awareness-classes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON).body(Map.of("candidateIds", List.of(id)))
                .when().post("/api/membership/awareness-classes/{id}/participants", classId).then().statusCode(200);
        // a former member, re-admitted after a first cell vote without two thirds
        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON).body(Map.of("leftOn", "2019-01-02",
                "leavingReason", "OTHER", "readmittedBefore", false, "consentNumber", "301-CV/TU", "consentOn",
                "2024-02-01")).when().put("/api/membership/candidates/{id}/former-membership", id).then()
                .statusCode(200);
        prepareDossier(ORGANIZER, id, LocalDate.of(2024, 2, 26));
        post(ORGANIZER, id, "votes", vote("CELL", LocalDate.of(2024, 4, 8), 12, 10, 7)).statusCode(201)
                .body("votes[0].passed", org.hamcrest.Matchers.is(false));
        post(ORGANIZER, id, "votes", vote("CELL", LocalDate.of(2024, 4, 11), 12, 10, 9)).statusCode(201);
        post(ORGANIZER, id, "closure", Map.of("outcome", "WITHDRAWN", "closedOn", "2024-05-02", "reason",
                "Chuyển công tác")).statusCode(200);
        long eventsBefore = count("select count(*) from membership_event where kind = 'SENT_TO_CLASS'");
        assertTrue(referencesTo(id) > 5, "the dossier is spread over many tables before erasure");

        given().auth().oauth2(ORGANIZER).when().delete("/api/membership/candidates/{id}/personal-data", id)
                .then().statusCode(204);

        assertEquals(0, referencesTo(id));
        assertEquals(eventsBefore, count("select count(*) from membership_event where kind = 'SENT_TO_CLASS'"),
                "the year's figures keep the anonymous event");
        given().auth().oauth2(ORGANIZER).when().get("/api/membership/awareness-classes/{id}", classId).then()
                .statusCode(200).body("participants", org.hamcrest.Matchers.hasSize(0))
                .body("erasedParticipants", is(1));
    }

    /** Rows in any table but the audit log whose uuid columns, or stored replies, hold {@code id}. */
    private long referencesTo(String id) throws SQLException {
        long found = 0;
        List<String[]> columns = new java.util.ArrayList<>();
        try (var c = dataSource.getConnection(); var rs = c.createStatement().executeQuery("""
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and data_type in ('uuid', 'character varying', 'text')
                  and table_name not in ('audit_log', 'flyway_schema_history')
                """)) {
            while (rs.next()) {
                columns.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] col : columns) {
            found += count("select count(*) from " + col[0] + " where cast(" + col[1] + " as text) like '%" + id
                    + "%'");
        }
        return found;
    }
}
