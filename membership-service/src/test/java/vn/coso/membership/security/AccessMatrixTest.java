package vn.coso.membership.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.membership.pipeline.Admissions.ballot;
import static vn.coso.membership.pipeline.Admissions.candidate;
import static vn.coso.membership.pipeline.Admissions.create;
import static vn.coso.membership.pipeline.Admissions.decision;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.coso.platform.testing.AccessMatrix;
import vn.coso.platform.testing.AccessMatrix.Endpoint;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * Every endpoint against every role, from inside and from outside the record's subtree: roles that may not call an
 * endpoint get 403; roles that may reach the record from its own commune, and get 404 from another, as if the record
 * did not exist ({@link AccessMatrix}).
 */
@QuarkusTest
class AccessMatrixTest extends WithDemoUnits {

    static final Set<String> DOSSIER_READERS = Set.of("organizer", "secretary", "leader");
    static final Set<String> DOSSIER_WRITERS = Set.of("organizer", "secretary");
    static final Set<String> ORGANIZER = Set.of("organizer");

    List<Endpoint> endpoints(String id, String classId) {
        String day = "2024-03-01";
        String c = "/api/membership/candidates/" + id;
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", "/api/membership/candidates?unit=" + CELL_QUANG_LAP_1, null, DOSSIER_READERS,
                true));
        e.add(new Endpoint("POST", "/api/membership/candidates", candidate(CELL_QUANG_LAP_1, "Ma Trận", "1999-01-01",
                Map.of()), DOSSIER_WRITERS, true));
        e.add(new Endpoint("GET", c, null, DOSSIER_READERS, true));
        e.add(new Endpoint("PUT", c, candidate(CELL_QUANG_LAP_1, "Ma Trận", "1999-01-01", Map.of()),
                DOSSIER_WRITERS, true));
        e.add(new Endpoint("GET", c + "/pipeline", null, DOSSIER_READERS, true));
        e.add(new Endpoint("GET", c + "/checklist", null, DOSSIER_READERS, true));
        e.add(new Endpoint("POST", c + "/awareness-certificate", Map.of("issuedOn", day, "issuer", "TTCT"),
                DOSSIER_WRITERS, true));
        e.add(new Endpoint("POST", c + "/documents", Map.of("kind", "APPLICATION", "receivedOn", day),
                DOSSIER_WRITERS, true));
        e.add(new Endpoint("POST", c + "/verifications", Map.of("subject", "SELF", "place", "X", "sentOn", day,
                "dueOn", day), DOSSIER_WRITERS, true));
        e.add(Endpoint.absent("PUT", c + "/verifications/" + UUID.randomUUID(), Map.of("result", "CLEAR",
                "receivedOn", day), DOSSIER_WRITERS, true));
        e.add(new Endpoint("POST", c + "/introductions", Map.of("kind", "MEMBER", "introducer", "X",
                "officialMember", true, "monthsKnown", 20, "introducedOn", day), DOSSIER_WRITERS, true));
        e.add(new Endpoint("POST", c + "/opinions", Map.of("body", "YOUTH_UNION", "givenOn", day, "favourable", true),
                DOSSIER_WRITERS, true));
        e.add(new Endpoint("POST", c + "/votes", Map.of("body", "CELL", "ballot", ballot(java.time.LocalDate.of(2024,
                3, 1), 10, 9, 8, 1, 0)), DOSSIER_WRITERS, true));
        e.add(new Endpoint("POST", c + "/decision", decision("1-QĐ/ĐU", java.time.LocalDate.of(2024, 3, 1),
                COMMUNE_KA_DO), ORGANIZER, true));
        e.add(new Endpoint("POST", c + "/ceremony", Map.of("heldOn", day), DOSSIER_WRITERS, true));
        e.add(new Endpoint("POST", c + "/confirmation/votes", Map.of("proposal", "CONFIRM", "ballot",
                ballot(java.time.LocalDate.of(2024, 3, 1), 10, 9, 8, 1, 0)), DOSSIER_WRITERS, true));
        e.add(new Endpoint("POST", c + "/confirmation/decision", Map.of("outcome", "CONFIRMED", "number", "1-QĐ/ĐU",
                "decidedOn", day, "decidingUnitId", COMMUNE_KA_DO.toString()), ORGANIZER, true));
        e.add(new Endpoint("PUT", c + "/former-membership", Map.of("leftOn", "2019-01-01", "leavingReason", "OTHER",
                "readmittedBefore", false), DOSSIER_WRITERS, true));
        e.add(new Endpoint("GET", c + "/personal-data", null, ORGANIZER, true));
        e.add(new Endpoint("GET", "/api/membership/alerts?unit=" + COMMUNE_KA_DO, null, DOSSIER_READERS, true));
        e.add(new Endpoint("GET", "/api/membership/feed", null, Set.of("integration"), false));
        e.add(new Endpoint("GET", "/api/membership/statistics/admissions?year=2024&unit=" + COMMUNE_KA_DO, null,
                Set.of("organizer", "secretary", "leader", "supervisor", "integration"), true));
        e.add(new Endpoint("GET", "/api/membership/statistics/admissions/range?from=2020&to=2023&unit="
                + COMMUNE_KA_DO, null, Set.of("organizer", "secretary", "leader", "supervisor", "integration"), true));
        e.add(new Endpoint("POST", "/api/membership/awareness-classes", Map.of("unitId", COMMUNE_KA_DO.toString(),
                "organiser", "TTCT", "title", "Lớp", "startsOn", day, "endsOn", day), ORGANIZER, true));
        e.add(new Endpoint("GET", "/api/membership/awareness-classes/" + classId, null, DOSSIER_READERS, true));
        e.add(new Endpoint("POST", "/api/membership/awareness-classes/" + classId + "/participants",
                Map.of("candidateIds", List.of(id)), DOSSIER_WRITERS, true));
        e.add(new Endpoint("PUT", "/api/membership/awareness-classes/" + classId + "/results",
                Map.of("issuedOn", day, "results", List.of(Map.of("candidateId", id, "passed", true))), ORGANIZER,
                true));
        e.add(new Endpoint("GET", "/api/membership/awareness-classes", null, DOSSIER_READERS, false));
        e.add(new Endpoint("GET", "/api/membership/audit", null, Set.of("admin"), false));
        e.add(new Endpoint("GET", "/api/membership/code-lists", null, Set.of("organizer", "secretary", "leader",
                "admin"), false));
        e.add(new Endpoint("GET", "/api/membership/rule-sets", null, Set.of("organizer", "secretary", "leader",
                "admin"), false));
        e.add(new Endpoint("DELETE", c + "/personal-data", null, ORGANIZER, true));
        return e;
    }

    @Test
    void shouldRefuseOtherRolesAndOtherSubtreesOnEveryEndpoint() {
        String organizer = Tokens.of("organizer-kado", COMMUNE_KA_DO, "organizer");
        String id = create(organizer, candidate(CELL_QUANG_LAP_1, "Ma Trận Quyền", "1999-01-01", Map.of()));
        String classId = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("unitId", COMMUNE_KA_DO.toString(), "organiser", "TTCT", "title", "Lớp ma trận",
                        "startsOn", "2024-03-01", "endsOn", "2024-03-05"))
                .when().post("/api/membership/awareness-classes").then().statusCode(201).extract().path("id");
        List<String> failures = AccessMatrix.failures(endpoints(id, classId), COMMUNE_KA_DO, COMMUNE_DRAN, "0");
        assertEquals(List.of(), failures);
    }

}
