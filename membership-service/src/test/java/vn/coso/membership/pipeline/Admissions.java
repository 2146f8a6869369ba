package vn.coso.membership.pipeline;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Walks candidates through the pipeline over HTTP, the way a cell secretary and the commune office would. */
public final class Admissions {

    private Admissions() {
    }

    /** A candidate's listing; {@code overrides} replace or add fields. */
    public static Map<String, Object> candidate(UUID cell, String name, String dateOfBirth,
            Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("cellId", cell.toString());
        body.put("fullName", name);
        body.put("dateOfBirth", dateOfBirth);
        body.put("gender", "MALE");
        body.put("ethnicity", "01");
        body.put("religion", "NONE");
        body.put("generalEducation", "UPPER_SECONDARY");
        body.put("occupation", "FARMER");
        body.put("sourceOrganisation", "YOUTH_UNION");
        body.put("youthUnion", true);
        body.put("listedOn", "2023-06-01");
        body.putAll(overrides);
        return body;
    }

    public static String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/candidates")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse post(String token, String id, String step, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/candidates/{id}/" + step, id).then();
    }

    public static ValidatableResponse pipeline(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/membership/candidates/{id}/pipeline", id).then();
    }

    public static Map<String, Object> ballot(LocalDate heldOn, int entitled, int present, int yes, int no,
            int abstain) {
        return Map.of("heldOn", heldOn.toString(), "entitled", entitled, "present", present, "yes", yes, "no", no,
                "abstain", abstain, "resolutionNumber", "03-NQ/CB");
    }

    public static Map<String, Object> vote(String body, LocalDate heldOn, int entitled, int present, int yes) {
        return Map.of("body", body, "ballot", ballot(heldOn, entitled, present, yes, present - yes, 0));
    }

    public static Map<String, Object> decision(String number, LocalDate decidedOn, UUID unit) {
        return Map.of("number", number, "decidedOn", decidedOn.toString(), "decidingUnitId", unit.toString());
    }

    public static Map<String, Object> confirmation(String outcome, String number, LocalDate decidedOn, UUID unit) {
        return Map.of("outcome", outcome, "number", number, "decidedOn", decidedOn.toString(), "decidingUnitId",
                unit.toString());
    }

    /** Certificate {@code start}, documents and clear verifications (self, parents) and introductions by day 40. */
    public static void prepareDossier(String token, String id, LocalDate start) {
        prepareDossier(token, id, start, 2);
    }

    /** As {@link #prepareDossier(String, String, LocalDate)}, with one or two member introductions. */
    public static void prepareDossier(String token, String id, LocalDate start, int introducers) {
        certificate(token, id, start);
        document(token, id, "APPLICATION", start.plusDays(5));
        document(token, id, "PERSONAL_HISTORY", start.plusDays(10));
        for (String subject : List.of("SELF", "FATHER", "MOTHER")) {
            String verification = sendVerification(token, id, subject, start.plusDays(12));
            verificationResult(token, id, verification, "CLEAR", start.plusDays(30)).statusCode(200);
        }
        document(token, id, "HISTORY_CERTIFIED", start.plusDays(32));
        introduction(token, id, "Nguyễn Văn Giới", 24, start.plusDays(35)).statusCode(201);
        if (introducers > 1) {
            introduction(token, id, "Trần Thị Thiệu", 36, start.plusDays(35)).statusCode(201);
        }
        post(token, id, "opinions", Map.of("body", "YOUTH_UNION", "givenOn", start.plusDays(38).toString(),
                "favourable", true)).statusCode(201);
    }

    public static void certificate(String token, String id, LocalDate issuedOn) {
        post(token, id, "awareness-certificate", Map.of("number", "123/GCN", "issuedOn", issuedOn.toString(),
                "issuer", "Trung tâm Chính trị")).statusCode(201);
    }

    public static void document(String token, String id, String kind, LocalDate receivedOn) {
        post(token, id, "documents", Map.of("kind", kind, "receivedOn", receivedOn.toString())).statusCode(201);
    }

    /** Sends a verification request and answers the id of the new one. */
    public static String sendVerification(String token, String id, String subject, LocalDate sentOn) {
        List<String> before = pipeline(token, id).statusCode(200).extract().path("verifications.id");
        List<String> after = post(token, id, "verifications", Map.of("subject", subject, "place",
                "Đảng ủy xã nơi cư trú", "sentOn", sentOn.toString(), "dueOn", sentOn.plusDays(30).toString()))
                .statusCode(201).extract().path("verifications.id");
        return after.stream().filter(v -> !before.contains(v)).findFirst().orElseThrow();
    }

    public static ValidatableResponse verificationResult(String token, String id, String verification,
            String result, LocalDate receivedOn) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("result", result, "receivedOn", receivedOn.toString()))
                .when().put("/api/membership/candidates/{id}/verifications/{v}", id, verification).then();
    }

    public static ValidatableResponse introduction(String token, String id, String introducer, int monthsKnown,
            LocalDate on) {
        return post(token, id, "introductions", Map.of("kind", "MEMBER", "introducer", introducer, "officialMember",
                true, "monthsKnown", monthsKnown, "introducedOn", on.toString()));
    }

    /**
     * The whole way to the admission decision: dossier from {@code start}, cell vote on day 45, committee vote on
     * day 55, decision on day 70 by {@code decidingUnit}.
     */
    public static void admit(String secretary, String organizer, String id, LocalDate start, UUID decidingUnit,
            String decisionNumber) {
        prepareDossier(secretary, id, start);
        post(secretary, id, "votes", vote("CELL", start.plusDays(45), 12, 10, 9)).statusCode(201);
        post(organizer, id, "votes", vote("COMMITTEE", start.plusDays(55), 9, 9, 9)).statusCode(201);
        post(organizer, id, "decision", decision(decisionNumber, start.plusDays(70), decidingUnit)).statusCode(201);
    }
}
