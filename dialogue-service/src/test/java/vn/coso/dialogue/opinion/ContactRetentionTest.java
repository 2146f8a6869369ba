package vn.coso.dialogue.opinion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.dialogue.Dialogues.opinion;
import static vn.coso.dialogue.Dialogues.record;
import static vn.coso.dialogue.Dialogues.recordSession;
import static vn.coso.dialogue.Dialogues.session;
import static vn.coso.dialogue.Dialogues.step;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.OFFICE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.VILLAGE_QUANG_LAP_4;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.dialogue.opinion.service.ContactRetention;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * Who said what is kept a year after the opinion closed (coso.dialogue.retention.contact-after, P1Y by default), then
 * erased and audited; what was said and answered stays, and an open opinion keeps its contact.
 */
@QuarkusTest
class ContactRetentionTest extends WithDemoUnits {

    static final String OFFICER = Tokens.of("officer-kado", COMMUNE_KA_DO, "dialogue-officer");
    static final String LEADER = Tokens.of("leader-kado", COMMUNE_KA_DO, "leader");

    @Inject
    ContactRetention retention;

    @Test
    void shouldEraseTheContactOfAnOpinionClosedAYearAgoAndNothingElse() throws SQLException {
        LocalDate said = LocalDate.of(2022, 2, 28);
        clock.setToday(said);
        String session = session(OFFICER, COMMUNE_KA_DO, VILLAGE_QUANG_LAP_4, said);
        recordSession(OFFICER, session, 30, 4).statusCode(200);
        String answered = record(OFFICER, opinion(session, "LIGHTING", "PETITION", said)).statusCode(201)
                .extract().path("id");
        step(LEADER, answered, "answer", 0, Map.of("answeredBy", "Chủ tịch UBND xã", "answer",
                "Sẽ lắp đèn trong tháng Ba")).statusCode(200).body("status", is("ANSWERED_ON_SPOT"));
        String open = record(OFFICER, opinion(session, "RURAL_ROADS", "PETITION", said)).statusCode(201)
                .extract().path("id");
        step(LEADER, open, "assignment", 0, Map.of("handlerUnitId", OFFICE_KA_DO.toString(), "assignedOn",
                said.toString())).statusCode(200);

        // a year after: 28/02/2023 is not yet past the year, the next day is
        clock.setToday(said.plusYears(1));
        retention.erase();
        read(answered).body("speakerName", is("Ông Ka Sô Ha"));
        clock.setToday(said.plusYears(1).plusDays(1));
        retention.erase();
        read(answered).body("speakerName", nullValue()).body("contact", nullValue())
                .body("answer", is("Sẽ lắp đèn trong tháng Ba"))
                .body("text", is("Đề nghị sửa đường liên thôn bị sạt lở sau mưa"));
        read(open).body("speakerName", is("Ông Ka Sô Ha"));
        assertEquals(1, erasures(answered));
        // nothing left to erase: a second run erases it again neither in the data nor in the audit log
        retention.erase();
        assertEquals(1, erasures(answered));
    }

    private int erasures(String id) throws SQLException {
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                var r = s.executeQuery("select count(*) from audit_log where action = 'ERASE_CONTACT' and "
                        + "resource_id = '" + id + "'")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static io.restassured.response.ValidatableResponse read(String id) {
        return given().auth().oauth2(LEADER).when().get("/api/dialogue/opinions/{id}", id).then().statusCode(200);
    }
}
