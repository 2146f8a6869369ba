package vn.coso.dialogue.open311;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.dialogue.Dialogues.step;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_2;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.coso.dialogue.opinion.Topic;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * Open311 GeoReport v2 as a civic app speaks it, with the specification's own examples
 * (http://wiki.open311.org/GeoReport_v2): its POST Service Request body, changed only in jurisdiction_id and
 * service_code, which are coso's; XML and JSON answers with the specification's element names; its errors list.
 */
@QuarkusTest
class Open311ResourceTest extends WithDemoUnits {

    static final String BASE = "/api/dialogue/open311/v2";
    static final String LEADER = Tokens.of("chu-tich-kado", COMMUNE_KA_DO, "leader");
    static final String HANDLER = Tokens.of("vp-kado", OFFICE_KA_DO, "handler");
    static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

    /** The specification's example request, with a commune of the demo tree and one of coso's topics. */
    static String example(UUID jurisdiction, String serviceCode) {
        return "api_key=xyz&jurisdiction_id=" + jurisdiction + "&service_code=" + serviceCode
                + "&lat=37.76524078&long=-122.4212043&address_string=1234+5th+street&email=smit333%40sfgov.edu"
                + "&device_id=tt222111&account_id=123456&first_name=john&last_name=smith&phone=111111111"
                + "&description=A+large+sinkhole+is+destroying+the+street"
                + "&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg"
                + "&attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISL001";
    }

    @Inject
    EntityManager em;

    @BeforeEach
    void wednesday() {
        // Wednesday 11/03/2026: a petition received today is due 10 working days later, counted from the next day:
        // 12, 13, 16, 17, 18, 19, 20, 23, 24, 25 → Wednesday 25/03/2026
        clock.setToday(LocalDate.of(2026, 3, 11));
    }

    static ValidatableResponse post(String format, String body) {
        return given().contentType(FORM).body(body).when().post(BASE + "/requests." + format).then();
    }

    long opinions() {
        return ((Number) em.createNativeQuery("select count(*) from opinion").getSingleResult()).longValue();
    }

    @Test
    void shouldListTheTopicsAsServicesInXmlAndJson() {
        given().when().get(BASE + "/services.xml").then().statusCode(200)
                .contentType(startsWith("text/xml")).body(startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"))
                .body("services.service.size()", is(Topic.values().length))
                .body("services.service.find { it.service_code == 'LAND' }.service_name", is("Đất đai"))
                .body("services.service.find { it.service_code == 'LAND' }.metadata", is("false"))
                .body("services.service.find { it.service_code == 'LAND' }.type", is("realtime"))
                .body("services.service.find { it.service_code == 'LAND' }.group", is("Kiến nghị, phản ánh"));
        given().queryParam("jurisdiction_id", COMMUNE_KA_DO.toString()).when().get(BASE + "/services.json").then()
                .statusCode(200).contentType(startsWith("application/json")).body("size()", is(Topic.values().length))
                .body("find { it.service_code == 'RURAL_ROADS' }.metadata", is(false));
        given().when().get(BASE + "/services/LIGHTING.json").then().statusCode(200)
                .body("service_code", is("LIGHTING")).body("attributes", hasSize(0));
        given().when().get(BASE + "/discovery.json").then().statusCode(200)
                .body("endpoints[0].specification", is("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", matchesPattern("https?://.+/api/dialogue/open311/v2"))
                .body("endpoints[0].formats", is(List.of("text/xml", "application/json")));
        given().when().get(BASE + "/discovery.xml").then().statusCode(200)
                .body("discovery.endpoints.endpoint.formats.format.collect { it.text() }",
                        is(List.of("text/xml", "application/json")));
    }

    @Test
    void shouldTakeTheSpecificationsExampleRequestAndFollowItToItsReply() {
        String code = post("json", example(COMMUNE_KA_DO, "RURAL_ROADS")).statusCode(201)
                .contentType(startsWith("application/json")).body("size()", is(1))
                .body("[0].service_notice", is("Ý kiến đã được tiếp nhận; hạn trả lời 25/03/2026."))
                .body("[0].account_id", nullValue()).extract().path("[0].service_request_id");
        // recorded as an online petition of Ka Đô; the address with the text, no coordinates, name and contact kept
        Object[] row = (Object[]) em.createNativeQuery("select cast(id as text), channel, legal_type, topic, text, "
                + "speaker_name, contact, cast(commune_id as text) from opinion where tracking_code = :code")
                .setParameter("code", code).getSingleResult();
        assertEquals(List.of("ONLINE", "PETITION", "RURAL_ROADS",
                "A large sinkhole is destroying the street\n\nĐịa điểm: 1234 5th street", "smith john",
                "smit333@sfgov.edu; 111111111", COMMUNE_KA_DO.toString()), List.of(row).subList(1, 8));

        String xml = post("xml", example(COMMUNE_KA_DO, "LIGHTING")).statusCode(201)
                .contentType(startsWith("text/xml"))
                .body("service_requests.request.service_request_id", matchesPattern("[A-Z0-9]{12}"))
                .body("service_requests.request.account_id", is("")).extract()
                .path("service_requests.request.service_request_id");

        given().when().get(BASE + "/requests/" + code + ".json").then().statusCode(200).body("size()", is(1))
                .body("[0].service_request_id", is(code)).body("[0].status", is("open"))
                .body("[0].service_code", is("RURAL_ROADS")).body("[0].service_name", is("Giao thông nông thôn"))
                .body("[0].description", nullValue()).body("[0].status_notes", nullValue())
                .body("[0].requested_datetime", startsWith("2026-03-11T09:00:00+07:00"))
                .body("[0].expected_datetime", is("2026-03-25T23:59:59+07:00"));
        // several ids at once, comma-delimited; an unknown one is simply left out
        given().queryParam("service_request_id", code + "," + xml + ",UNKNOWN00000").queryParam("status", "closed")
                .when().get(BASE + "/requests.xml").then().statusCode(200)
                .body("service_requests.request.size()", is(2))
                .body("service_requests.request.collect { it.service_request_id.text() }", is(List.of(code, xml)));

        // the handler's reply, once sent, closes the request and is its status_notes
        String id = (String) row[0];
        step(LEADER, id, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                "2026-03-11")).statusCode(200);
        clock.setToday(LocalDate.of(2026, 3, 16));
        step(HANDLER, id, "reply", 1, Map.of("reply", "Xã đã vá ổ gà ngày 16/3", "repliedOn", "2026-03-16"))
                .statusCode(200);
        step(HANDLER, id, "reply-sent", 2, Map.of("sentOn", "2026-03-16")).statusCode(200);
        given().when().get(BASE + "/requests/" + code + ".xml").then().statusCode(200)
                .body("service_requests.request.status", is("closed"))
                .body("service_requests.request.status_notes", is("Xã đã vá ổ gà ngày 16/3"))
                .body("service_requests.request.updated_datetime", startsWith("2026-03-16T09:00:00+07:00"))
                .body("service_requests.request.description", is(""));
    }

    @Test
    void shouldAnswerTheSpecificationsErrorsAndRecordNothing() {
        long before = opinions();
        post("json", example(COMMUNE_KA_DO, "RURAL_ROADS").replace("jurisdiction_id=" + COMMUNE_KA_DO, ""))
                .statusCode(400).body("[0].code", is(400))
                .body("[0].description", is("jurisdiction_id was not provided"));
        post("xml", example(VILLAGE_QUANG_LAP_2, "RURAL_ROADS")).statusCode(404)
                .contentType(startsWith("text/xml")).body("errors.error.code", is("404"));
        post("json", example(COMMUNE_KA_DO, "POTHOLES")).statusCode(404)
                .body("[0].description", is("service_code POTHOLES was not found"));
        post("json", "jurisdiction_id=" + COMMUNE_KA_DO + "&service_code=LAND&description=x").statusCode(400)
                .body("[0].description", startsWith("location"));
        post("json", "jurisdiction_id=" + COMMUNE_KA_DO + "&service_code=LAND&lat=91&long=10&description=x")
                .statusCode(400).body("[0].description", startsWith("lat is invalid"));
        post("json", "jurisdiction_id=" + COMMUNE_KA_DO + "&service_code=LAND&address_string=Th%C3%B4n+2")
                .statusCode(400).body("[0].description", is("description was not provided"));
        post("json", example(COMMUNE_KA_DO, "LAND").replace("A+large", "x".repeat(4000))).statusCode(400)
                .body("[0].description", startsWith("description is invalid"));
        // an argument coso does not keep is bounded as the document says (4,000 characters) all the same
        post("json", example(COMMUNE_KA_DO, "LAND") + "&device_id=" + "d".repeat(4_001)).statusCode(400)
                .body("[0].description", is("device_id is invalid: longer than 4000 characters"));
        assertEquals(before, opinions());

        // requests are read by their codes only; an unknown one is 404; an unknown format too
        given().when().get(BASE + "/requests.json").then().statusCode(400).body("[0].code", is(400));
        given().when().get(BASE + "/requests/NOTACODE0000.xml").then().statusCode(404)
                .body("errors.error.description", is("service_request_id NOTACODE0000 was not found"));
        given().when().get(BASE + "/services.yaml").then().statusCode(404).body("[0].code", is(404));
        // a hundred codes in one argument (1,299 characters) are within the platform's parameter bound: unknown ones
        // are left out
        given().queryParam("service_request_id", String.join(",", java.util.Collections.nCopies(100, "NOTACODE0000")))
                .when().get(BASE + "/requests.json").then().statusCode(200).body("size()", is(0));
    }
}
