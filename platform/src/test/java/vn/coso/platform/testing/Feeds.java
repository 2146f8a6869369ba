package vn.coso.platform.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

/** Reading a service's change feed as an integrator does: a page from a cursor, or to the end. */
public final class Feeds {

    private Feeds() {
    }

    /** One page of up to 1,000 events after {@code after} (the start when null). */
    public static JsonPath page(String feed, String token, String after) {
        var request = given().auth().oauth2(token).queryParam("size", 1000);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        return request.when().get(feed).then().statusCode(200).extract().jsonPath();
    }

    /** Reads to the end of the feed and answers its last position. */
    public static String end(String feed, String token) {
        String after = null;
        JsonPath page;
        do {
            page = page(feed, token, after);
            after = page.getString("next");
        } while (page.getBoolean("more"));
        return after;
    }
}
