package vn.coso.planning.progress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DA_RON;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DON;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_LAC_XUAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_QUANG_LAP;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;

import vn.coso.platform.testing.Tokens;

/**
 * The seeds' figures, recorded through membership-service's statistics contract (its admissions of every unit of
 * the report's subtree in one call, stubbed here), come out of
 * /progress: Đạ Ròn 2022 2/4 = 50%, 2023 3/4 = 75%, 2024 5/4 = 125%; Lạc Xuân 2024 9/8 exceeded.
 */
@QuarkusTest
class ProgressResourceTest {

    static final String ORGANIZER = Tokens.of("organizer", PROVINCE, "organizer");
    static final String ADMISSIONS = "/auth/api/membership/statistics/admissions/by-unit";

    @OidcWireMock
    WireMockServer sources;

    void admissions(UUID unit, int year, int admitted, int sentToClass, String byCategory) {
        sources.stubFor(get(urlPathEqualTo(ADMISSIONS))
                .withQueryParam("year", equalTo(Integer.toString(year)))
                .withQueryParam("unit", equalTo(unit.toString()))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"year": %d, "unitId": "%s", "units": {"%s": {"admitted": %d, "sentToClass": %d,
                         "byCategory": %s}}}""".formatted(year, unit, unit, admitted, sentToClass, byCategory))));
    }

    static void target(UUID unit, int year, String indicator, int value) {
        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body(Map.of("year", year, "unitId", unit.toString(), "indicator", indicator, "value", value))
                .when().post("/api/planning/targets").then().statusCode(201);
    }

    @Test
    void shouldReproduceDaRonsAdmissionsYearByYear() {
        admissions(COMMUNE_DA_RON, 2022, 2, 0, "{}");
        admissions(COMMUNE_DA_RON, 2023, 3, 0, "{}");
        admissions(COMMUNE_DA_RON, 2024, 5, 15, "{}");
        target(COMMUNE_DA_RON, 2022, "ADMISSIONS", 4);
        target(COMMUNE_DA_RON, 2023, "ADMISSIONS", 4);
        target(COMMUNE_DA_RON, 2024, "ADMISSIONS", 4);
        target(COMMUNE_DA_RON, 2024, "AWARENESS_LEARNERS", 15);

        given().auth().oauth2(ORGANIZER).queryParam("year", 2024).queryParam("unit", COMMUNE_DA_RON.toString())
                .when().get("/api/planning/progress")
                .then().statusCode(200)
                .body("unavailableSources.size()", is(0))
                .body("items.find { it.indicator == 'ADMISSIONS' }.current.actual", is(5))
                .body("items.find { it.indicator == 'ADMISSIONS' }.current.percent", is(125))
                .body("items.find { it.indicator == 'ADMISSIONS' }.current.status", is("EXCEEDED"))
                .body("items.find { it.indicator == 'ADMISSIONS' }.lastYear.percent", is(75))
                .body("items.find { it.indicator == 'ADMISSIONS' }.lastYear.status", is("BEHIND"))
                .body("items.find { it.indicator == 'AWARENESS_LEARNERS' }.current.status", is("ACHIEVED"));
        given().auth().oauth2(ORGANIZER).queryParam("year", 2023).queryParam("unit", COMMUNE_DA_RON.toString())
                .when().get("/api/planning/progress")
                .then().statusCode(200)
                .body("items[0].current.percent", is(75))
                .body("items[0].lastYear.percent", is(50));
        sources.verify(getRequestedFor(urlPathEqualTo(ADMISSIONS)).withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void shouldReproduceLacXuanExceedingItsTarget() {
        admissions(COMMUNE_LAC_XUAN, 2024, 9, 0, """
                {"RURAL_CELLS": 5, "ETHNIC_MINORITY": 1, "RELIGIOUS": 5}""");
        target(COMMUNE_LAC_XUAN, 2024, "ADMISSIONS", 8);
        given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "unitId", COMMUNE_LAC_XUAN.toString(), "indicator", "ADMISSIONS",
                        "category", "RELIGIOUS", "value", 4))
                .when().post("/api/planning/targets").then().statusCode(201);

        given().auth().oauth2(ORGANIZER).queryParam("year", 2024).queryParam("unit", COMMUNE_LAC_XUAN.toString())
                .when().get("/api/planning/progress")
                .then().statusCode(200)
                .body("items.find { it.category == '' }.current.actual", is(9))
                .body("items.find { it.category == '' }.current.percent", is(112.5f))
                .body("items.find { it.category == '' }.current.status", is("EXCEEDED"))
                .body("items.find { it.category == 'RELIGIOUS' }.current.actual", is(5));
    }

    @Test
    void shouldExportProgressAsTheTableOfficesPasteIntoTheirReports() throws IOException {
        admissions(COMMUNE_QUANG_LAP, 2024, 3, 0, "{}");
        admissions(COMMUNE_QUANG_LAP, 2023, 4, 0, "{}");
        target(COMMUNE_QUANG_LAP, 2023, "ADMISSIONS", 4);
        target(COMMUNE_QUANG_LAP, 2024, "ADMISSIONS", 6);

        String csv = given().auth().oauth2(ORGANIZER).accept("text/csv").queryParam("year", 2024)
                .queryParam("unit", COMMUNE_QUANG_LAP.toString())
                .when().get("/api/planning/progress")
                .then().statusCode(200).header("Content-Disposition", containsString("tien-do-2024.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFSTT,Đơn vị,Chỉ tiêu,Đối tượng,Chỉ tiêu năm 2024,Thực hiện,Tỷ lệ (%),Đánh giá,"
                + "Chỉ tiêu năm 2023,Thực hiện năm 2023,Tỷ lệ năm 2023 (%)", lines.get(0));
        assertEquals("1,Đảng ủy xã Quảng Lập,Kết nạp đảng viên mới,Chung,6,3,50,\"Chậm, chưa đạt\",4,4,100",
                lines.get(1));
        assertEquals(2, lines.size(), csv);

        byte[] xlsx = given().auth().oauth2(ORGANIZER)
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("year", 2024).queryParam("unit", COMMUNE_QUANG_LAP.toString())
                .when().get("/api/planning/progress")
                .then().statusCode(200).header("Content-Disposition", containsString("tien-do-2024.xlsx"))
                .extract().asByteArray();
        String sheet = unzipped(xlsx);
        assertTrue(sheet.contains("Đảng ủy xã Quảng Lập"), sheet);
        assertTrue(sheet.contains("Chậm, chưa đạt"), sheet);
    }

    /** The text of every part of a workbook (an .xlsx is a zip of XML parts), references resolved. */
    static String unzipped(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("progress", ".xlsx");
        try {
            Files.write(file, xlsx);
            StringBuilder text = new StringBuilder();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            // the parts are XML: characters beyond ASCII come as &#x…; references
            return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(text)
                    .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void shouldMarkTheFiguresOfASourceThatIsDownAndReportTheRest() {
        sources.stubFor(get(urlPathEqualTo(ADMISSIONS)).withQueryParam("unit", equalTo(COMMUNE_KA_DON.toString()))
                .willReturn(aResponse().withStatus(503)));
        sources.stubFor(get(urlPathEqualTo("/auth/api/dialogue/statistics"))
                .withQueryParam("unit", equalTo(COMMUNE_KA_DON.toString()))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"sessions\": 10, \"onTimeReplyRate\": 80.0, \"opinions\": 31}")));
        target(COMMUNE_KA_DON, 2024, "ADMISSIONS", 5);
        target(COMMUNE_KA_DON, 2024, "DIALOGUE_SESSIONS", 12);

        given().auth().oauth2(ORGANIZER).queryParam("year", 2024).queryParam("unit", COMMUNE_KA_DON.toString())
                .when().get("/api/planning/progress")
                .then().statusCode(200)
                .body("unavailableSources", contains("membership"))
                .body("items.find { it.indicator == 'ADMISSIONS' }.current.status", is("UNAVAILABLE"))
                .body("items.find { it.indicator == 'DIALOGUE_SESSIONS' }.current.actual", is(10))
                .body("items.find { it.indicator == 'DIALOGUE_SESSIONS' }.current.percent", is(83.33f))
                .body("items.find { it.indicator == 'DIALOGUE_SESSIONS' }.current.status", is("BEHIND"));
    }

    @Test
    void shouldKeepProgressWithinTheCallersSubtree() {
        given().auth().oauth2(Tokens.of("organizer", UUID.fromString("abe32a0b-0bca-43b0-8563-5fbe4b5b9188"),
                "organizer")).queryParam("year", 2024).queryParam("unit", COMMUNE_LAC_XUAN.toString())
                .when().get("/api/planning/progress").then().statusCode(404);
        given().auth().oauth2(ORGANIZER).queryParam("unit", COMMUNE_LAC_XUAN.toString())
                .when().get("/api/planning/progress").then().statusCode(400).body("errors[0].field", is("year"));
    }
}
