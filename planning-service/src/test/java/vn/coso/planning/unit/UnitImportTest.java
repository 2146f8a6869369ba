package vn.coso.planning.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import vn.coso.platform.testing.Tokens;

@QuarkusTest
class UnitImportTest {

    static final String ADMIN = Tokens.of("admin-kado", COMMUNE_KA_DO, "admin");
    static final String HEADINGS = "code,name,kind,cellKind,parentCode,validFrom,validTo,docCode\n";

    static ValidatableResponse importCsv(String token, String csv, boolean dryRun) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("dryRun", dryRun).when().post("/api/planning/units/import").then();
    }

    static ValidatableResponse named(String q) {
        return given().auth().oauth2(ADMIN).queryParam("q", q).when().get("/api/planning/units").then()
                .statusCode(200);
    }

    @Test
    void shouldImportATreeWhoseChildrenComeBeforeTheirParents() {
        // as an office exports it from Excel: a byte-order mark, Vietnamese dates, children first
        String csv = "\uFEFF" + HEADINGS
                + "CB-KD-THON-MOI-1,Chi bộ thôn Mới 1,CELL,RURAL,ĐBBP-KADO-MOI,01/09/2025,,\n"
                + "CB-KD-THON-MOI-2,\"Chi bộ thôn Mới 2, Ka Đô\",CELL,RURAL,ĐBBP-KADO-MOI,2025-09-01,,\n"
                + "ĐBBP-KADO-MOI,Đảng bộ bộ phận khu Mới,PARTIAL_COMMITTEE,,ĐU-KADO,2025-08-01,,\n";
        String partial = importCsv(ADMIN, csv, false).statusCode(200)
                .body("created", is(3)).body("dryRun", is(false))
                .body("units.find { it.code == 'ĐBBP-KADO-MOI' }.line", is(4))
                .extract().path("units.find { it.code == 'ĐBBP-KADO-MOI' }.id");

        given().auth().oauth2(ADMIN).when().get("/api/planning/units/{id}/subtree", partial).then().statusCode(200)
                .body("name", hasItems("Chi bộ thôn Mới 1", "Chi bộ thôn Mới 2, Ka Đô"))
                .body("find { it.name == 'Chi bộ thôn Mới 1' }.validFrom", is("2025-09-01"));
        given().auth().oauth2(ADMIN).when().get("/api/planning/units/{id}", partial).then().statusCode(200)
                .body("parentId", is(COMMUNE_KA_DO.toString()));
    }

    @Test
    void shouldReportEveryBadLineAtOnceAndImportNothing() {
        String csv = HEADINGS
                + "ĐBBP-LOI-1,Đảng bộ bộ phận lỗi,PARTIAL_COMMITTEE,,ĐU-KADO,2025-08-01,,\n"
                + "CB-LOI-1,Chi bộ lỗi 1,CHI_BO,,ĐBBP-LOI-1,2025-09-01,,\n"
                + "CB-LOI-2,,CELL,RURAL,ĐBBP-LOI-1,2025-09-01,,\n"
                + "CB-LOI-3,Chi bộ lỗi 3,CELL,,ĐBBP-LOI-1,2025-09-01,,\n"
                + "CB-LOI-4,Chi bộ lỗi 4,CELL,RURAL,KHONG-CO,2025-09-01,,\n"
                + "CB-LOI-5,Chi bộ lỗi 5,CELL,RURAL,ĐBBP-LOI-1,2025-09-01,2025-08-01,\n"
                + "CB-LOI-6,Chi bộ lỗi 6,CELL,RURAL,ĐBBP-LOI-1,31/02/2025,,\n"
                + "CB-LOI-7,Chi bộ lỗi 7,CELL,RURAL,ĐBBP-LOI-1,2025-07-01,,\n"
                + "ĐBBP-LOI-1,Trùng mã,PARTIAL_COMMITTEE,,ĐU-KADO,2025-08-01,,\n"
                + "ĐU-KADO,Trùng mã đang dùng,PARTIAL_COMMITTEE,,ĐU-KADO,2025-08-01,,\n";
        importCsv(ADMIN, csv, false).statusCode(400)
                .body("errors.field", hasItems("rows[3].kind", "rows[4].name", "rows[5].cellKind",
                        "rows[6].parentCode", "rows[7].validTo", "rows[8].validFrom", "rows[9].validFrom",
                        "rows[10].code", "rows[11].code"))
                .body("errors", hasSize(9));
        named("lỗi").body("", hasSize(0));
    }

    @Test
    void shouldRefuseACycleWithinTheFile() {
        String csv = HEADINGS
                + "ĐBBP-VONG-A,Vòng A,PARTIAL_COMMITTEE,,ĐBBP-VONG-B,2025-08-01,,\n"
                + "ĐBBP-VONG-B,Vòng B,PARTIAL_COMMITTEE,,ĐBBP-VONG-A,2025-08-01,,\n";
        importCsv(ADMIN, csv, false).statusCode(400)
                .body("errors.field", hasItems("rows[2].parentCode", "rows[3].parentCode"));
        named("Vòng").body("", hasSize(0));
    }

    @Test
    void shouldCheckADryRunWithoutRegisteringAnything() {
        String csv = HEADINGS + "ĐBBP-THU,Đảng bộ bộ phận thử,PARTIAL_COMMITTEE,,ĐU-KADO,2025-08-01,,\n";
        importCsv(ADMIN, csv, true).statusCode(200).body("dryRun", is(true)).body("created", is(1));
        named("bộ phận thử").body("", hasSize(0));
        // had the dry run committed, the code would now be taken
        importCsv(ADMIN, csv, false).statusCode(200).body("created", is(1));
        named("bộ phận thử").body("", hasSize(1));
    }

    @Test
    void shouldRefuseBadFilesAndOtherCallers() {
        importCsv(ADMIN, "code,name,kind\nX,Y,CELL\n", false).statusCode(400)
                .body("errors[0].field", is("rows[1]"));
        importCsv(ADMIN, HEADINGS, false).statusCode(400).body("errors[0].field", is("rows"));
        importCsv(ADMIN, HEADINGS + "A,\"unterminated,CELL\n", false).statusCode(400);
        importCsv(Tokens.of("organizer-kado", COMMUNE_KA_DO, "organizer"),
                HEADINGS + "ĐBBP-X,X,PARTIAL_COMMITTEE,,ĐU-KADO,2025-08-01,,\n", false).statusCode(403);
        // an admin of D'Ran cannot hang units under Ka Đô: the parent is unknown to them
        importCsv(Tokens.of("admin-dran", COMMUNE_DRAN, "admin"),
                HEADINGS + "ĐBBP-Y,Y,PARTIAL_COMMITTEE,,ĐU-KADO,2025-08-01,,\n", false).statusCode(400)
                .body("errors[0].field", is("rows[2].parentCode"));
    }
}
