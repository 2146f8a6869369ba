package vn.coso.membership.pipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.membership.pipeline.Admissions.admit;
import static vn.coso.membership.pipeline.Admissions.ballot;
import static vn.coso.membership.pipeline.Admissions.candidate;
import static vn.coso.membership.pipeline.Admissions.create;
import static vn.coso.membership.pipeline.Admissions.decision;
import static vn.coso.membership.pipeline.Admissions.post;
import static vn.coso.membership.pipeline.Admissions.prepareDossier;
import static vn.coso.membership.pipeline.Admissions.vote;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_1;
import static vn.coso.platform.testing.DemoUnits.CELL_QUANG_LAP_2;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_KA_DO;
import static vn.coso.platform.testing.DemoUnits.COMMUNE_QUANG_LAP;
import static vn.coso.platform.testing.DemoUnits.DISTRICT_DON_DUONG;
import static vn.coso.platform.testing.DemoUnits.PROVINCE;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.testing.Tokens;
import vn.coso.platform.testing.WithDemoUnits;

/** The admission pipeline, walked over HTTP, and every rule of DOMAIN.md §2 broken once. */
@QuarkusTest
class PipelineResourceTest extends WithDemoUnits {

    static final String SECRETARY = Tokens.of("secretary-ql1", CELL_QUANG_LAP_1, "secretary");
    static final String ORGANIZER = Tokens.of("organizer-province", PROVINCE, "organizer");
    static final LocalDate SPRING_2024 = LocalDate.of(2024, 2, 26);

    /** The tests walk dossiers of 2024–2026; they run as on 1 December 2026, whatever the day of the run. */
    @org.junit.jupiter.api.BeforeEach
    void onTheFirstOfDecember2026() {
        clock.setToday(LocalDate.of(2026, 12, 1));
    }

    static String listed(String name) {
        return create(SECRETARY, candidate(CELL_QUANG_LAP_1, name, "1996-05-10", Map.of()));
    }

    @Test
    void shouldWalkACandidateFromTheClassToConfirmationAcrossTheReform() {
        LocalDate start = LocalDate.of(2024, 5, 6);
        String id = listed("Ka Văn Toàn");
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id)
                .then().statusCode(200).body("stage", is("LISTED")).body("nextStep", is("CERTIFICATE"))
                .body("missing.code", hasItem("CERTIFICATE"));

