package vn.coso.dialogue;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sessions and opinions recorded over HTTP, as a commune's officer would. */
public final class Dialogues {

    private Dialogues() {
    }

    public static String session(String token, UUID commune, UUID village, LocalDate heldOn) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("level", "COMMUNE", "communeId", commune.toString(), "villageId", village.toString(),
                        "heldOn", heldOn.toString(), "place", "Nhà văn hóa thôn"))
                .when().post("/api/dialogue/sessions").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse recordSession(String token, String session, int attendees, int speakers) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "HELD", "host", "Bí thư Đảng ủy xã", "attendees", attendees, "speakers",
                        speakers))
                .when().put("/api/dialogue/sessions/{id}/record", session).then();
    }

    public static Map<String, Object> opinion(String session, String topic, String legalType, LocalDate receivedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("sessionId", session);
        body.put("channel", "SESSION");
        body.put("speakerName", "Ông Ka Sô Ha");
        body.put("topic", topic);
        body.put("legalType", legalType);
        body.put("text", "Đề nghị sửa đường liên thôn bị sạt lở sau mưa");
        body.put("receivedOn", receivedOn.toString());
        return body;
    }

    public static ValidatableResponse record(String token, Map<String, Object> opinion) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(opinion)
                .when().post("/api/dialogue/opinions").then();
    }

    /** A state change with the version the caller saw. */
    public static ValidatableResponse step(String token, String opinion, String step, long version,
            Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).when().post("/api/dialogue/opinions/{id}/" + step, opinion).then().log()
                .ifValidationFails();
    }
}
