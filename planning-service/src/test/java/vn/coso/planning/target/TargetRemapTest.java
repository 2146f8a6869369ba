package vn.coso.planning.target;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.DISTRICT_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.Tokens;

/**
 * Across the 01/07/2025 change: a 2024 target of the Đơn Dương district committee (abolished on 30/06/2025) still
 * reports, and is re-mapped to the new communes its communes were merged into, with an audit trail.
 */
@QuarkusTest
class TargetRemapTest {

    static final UUID TAN_HA_2025 = UUID.fromString("becf3051-ed28-4ac9-8d30-133a94624bc7");

    @OidcWireMock
    WireMockServer sources;

    static String organizer() {
        return Tokens.of("organizer-province", PROVINCE, "organizer");
    }

    static String districtTarget(int year, String indicator, int value) {
        return TargetResourceTest.create(organizer(), Map.of("year", year, "unitId", DISTRICT_DON_DUONG.toString(),
                "indicator", indicator, "value", value)).statusCode(201).extract().path("id");
    }

    static ValidatableResponse remap(String id, String etag, String mode, List<Map<String, Object>> shares) {
        return given().auth().oauth2(organizer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("mode", mode, "shares", shares, "reason", "Giải thể cấp huyện từ 01/07/2025"))
                .when().post("/api/planning/targets/{id}/remap", id).then();
    }

    @Test
    void shouldKeepReportingADistrictTargetAndRemapItToTheNewCommunes() {
        // membership-service's figures of the province's units in 2024, the district among them
        sources.stubFor(get(urlPathEqualTo("/auth/api/membership/statistics/admissions/by-unit"))
                .withQueryParam("year", equalTo("2024"))
                .withQueryParam("unit", equalTo(PROVINCE.toString()))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"year": 2024, "unitId": "%s", "units": {"%s": {"admitted": 27, "sentToClass": 40,
                         "byCategory": {}}}}""".formatted(PROVINCE, DISTRICT_DON_DUONG))));
        String id = districtTarget(2024, "ADMISSIONS", 30);

        // the district is gone, but its 2024 target reports as it did, seen from the new province
        given().auth().oauth2(organizer()).queryParam("year", 2024).queryParam("unit", PROVINCE.toString())
                .when().get("/api/planning/progress")
                .then().statusCode(200)
                .body("items.find { it.targetId == '%s' }.current.actual".formatted(id), is(27))
                .body("items.find { it.targetId == '%s' }.current.percent".formatted(id), is(90))
                .body("items.find { it.targetId == '%s' }.current.status".formatted(id), is("BEHIND"));

        remap(id, "\"0\"", "REFUSE", List.of(TargetResourceTest.share(COMMUNE_DRAN, 12),
                TargetResourceTest.share(COMMUNE_KA_DO, 10), TargetResourceTest.share(COMMUNE_DON_DUONG, 8)))
                .statusCode(200)
                .body("remappedAt", notNullValue())
                .body("targetValue", is(30));

        String taken = given().auth().oauth2(organizer()).queryParam("year", 2024)
                .queryParam("unitId", COMMUNE_KA_DO.toString()).queryParam("indicator", "ADMISSIONS")
                .when().get("/api/planning/targets")
                .then().statusCode(200).body("", hasSize(1))
                .body("[0].remappedFrom", is(id)).body("[0].targetValue", is(10))
                .extract().path("[0].id");

        // the trail: who re-mapped, why, and to which new targets
        given().auth().oauth2(organizer()).when().get("/api/planning/targets/{id}/history", id)
                .then().statusCode(200)
                .body("[0].action", is("REMAP"))
                .body("[0].actorName", is("organizer-province"))
                .body("[0].details", containsString(taken))
                .body("[0].details", containsString("Giải thể cấp huyện"))
                .body("[1].action", is("CREATE"));
        given().auth().oauth2(organizer()).when().get("/api/planning/targets/{id}/history", taken)
                .then().statusCode(200).body("[0].details", containsString(id));

        // once is enough; the original still reports
        String etag = given().auth().oauth2(organizer()).when().get("/api/planning/targets/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        remap(id, etag, "REFUSE", List.of(TargetResourceTest.share(COMMUNE_DRAN, 1))).statusCode(409);
        given().auth().oauth2(organizer()).queryParam("year", 2024).queryParam("unit", PROVINCE.toString())
                .when().get("/api/planning/progress")
                .then().statusCode(200)
                .body("items.find { it.targetId == '%s' }.current.actual".formatted(id), is(27));
    }

    @Test
    void shouldRefuseARemapThatDoesNotFollowTheSuccession() {
        String id = districtTarget(2025, "ADMISSIONS", 20);
        // Tân Hà took over from a commune of Lâm Hà, not of Đơn Dương
        remap(id, "\"0\"", "REFUSE", List.of(TargetResourceTest.share(COMMUNE_DRAN, 5),
                TargetResourceTest.share(TAN_HA_2025, 5)))
                .statusCode(400).body("errors[0].field", is("shares[1].unitId"));
        remap(id, "\"0\"", "REFUSE", List.of(TargetResourceTest.share(COMMUNE_DRAN, 15),
                TargetResourceTest.share(COMMUNE_KA_DO, 10)))
                .statusCode(422).body("rule", is("TARGET-SPLIT-EXCEEDS"));
        remap(id, "\"7\"", "REFUSE", List.of(TargetResourceTest.share(COMMUNE_DRAN, 5))).statusCode(412);
        // nothing was written by the refusals
        given().auth().oauth2(organizer()).queryParam("year", 2025).queryParam("unitId", COMMUNE_DRAN.toString())
                .queryParam("indicator", "ADMISSIONS")
                .when().get("/api/planning/targets").then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(organizer()).when().get("/api/planning/targets/{id}", id)
                .then().statusCode(200).body("remappedAt", is((Object) null)).body("version", is(0));

        // a commune that still exists keeps its targets
        String alive = TargetResourceTest.create(organizer(), Map.of("year", 2025, "unitId",
                COMMUNE_KA_DO.toString(), "indicator", "DIALOGUE_SESSIONS", "value", 6))
                .statusCode(201).extract().path("id");
        remap(alive, "\"0\"", "REFUSE", List.of(TargetResourceTest.share(COMMUNE_DRAN, 5)))
                .statusCode(422).body("rule", is("TARGET-REMAP-UNIT-ALIVE"));
        // and a caller outside the province does not see the district's target at all
        given().auth().oauth2(Tokens.of("leader-dran", COMMUNE_DRAN, "leader")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("mode", "REFUSE", "shares", List.of(TargetResourceTest.share(COMMUNE_DRAN, 5)),
                        "reason", "x"))
                .when().post("/api/planning/targets/{id}/remap", id).then().statusCode(404);
    }
}
