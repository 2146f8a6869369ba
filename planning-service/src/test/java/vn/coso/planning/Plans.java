package vn.coso.planning;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Helpers of the tests that need numbered documents and JSON calls with an If-Match. */
public final class Plans {

    private Plans() {
    }

    /** Issues a document and answers its id. */
    public static String document(String token, UUID issuer, String type, String issuedOn, UUID... recipients) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuerId", issuer.toString());
        body.put("type", type);
        body.put("issuedOn", issuedOn);
        body.put("title", "Kế hoạch thực hiện nhiệm vụ năm");
        body.put("recipients", List.of(recipients).stream().map(UUID::toString).toList());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/planning/documents").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse post(String token, String path, String etag, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post(path).then();
    }
}