        prepareDossier(SECRETARY, id, start);
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id)
                .then().statusCode(200).body("stage", is("DOSSIER")).body("nextStep", is("CELL_VOTE"))
                .body("missing", hasSize(0)).body("blockingRules", hasSize(0));

        post(SECRETARY, id, "votes", vote("CELL", start.plusDays(45), 12, 10, 9)).statusCode(201)
                .body("stage", is("CELL_APPROVED")).body("votes[0].ruleSet", is("QD24-2021"));
        post(ORGANIZER, id, "votes", vote("COMMITTEE", start.plusDays(55), 9, 9, 9)).statusCode(201)
                .body("stage", is("COMMITTEE_APPROVED"));
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id)
                .then().statusCode(200).body("nextStep", is("DECISION"))
                .body("dates.kind", hasItem("DECISION_LAST_DAY"));
        // 2024: the district standing committee decides
        post(ORGANIZER, id, "decision", decision("45-QĐ/HU", start.plusDays(70), DISTRICT_DON_DUONG))
                .statusCode(201).body("stage", is("ADMITTED")).body("decisions[0].ruleSet", is("QD24-2021"));
        post(SECRETARY, id, "ceremony", Map.of("heldOn", start.plusDays(80).toString())).statusCode(201)
                .body("stage", is("PROBATION"));

        // 2025, after the reform: the commune standing committee confirms
        LocalDate probationEnd = start.plusDays(80).plusMonths(12);
        Map<String, Object> confirmation = Map.of("outcome", "CONFIRMED",
                "vote", ballot(probationEnd.plusDays(10), 12, 11, 11, 0, 0),
                "decision", decision("12-QĐ/ĐU", probationEnd.plusDays(25), COMMUNE_KA_DO));
        post(ORGANIZER, id, "confirmation", confirmation).statusCode(201).body("stage", is("OFFICIAL"))
                .body("decisions.ruleSet", hasItems("QD24-2021", "QD294-2025"));
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id)
                .then().statusCode(200).body("stage", is("OFFICIAL")).body("nextStep", nullValue());
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}", id)
                .then().statusCode(200).body("stage", is("OFFICIAL"));
    }

    @Test
    void shouldRequireTheCompetentCommitteeOfTheDay() {
        // 2024: a commune committee cannot decide, the district standing committee must
        String id2024 = listed("Lê Văn Hai Không Hai Bốn");
        prepareDossier(SECRETARY, id2024, SPRING_2024);
        post(SECRETARY, id2024, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(201);
        post(ORGANIZER, id2024, "votes", vote("COMMITTEE", SPRING_2024.plusDays(55), 9, 9, 9)).statusCode(201);
        post(ORGANIZER, id2024, "decision", decision("7-QĐ/ĐU", SPRING_2024.plusDays(70), COMMUNE_QUANG_LAP))
                .statusCode(422).body("rule", is("MEM-AUTHORITY"))
                .body("detail", containsString("Ban Thường vụ Huyện ủy"))
                .body("legalBasis", containsString("24-QĐ/TW")).body("ruleSet", is("QD24-2021"));

        // 2026: districts are gone; the commune standing committee decides
        LocalDate spring2026 = LocalDate.of(2026, 3, 2);
        String id2026 = listed("Lê Văn Hai Không Hai Sáu");
        prepareDossier(SECRETARY, id2026, spring2026);
        post(SECRETARY, id2026, "votes", vote("CELL", spring2026.plusDays(45), 12, 10, 9)).statusCode(201);
        post(ORGANIZER, id2026, "votes", vote("COMMITTEE", spring2026.plusDays(55), 9, 9, 9)).statusCode(201);
        post(ORGANIZER, id2026, "decision", decision("45-QĐ/HU", spring2026.plusDays(70), DISTRICT_DON_DUONG))
                .statusCode(422).body("rule", is("MEM-AUTHORITY"))
                .body("detail", containsString("Ban Thường vụ Đảng ủy xã"))
                .body("legalBasis", containsString("294-QĐ/TW"));
        post(ORGANIZER, id2026, "decision", decision("12-QĐ/ĐU", spring2026.plusDays(70), COMMUNE_KA_DO))
                .statusCode(201).body("decisions[0].ruleSet", is("QD294-2025"));
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id2026)
                .then().body("decidingAuthority", is("Ban Thường vụ Đảng ủy xã"));
    }

    @Test
    void shouldCountAgeByMonthOnTheDayOfTheCellVote() {
        LocalDate voteDay = SPRING_2024.plusDays(45);
        // one month short of 18 on the day of the vote
        String young = create(SECRETARY, candidate(CELL_QUANG_LAP_1, "Y Trẻ", voteDay.minusYears(18).plusMonths(1)
                .toString(), Map.of()));
        prepareDossier(SECRETARY, young, SPRING_2024);
        post(SECRETARY, young, "votes", vote("CELL", voteDay, 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-AGE")).body("detail", containsString("17 tuổi 11 tháng"));

        // over 60 without, then with, the province's approval
        Map<String, Object> old = candidate(CELL_QUANG_LAP_1, "Già Làng", voteDay.minusYears(61).toString(), Map.of());
        String elder = create(SECRETARY, old);
        prepareDossier(SECRETARY, elder, SPRING_2024);
        post(SECRETARY, elder, "votes", vote("CELL", voteDay, 12, 10, 9)).statusCode(422).body("rule", is("MEM-AGE"));
        Map<String, Object> approved = new java.util.HashMap<>(old);
        approved.put("provincialApproval", "15-CV/TU");
        String etag = given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}", elder)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(SECRETARY).contentType("application/json").header("If-Match", etag)
                .body(approved).when().put("/api/membership/candidates/{id}", elder).then().log().ifValidationFails()
                .statusCode(200);
        post(SECRETARY, elder, "votes", vote("CELL", voteDay, 12, 10, 9)).statusCode(201);
    }

    @Test
    void shouldRefuseACertificateOlderThanSixtyMonths() {
        String id = listed("Hết Hạn Chứng Nhận");
        prepareDossier(SECRETARY, id, LocalDate.of(2019, 1, 7));
        post(SECRETARY, id, "votes", vote("CELL", SPRING_2024, 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-CERTIFICATE")).body("detail", containsString("60 tháng"));
    }

    @Test
    void shouldRefuseIntroducersWhoAreNotOfficialOrKnewTheCandidateTooBriefly() {
        String id = listed("Giới Thiệu Thiếu");
        Admissions.certificate(SECRETARY, id, SPRING_2024);
        Admissions.document(SECRETARY, id, "APPLICATION", SPRING_2024.plusDays(1));
        Admissions.introduction(SECRETARY, id, "Người Mới Quen", 11, SPRING_2024.plusDays(2)).statusCode(422)
                .body("rule", is("MEM-INTRODUCERS")).body("detail", containsString("11 tháng"));
        post(SECRETARY, id, "introductions", Map.of("kind", "MEMBER", "introducer", "Đảng Viên Dự Bị",
                "officialMember", false, "monthsKnown", 24, "introducedOn", SPRING_2024.plusDays(2).toString()))
                .statusCode(422).body("rule", is("MEM-INTRODUCERS"));
        Admissions.pipeline(SECRETARY, id).body("introductions", hasSize(0));

        // one introducer only: the cell cannot vote
        String one = listed("Một Người Giới Thiệu");
        prepareDossier(SECRETARY, one, SPRING_2024, 1);
        post(SECRETARY, one, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-INTRODUCERS"));
        // a youth-union committee and one member suffice
        post(SECRETARY, one, "introductions", Map.of("kind", "YOUTH_UNION_COMMITTEE", "introducer",
                "BCH Đoàn xã", "officialMember", false, "monthsKnown", 0, "introducedOn",
                SPRING_2024.plusDays(40).toString())).statusCode(201);
        post(SECRETARY, one, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(201);
    }

    @Test
    void shouldRequireEveryRelativeVerifiedAndEveryIssueResolved() {
        // a secretary of the commune's party committee sees every cell of the commune
        String secretary = Tokens.of("secretary-kado", COMMUNE_KA_DO, "secretary");
        String id = create(secretary, candidate(CELL_QUANG_LAP_2, "Có Vợ Rồi", "1990-01-01",
                Map.of("married", true)));
        prepareDossier(secretary, id, SPRING_2024);
        post(secretary, id, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-VERIFICATION")).body("detail", containsString("SPOUSE"));
        given().auth().oauth2(secretary).when().get("/api/membership/candidates/{id}/checklist", id)
                .then().body("missing.code", hasItems("VERIFICATION_SPOUSE", "VERIFICATION_FATHER_IN_LAW"))
                .body("blockingRules.rule", hasItem("MEM-VERIFICATION"));

        for (String subject : new String[]{"SPOUSE", "FATHER_IN_LAW"}) {
            String v = Admissions.sendVerification(secretary, id, subject, SPRING_2024.plusDays(12));
            Admissions.verificationResult(secretary, id, v, "CLEAR", SPRING_2024.plusDays(30)).statusCode(200);
        }
        String inLaw = Admissions.sendVerification(secretary, id, "MOTHER_IN_LAW", SPRING_2024.plusDays(12));
        Admissions.verificationResult(secretary, id, inLaw, "ISSUE", SPRING_2024.plusDays(30)).statusCode(200);
        post(secretary, id, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-VERIFICATION")).body("detail", containsString("MOTHER_IN_LAW"));
        // the stale version is refused, the current one records the resolution
        Admissions.verificationResult(secretary, id, inLaw, "ISSUE", SPRING_2024.plusDays(31)).statusCode(412);
        given().auth().oauth2(secretary).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("result", "ISSUE", "issueResolved", true, "receivedOn",
                        SPRING_2024.plusDays(40).toString()))
                .when().put("/api/membership/candidates/{id}/verifications/{v}", id, inLaw).then().statusCode(200);
        post(secretary, id, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(201);
    }

    @Test
    void shouldCountTwoThirdsOfThoseEntitledNotOfThosePresent() {
        String id = listed("Hai Phần Ba");
        prepareDossier(SECRETARY, id, SPRING_2024);
        // 9 of 10 present, but 15 entitled: 10 needed
        post(SECRETARY, id, "votes", Map.of("body", "CELL", "ballot", ballot(SPRING_2024.plusDays(45), 15, 10, 9,
                1, 0))).statusCode(422).body("rule", is("MEM-VOTE"))
                .body("detail", containsString("9")).body("detail", containsString("15"))
                .body("detail", containsString("10"));
        Admissions.pipeline(SECRETARY, id).body("votes", hasSize(0)).body("stage", is("DOSSIER"));
        post(SECRETARY, id, "votes", Map.of("body", "CELL", "ballot", ballot(SPRING_2024.plusDays(45), 15, 12, 10,
                2, 0))).statusCode(201);
        // the committee's vote is the commune office's to record
        post(SECRETARY, id, "votes", vote("COMMITTEE", SPRING_2024.plusDays(55), 9, 9, 9)).statusCode(403);
    }

    @Test
    void shouldKeepTheDecisionWithinSixtyWorkingDaysUnlessExtended() {
        String id = listed("Quá Hạn Quyết Định");
        prepareDossier(SECRETARY, id, SPRING_2024);
        LocalDate cellVote = SPRING_2024.plusDays(45);
        post(SECRETARY, id, "votes", vote("CELL", cellVote, 12, 10, 9)).statusCode(201);
        post(ORGANIZER, id, "votes", vote("COMMITTEE", cellVote.plusDays(10), 9, 9, 9)).statusCode(201);
        // about 100 calendar days: beyond 60 working days, within 80
        LocalDate late = cellVote.plusDays(100);
        post(ORGANIZER, id, "decision", decision("45-QĐ/HU", late, DISTRICT_DON_DUONG)).statusCode(422)
                .body("rule", is("MEM-DECISION-DEADLINE"));
        post(ORGANIZER, id, "decision", Map.of("number", "45-QĐ/HU", "decidedOn", late.toString(), "decidingUnitId",
                DISTRICT_DON_DUONG.toString(), "extensionDays", 31, "extensionReason", "Chờ kết quả thẩm tra"))
                .statusCode(422).body("rule", is("MEM-DECISION-DEADLINE")).body("detail", containsString("31"));
        post(ORGANIZER, id, "decision", Map.of("number", "45-QĐ/HU", "decidedOn", late.toString(), "decidingUnitId",
                DISTRICT_DON_DUONG.toString(), "extensionDays", 20)).statusCode(400)
                .body("errors[0].field", is("extensionReason"));
        post(ORGANIZER, id, "decision", Map.of("number", "45-QĐ/HU", "decidedOn", late.toString(), "decidingUnitId",
                DISTRICT_DON_DUONG.toString(), "extensionDays", 20, "extensionReason", "Chờ kết quả thẩm tra"))
                .statusCode(201).body("decisions[0].extensionDays", is(20));
    }

    @Test
    void shouldHoldTheCeremonyWithinThirtyWorkingDaysAndConfirmOnlyAfterProbation() {
        String id = listed("Lễ Kết Nạp Muộn");
        admit(SECRETARY, ORGANIZER, id, SPRING_2024, DISTRICT_DON_DUONG, "46-QĐ/HU");
        LocalDate decided = SPRING_2024.plusDays(70);
        post(SECRETARY, id, "ceremony", Map.of("heldOn", decided.minusDays(1).toString())).statusCode(400)
                .body("errors[0].field", is("heldOn"));
        post(SECRETARY, id, "ceremony", Map.of("heldOn", decided.plusDays(60).toString())).statusCode(422)
                .body("rule", is("MEM-CEREMONY-DEADLINE"));
        post(SECRETARY, id, "ceremony", Map.of("heldOn", decided.plusDays(20).toString())).statusCode(201);

        LocalDate ceremony = decided.plusDays(20);
        Map<String, Object> early = Map.of("outcome", "CONFIRMED",
                "vote", ballot(ceremony.plusMonths(11), 12, 11, 11, 0, 0),
                "decision", decision("13-QĐ/HU", ceremony.plusMonths(11).plusDays(5), DISTRICT_DON_DUONG));
        post(ORGANIZER, id, "confirmation", early).statusCode(422).body("rule", is("MEM-PROBATION"));
        Admissions.pipeline(SECRETARY, id).body("stage", is("PROBATION")).body("votes", hasSize(2));
        // not confirmed: struck off the list, no two-thirds needed
        Map<String, Object> struckOff = Map.of("outcome", "STRUCK_OFF",
                "vote", ballot(ceremony.plusMonths(12).plusDays(3), 12, 11, 3, 8, 0),
                "decision", decision("14-QĐ/HU", ceremony.plusMonths(12).plusDays(20), DISTRICT_DON_DUONG));
        post(ORGANIZER, id, "confirmation", struckOff).statusCode(201).body("stage", is("STRUCK_OFF"));
    }

    @Test
    void shouldRefuseStepsOutOfOrderAndImpossibleNumbers() throws SQLException {
        String id = listed("Sai Thứ Tự");
        post(SECRETARY, id, "documents", Map.of("kind", "APPLICATION", "receivedOn", SPRING_2024.toString()))
                .statusCode(422).body("rule", is("MEM-ORDER"));
        post(SECRETARY, id, "votes", vote("CELL", SPRING_2024, 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-ORDER"));
        prepareDossier(SECRETARY, id, SPRING_2024);
        long votesBefore = count("select count(*) from vote");
        post(SECRETARY, id, "votes", Map.of("body", "CELL", "ballot", ballot(SPRING_2024.plusDays(45), 10, 11, 9,
                0, 0))).statusCode(400).body("errors.field", hasItem("ballot.present"));
        post(SECRETARY, id, "votes", Map.of("body", "CELL", "ballot", ballot(SPRING_2024.plusDays(45), 12, 10, 9,
                1, 1))).statusCode(400).body("errors.field", hasItem("ballot.yes"));
        post(SECRETARY, id, "votes", Map.of("body", "CELL", "ballot", ballot(SPRING_2024.plusDays(45), 12, -1, 9,
                0, 0))).statusCode(400);
        post(SECRETARY, id, "votes", vote("CELL", clock.today().plusDays(3), 12, 10, 9)).statusCode(400)
                .body("errors[0].field", containsString("heldOn"));
        post(ORGANIZER, id, "decision", decision("45/HU", SPRING_2024.plusDays(70), DISTRICT_DON_DUONG))
                .statusCode(400).body("errors[0].field", is("number"));
        post(SECRETARY, id, "votes", Map.of("body", "CELL", "ballot", ballot(SPRING_2024.plusDays(45), 12, 10, 9,
                1, 0), "quorum", true)).statusCode(400).body("errors[0].field", is("$")); // not the unknown name
        assertEquals(votesBefore, count("select count(*) from vote"));
        Admissions.pipeline(SECRETARY, id).body("stage", is("DOSSIER"));
    }

    @Test
    void shouldCloseACandidateWithAReasonAndRecordNothingAfter() {
        String id = listed("Rút Khỏi Danh Sách");
        Admissions.certificate(SECRETARY, id, SPRING_2024);
        post(SECRETARY, id, "closure", Map.of("outcome", "WITHDRAWN", "closedOn", SPRING_2024.plusDays(3).toString(),
                "reason", "Chuyển nơi cư trú")).statusCode(201).body("stage", is("WITHDRAWN"));
        post(SECRETARY, id, "documents", Map.of("kind", "APPLICATION", "receivedOn",
                SPRING_2024.plusDays(5).toString())).statusCode(422).body("rule", is("MEM-ORDER"));
        Admissions.pipeline(SECRETARY, id).body("documents", hasSize(0));
    }

    @Test
    void shouldHideOtherSubtreesAndAuditEveryPipelineRead() throws SQLException {
        String id = listed("Chỉ Xã Ka Đô Thấy");
        String other = Tokens.of("secretary-dran", vn.coso.platform.testing.DemoUnits.COMMUNE_DRAN, "secretary");
        Admissions.pipeline(other, id).statusCode(404);
        given().auth().oauth2(other).when().get("/api/membership/candidates/{id}/checklist", id).then().statusCode(404);
        post(other, id, "awareness-certificate", Map.of("issuedOn", SPRING_2024.toString(), "issuer", "X"))
                .statusCode(404);
        Admissions.pipeline(SECRETARY, id).statusCode(200).body("stage", is("LISTED"))
                .body("certificate", nullValue());
        assertEquals(1, count("select count(*) from audit_log where action = 'READ' and resource_id = '" + id + "'"));
        for (String role : new String[]{"supervisor", "integration", "citizen", "handler"}) {
            Admissions.pipeline(Tokens.of("x", COMMUNE_KA_DO, role), id).statusCode(403);
        }
        Admissions.pipeline(Tokens.of("x", COMMUNE_KA_DO, "leader"), id).statusCode(200)
                .body("candidateId", not(nullValue()));
    }

}
