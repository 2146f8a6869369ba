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

        String location = post(SECRETARY, id, "votes", vote("CELL", start.plusDays(45), 12, 10, 9)).statusCode(201)
                .body("stage", is("CELL_APPROVED")).body("votes[0].ruleSet", is("QD24-2021"))
                .header("Location", org.hamcrest.Matchers.endsWith("/api/membership/candidates/" + id + "/pipeline"))
                .extract().header("Location");
        // the step can be read back where the answer points
        given().auth().oauth2(SECRETARY).when().get(location).then().statusCode(200)
                .body("votes[0].passed", is(true));
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
        post(SECRETARY, id, "confirmation/votes", Map.of("proposal", "CONFIRM", "ballot",
                ballot(probationEnd.plusDays(10), 12, 11, 11, 0, 0))).statusCode(201).body("stage", is("PROBATION"));
        post(ORGANIZER, id, "confirmation/decision", Admissions.confirmation("CONFIRMED", "12-QĐ/ĐU",
                probationEnd.plusDays(25), COMMUNE_KA_DO)).statusCode(201).body("stage", is("OFFICIAL"))
                .body("decisions.ruleSet", hasItems("QD24-2021", "QD294-2025"))
                .body("decisions[1].officialFrom", is(probationEnd.toString()));
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
                .body("rule", is("MEM-AGE")).body("detail", containsString("17 tuổi 11 tháng"))
                .body("legalBasis", containsString("1.1.1")).body("legalBasisVerified", is(true));

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

    /**
     * Two thirds of those entitled, not of those present (Điều lệ Đảng, Điều 4); a vote that falls short is a fact,
     * stored with its counts and the threshold applied, and the cell may vote again later.
     */
    @Test
    void shouldStoreAVoteWithoutTwoThirdsOfThoseEntitledAndLetTheCellVoteAgain() {
        String id = listed("Hai Phần Ba");
        prepareDossier(SECRETARY, id, SPRING_2024);
        // 9 of 10 present, but 15 entitled: ceil(15 × 2/3) = 10 needed
        post(SECRETARY, id, "votes", Map.of("body", "CELL", "ballot", ballot(SPRING_2024.plusDays(45), 15, 10, 9,
                1, 0))).statusCode(201).body("stage", is("DOSSIER")).body("votes", hasSize(1))
                .body("votes[0].passed", is(false)).body("votes[0].votesNeeded", is(10))
                .body("votes[0].attempt", is(1)).body("votes[0].proposal", is("ADMIT"));
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id)
                .then().body("nextStep", is("CELL_VOTE")).body("missing[0].code", is("VOTE_NOT_PASSED"))
                .body("missing[0].message", containsString("9/15"));
        // the committee cannot vote on a cell vote that did not pass
        post(ORGANIZER, id, "votes", vote("COMMITTEE", SPRING_2024.plusDays(55), 9, 9, 9)).statusCode(422)
                .body("rule", is("MEM-ORDER"));
        // a second vote must come after the first
        post(SECRETARY, id, "votes", Map.of("body", "CELL", "ballot", ballot(SPRING_2024.plusDays(45), 15, 12, 10,
                2, 0))).statusCode(400).body("errors[0].field", is("ballot.heldOn"));
        post(SECRETARY, id, "votes", Map.of("body", "CELL", "ballot", ballot(SPRING_2024.plusDays(52), 15, 12, 10,
                2, 0))).statusCode(201).body("stage", is("CELL_APPROVED")).body("votes", hasSize(2))
                .body("votes[1].attempt", is(2)).body("votes[1].passed", is(true));
        // the committee's vote is the commune office's to record; one short of two thirds of 9 (6) is kept too
        post(SECRETARY, id, "votes", vote("COMMITTEE", SPRING_2024.plusDays(55), 9, 9, 9)).statusCode(403);
        post(ORGANIZER, id, "votes", vote("COMMITTEE", SPRING_2024.plusDays(55), 9, 9, 5)).statusCode(201)
                .body("stage", is("CELL_APPROVED")).body("votes[2].passed", is(false))
                .body("votes[2].votesNeeded", is(6));
        post(ORGANIZER, id, "votes", vote("COMMITTEE", SPRING_2024.plusDays(58), 9, 9, 6)).statusCode(201)
                .body("stage", is("COMMITTEE_APPROVED"));
    }

    /**
     * The rule set of the day on each side of 20/01/2025 (Quy định 232-QĐ/TW, in force from its signing) and of
     * 01/07/2025 (Quy định 294-QĐ/TW with the two-level local government): four votes without two thirds, each kept
     * with the rule set it was judged by.
     */
    @Test
    void shouldJudgeEachVoteByTheRulesOfItsDayAcrossBothChangesOf2025() {
        String id = listed("Bốn Lần Biểu Quyết");
        prepareDossier(SECRETARY, id, LocalDate.of(2024, 12, 2));
        LocalDate[] days = {LocalDate.of(2025, 1, 17), LocalDate.of(2025, 1, 20), LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 7, 1)};
        String[] expected = {"QD24-2021", "QD232-2025", "QD232-2025", "QD294-2025"};
        for (int i = 0; i < days.length; i++) {
            post(SECRETARY, id, "votes", vote("CELL", days[i], 12, 10, 7)).statusCode(201)
                    .body("votes[" + i + "].ruleSet", is(expected[i])).body("votes[" + i + "].passed", is(false));
        }
        // the rule texts differ too: a decision in June 2025 is the district's under 232-QĐ/TW
        String june = listed("Quyết Định Tháng Sáu");
        LocalDate start = LocalDate.of(2025, 3, 3);
        prepareDossier(SECRETARY, june, start);
        post(SECRETARY, june, "votes", vote("CELL", start.plusDays(45), 12, 10, 9)).statusCode(201);
        post(ORGANIZER, june, "votes", vote("COMMITTEE", start.plusDays(55), 9, 9, 9)).statusCode(201);
        post(ORGANIZER, june, "decision", decision("7-QĐ/ĐU", LocalDate.of(2025, 6, 30), COMMUNE_QUANG_LAP))
                .statusCode(422).body("rule", is("MEM-AUTHORITY")).body("ruleSet", is("QD232-2025"))
                .body("legalBasis", containsString("232-QĐ/TW")).body("detail", containsString("Huyện ủy"));
        post(ORGANIZER, june, "decision", decision("45-QĐ/HU", LocalDate.of(2025, 6, 30), DISTRICT_DON_DUONG))
                .statusCode(201).body("decisions[0].ruleSet", is("QD232-2025"));
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
        post(SECRETARY, id, "confirmation/votes", Map.of("proposal", "CONFIRM", "ballot",
                ballot(ceremony.plusMonths(11), 12, 11, 11, 0, 0))).statusCode(422).body("rule", is("MEM-PROBATION"));
        Admissions.pipeline(SECRETARY, id).body("stage", is("PROBATION")).body("votes", hasSize(2));
    }

    /**
     * Quy định 24-QĐ/TW, điểm 4.1 (and 294-QĐ/TW, 4.1): 30 working days from the day the cell <em>received</em> the
     * decision; later only with the consent of the committee immediately above, which is recorded.
     */
    @Test
    void shouldCountTheCeremonyFromTheReceiptOfTheDecisionAndAcceptAnApprovedDelay() {
        // decided Monday 03/11/2025, received Monday 17/11/2025; 30 working days after the receipt (no holiday in
        // between): 18–21/11 (4), 24–28/11 (9), 1–5/12 (14), 8–12/12 (19), 15–19/12 (24), 22–26/12 (29), 29/12 (30)
        String id = listed("Nhận Quyết Định Muộn");
        LocalDate start = LocalDate.of(2025, 8, 25);
        prepareDossier(SECRETARY, id, start);
        post(SECRETARY, id, "votes", vote("CELL", start.plusDays(45), 12, 10, 9)).statusCode(201);
        post(ORGANIZER, id, "votes", vote("COMMITTEE", start.plusDays(55), 9, 9, 9)).statusCode(201);
        LocalDate decided = LocalDate.of(2025, 11, 3);
        post(ORGANIZER, id, "decision", decision("21-QĐ/ĐU", decided, COMMUNE_KA_DO)).statusCode(201);
        LocalDate received = LocalDate.of(2025, 11, 17);
        LocalDate lastDay = LocalDate.of(2025, 12, 29);
        post(SECRETARY, id, "ceremony", Map.of("heldOn", lastDay.plusDays(1).toString(), "decisionReceivedOn",
                received.toString())).statusCode(422).body("rule", is("MEM-CEREMONY-DEADLINE"))
                .body("detail", containsString("29/12/2025")).body("legalBasis", containsString("4.1"));
        post(SECRETARY, id, "ceremony", Map.of("heldOn", lastDay.plusDays(1).toString(), "decisionReceivedOn",
                decided.minusDays(1).toString())).statusCode(400).body("errors[0].field", is("decisionReceivedOn"));
        post(SECRETARY, id, "ceremony", Map.of("heldOn", lastDay.plusDays(1).toString(), "decisionReceivedOn",
                received.toString(), "delayApproval", "Công văn 35-CV/ĐU ngày 20/12/2025")).statusCode(201)
                .body("ceremony.delayApproval", is("Công văn 35-CV/ĐU ngày 20/12/2025"))
                .body("ceremony.decisionReceivedOn", is(received.toString()));
    }

    /**
     * Quy định 294-QĐ/TW, điểm 4.2.1: the cell considers the confirmation within 30 working days of the end of the 12
     * months, or records why it could not; 4.2.2: the member is official from the end of the 12 months; 4.3.1: the
     * committee decides within 30 working days of the cell's resolution, extendable by at most 30 with a reason.
     */
    @Test
    void shouldRefuseConfirmationAfterThirtyWorkingDaysWithoutAReasonAndDateTheMemberFromTheEndOfProbation() {
        String id = listed("Chuyển Chính Thức");
        LocalDate start = LocalDate.of(2025, 6, 2);
        admit(SECRETARY, ORGANIZER, id, start, COMMUNE_KA_DO, "30-QĐ/ĐU");
        LocalDate ceremony = LocalDate.of(2025, 9, 8);
        post(SECRETARY, id, "ceremony", Map.of("heldOn", ceremony.toString())).statusCode(201);
        // probation ends Tuesday 08/09/2026; 30 working days after it, no holiday in between: 09–11/9 (3),
        // 14–18/9 (8), 21–25/9 (13), 28/9–2/10 (18), 5–9/10 (23), 12–16/10 (28), 19/10 (29), 20/10 (30)
        LocalDate probationEnd = LocalDate.of(2026, 9, 8);
        LocalDate lastDay = LocalDate.of(2026, 10, 20);
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id).then()
                .body("nextStep", is("CONFIRMATION_VOTE"))
                .body("dates.find { it.kind == 'PROBATION_ENDS' }.date", is(probationEnd.toString()))
                .body("dates.find { it.kind == 'CONFIRMATION_LAST_DAY' }.date", is(lastDay.toString()));
        post(SECRETARY, id, "confirmation/votes", Map.of("proposal", "CONFIRM", "ballot",
                ballot(lastDay.plusDays(1), 12, 11, 11, 0, 0))).statusCode(422)
                .body("rule", is("MEM-CONFIRMATION-DEADLINE")).body("detail", containsString("20/10/2026"))
                .body("legalBasis", containsString("4.2.1")).body("legalBasisVerified", is(false));
        post(SECRETARY, id, "confirmation/votes", Map.of("proposal", "CONFIRM", "lateReason",
                "Bí thư chi bộ ốm, họp chậm", "ballot", ballot(lastDay.plusDays(1), 12, 11, 11, 0, 0)))
                .statusCode(201).body("votes[2].lateReason", is("Bí thư chi bộ ốm, họp chậm"));

        // the committee: 30 working days from the resolution of Wednesday 21/10/2026: 22–23/10 (2), 26–30/10 (7),
        // 2–6/11 (12), 9–13/11 (17), 16–20/11 (22), 23/11 (23; 24/11 is the Day of Vietnamese Culture), 25–27/11 (26),
        // 30/11 (27), 1–3/12 (30) → Thursday 03/12/2026; the clock of the tests stands on 01/12/2026
        clock.setToday(LocalDate.of(2026, 12, 10));
        LocalDate decisionLast = LocalDate.of(2026, 12, 3);
        post(ORGANIZER, id, "confirmation/decision", Admissions.confirmation("CONFIRMED", "40-QĐ/ĐU",
                decisionLast.plusDays(1), COMMUNE_KA_DO)).statusCode(422).body("rule", is("MEM-DECISION-DEADLINE"))
                .body("detail", containsString("03/12/2026"));
        post(ORGANIZER, id, "confirmation/decision", Admissions.confirmation("STRUCK_OFF", "40-QĐ/ĐU",
                decisionLast, COMMUNE_KA_DO)).statusCode(422).body("rule", is("MEM-CONFIRMATION-VOTE"));
        post(ORGANIZER, id, "confirmation/decision", Admissions.confirmation("CONFIRMED", "40-QĐ/ĐU",
                decisionLast, COMMUNE_KA_DO)).statusCode(201).body("stage", is("OFFICIAL"))
                .body("decisions[1].officialFrom", is(probationEnd.toString()))
                .body("decisions[1].referred", is(false));
    }

    /**
     * Điều lệ Đảng, Điều 5 khoản 2: striking a probationary member off is voted like the admission (two thirds of the
     * official members), not by a simple "no"; Quy định 24-QĐ/TW, điểm 4.2.3: after three votes without two thirds
     * the higher committee decides.
     */
    @Test
    void shouldRequireTwoThirdsToStrikeOffAndReferAfterThreeVotesWithout() {
        String id = listed("Xóa Tên Dự Bị");
        admit(SECRETARY, ORGANIZER, id, SPRING_2024, DISTRICT_DON_DUONG, "47-QĐ/HU");
        LocalDate ceremony = SPRING_2024.plusDays(80);
        post(SECRETARY, id, "ceremony", Map.of("heldOn", ceremony.toString())).statusCode(201);
        LocalDate end = ceremony.plusMonths(12);
        // 3 of 12 for striking off: ceil(12 × 2/3) = 8 needed; not passed, nothing decided
        post(SECRETARY, id, "confirmation/votes", Map.of("proposal", "STRIKE_OFF", "ballot",
                ballot(end.plusDays(3), 12, 11, 3, 8, 0))).statusCode(201).body("stage", is("PROBATION"))
                .body("votes[2].passed", is(false)).body("votes[2].votesNeeded", is(8));
        post(ORGANIZER, id, "confirmation/decision", Admissions.confirmation("STRUCK_OFF", "14-QĐ/HU",
                end.plusDays(20), DISTRICT_DON_DUONG)).statusCode(422).body("rule", is("MEM-CONFIRMATION-VOTE"));
        post(SECRETARY, id, "confirmation/votes", Map.of("proposal", "CONFIRM", "ballot",
                ballot(end.plusDays(6), 12, 11, 7, 4, 0))).statusCode(201).body("votes[3].passed", is(false));
        post(SECRETARY, id, "confirmation/votes", Map.of("proposal", "CONFIRM", "ballot",
                ballot(end.plusDays(9), 12, 12, 7, 5, 0))).statusCode(201).body("votes[4].attempt", is(3));
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id).then()
                .body("nextStep", is("CONFIRMATION_DECISION"));
        // three without two thirds: the competent committee (before 01/07/2025 the district's) decides either way
        post(ORGANIZER, id, "confirmation/decision", Admissions.confirmation("STRUCK_OFF", "14-QĐ/HU",
                end.plusDays(30), DISTRICT_DON_DUONG)).statusCode(201).body("stage", is("STRUCK_OFF"))
                .body("decisions[1].referred", is(true)).body("decisions[1].officialFrom", nullValue());
    }

    /** A proposal passed is the one the committee decides on: a cell that voted to strike off cannot be "confirmed". */
    @Test
    void shouldDecideAsTheCellProposed() {
        String id = listed("Theo Nghị Quyết Chi Bộ");
        admit(SECRETARY, ORGANIZER, id, SPRING_2024, DISTRICT_DON_DUONG, "48-QĐ/HU");
        LocalDate ceremony = SPRING_2024.plusDays(80);
        post(SECRETARY, id, "ceremony", Map.of("heldOn", ceremony.toString())).statusCode(201);
        LocalDate end = ceremony.plusMonths(12);
        post(SECRETARY, id, "confirmation/votes", Map.of("proposal", "STRIKE_OFF", "ballot",
                ballot(end.plusDays(3), 12, 11, 9, 2, 0))).statusCode(201).body("votes[2].passed", is(true));
        post(SECRETARY, id, "confirmation/votes", Map.of("proposal", "CONFIRM", "ballot",
                ballot(end.plusDays(5), 12, 11, 9, 2, 0))).statusCode(422).body("rule", is("MEM-ORDER"));
        post(ORGANIZER, id, "confirmation/decision", Admissions.confirmation("CONFIRMED", "15-QĐ/HU",
                end.plusDays(10), DISTRICT_DON_DUONG)).statusCode(422).body("rule", is("MEM-CONFIRMATION-VOTE"))
                .body("detail", containsString("STRIKE_OFF"));
        post(ORGANIZER, id, "confirmation/decision", Admissions.confirmation("STRUCK_OFF", "15-QĐ/HU",
                end.plusDays(10), DISTRICT_DON_DUONG)).statusCode(201).body("stage", is("STRUCK_OFF"));
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
                "reason", "Chuyển nơi cư trú")).statusCode(200).body("stage", is("WITHDRAWN"));
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

    /**
     * Re-admission (Quy định 24-QĐ/TW, 232-QĐ/TW and 294-QĐ/TW, điểm 3.5.2): never for those who left by abandoning
     * party life, by asking to leave (unless for family hardship), for serious disunity, for corruption or for a serious
     * crime; and once only (3.5.3).
     */
    @Test
    void shouldNeverReadmitTheBarredCasesAndOnlyOnce() {
        String id = listed("Kết Nạp Lại Bị Cấm");
        for (String reason : new String[]{"SELF_ABANDONED", "RESIGNED", "DISUNITY", "CORRUPTION_CONVICTION",
                "SERIOUS_CRIME_CONVICTION"}) {
            formerMembership(id, Map.of("leftOn", "2018-03-01", "leavingReason", reason, "readmittedBefore", false),
                    null).statusCode(422).body("rule", is("MEM-READMISSION")).body("detail", containsString(reason))
                    .body("legalBasis", containsString("3.5"));
        }
        formerMembership(id, Map.of("leftOn", "2018-03-01", "leavingReason", "STRUCK_OFF", "readmittedBefore",
                true), null).statusCode(422).body("rule", is("MEM-READMISSION"));
        Admissions.pipeline(SECRETARY, id).body("formerMembership", nullValue());
        // asking to leave for a family in hardship is the exception
        formerMembership(id, Map.of("leftOn", "2018-03-01", "leavingReason", "RESIGNED_FAMILY_HARDSHIP",
                "readmittedBefore", false), null).statusCode(200)
                .body("formerMembership.leavingReason", is("RESIGNED_FAMILY_HARDSHIP"));
        // replacing it needs the version read
        formerMembership(id, Map.of("leftOn", "2018-03-01", "leavingReason", "OTHER", "readmittedBefore", false),
                null).statusCode(428);
        formerMembership(id, Map.of("leftOn", "2018-03-01", "leavingReason", "OTHER", "readmittedBefore", false),
                "\"0\"").statusCode(200).body("formerMembership.version", is(1));
    }

    /**
     * Re-admission (3.5.1): at least 36 months after leaving, or 60 months after the record was cleared for a less
     * serious crime; the provincial standing committee's written consent before the cell votes.
     */
    @Test
    void shouldReadmitOnlyThirtySixMonthsAfterLeavingAndWithTheProvincesConsent() {
        String id = listed("Kết Nạp Lại");
        formerMembership(id, Map.of("leftOn", "2021-03-15", "leavingReason", "STRUCK_OFF", "readmittedBefore",
                false), null).statusCode(200);
        prepareDossier(SECRETARY, id, SPRING_2024.minusMonths(2));
        // 11/03/2024 is four days short of 36 months after 15/03/2021
        post(SECRETARY, id, "votes", vote("CELL", LocalDate.of(2024, 3, 11), 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-READMISSION")).body("detail", containsString("15/03/2024"));
        given().auth().oauth2(SECRETARY).when().get("/api/membership/candidates/{id}/checklist", id).then()
                .body("blockingRules.rule", hasItem("MEM-READMISSION"));
        // 36 months have passed, but without the province's consent
        post(SECRETARY, id, "votes", vote("CELL", LocalDate.of(2024, 3, 15), 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-READMISSION")).body("detail", containsString("Tỉnh ủy"));
        formerMembership(id, Map.of("leftOn", "2021-03-15", "leavingReason", "STRUCK_OFF", "readmittedBefore",
                false, "consentNumber", "215-CV/TU", "consentOn", "2024-03-01"), "\"0\"").statusCode(200);
        post(SECRETARY, id, "votes", vote("CELL", LocalDate.of(2024, 3, 15), 12, 10, 9)).statusCode(201)
                .body("stage", is("CELL_APPROVED"));

        // a less serious crime: 60 months from the clearing of the record, not from leaving
        String minor = listed("Đã Xóa Án Tích");
        formerMembership(minor, Map.of("leftOn", "2015-01-10", "leavingReason", "MINOR_CRIME_CONVICTION",
                "readmittedBefore", false, "consentNumber", "216-CV/TU", "consentOn", "2024-01-05"), null)
                .statusCode(400).body("errors[0].field", is("recordClearedOn"));
        formerMembership(minor, Map.of("leftOn", "2015-01-10", "leavingReason", "MINOR_CRIME_CONVICTION",
                "recordClearedOn", "2019-06-01", "readmittedBefore", false, "consentNumber", "216-CV/TU",
                "consentOn", "2024-01-05"), null).statusCode(200);
        prepareDossier(SECRETARY, minor, SPRING_2024.minusMonths(2));
        post(SECRETARY, minor, "votes", vote("CELL", LocalDate.of(2024, 3, 15), 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-READMISSION")).body("detail", containsString("01/06/2024"));
        post(SECRETARY, minor, "votes", vote("CELL", LocalDate.of(2024, 6, 3), 12, 10, 9)).statusCode(201);
    }

    /** After the cell's resolution the dossier stays as voted: only contact details may be corrected, audited. */
    @Test
    void shouldLockTheDossierAfterTheCellVoteExceptContactDetails() throws SQLException {
        Map<String, Object> body = candidate(CELL_QUANG_LAP_1, "Hồ Sơ Đã Biểu Quyết", "1996-05-10", Map.of());
        String id = create(SECRETARY, body);
        prepareDossier(SECRETARY, id, SPRING_2024);
        post(SECRETARY, id, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(201);
        Map<String, Object> renamed = new java.util.HashMap<>(body);
        renamed.put("fullName", "Tên Khác");
        updateCandidate(SECRETARY, id, renamed).statusCode(422).body("rule", is("MEM-DOSSIER-LOCK"))
                .body("detail", containsString("fullName")).body("detail", not(containsString("Tên Khác")));
        Map<String, Object> moved = new java.util.HashMap<>(body);
        moved.put("cellId", CELL_QUANG_LAP_2.toString());
        // moving to another cell of the commune, by the commune's secretary who sees both
        updateCandidate(Tokens.of("secretary-kado", COMMUNE_KA_DO, "secretary"), id, moved).statusCode(422)
                .body("rule", is("MEM-DOSSIER-LOCK")).body("detail", containsString("cellId"));
        Map<String, Object> phone = new java.util.HashMap<>(body);
        phone.put("phone", "0912345678");
        updateCandidate(SECRETARY, id, phone).statusCode(200);
        assertEquals(1, count("select count(*) from audit_log where action = 'UPDATE' and resource_id = '" + id
                + "' and details::text like '%phone%'"));
    }

    /** A guardian is verified as well as the birth parents, never instead; the candidate is never exempt. */
    @Test
    void shouldVerifyTheGuardianBesidesTheParentsAndNeverExemptTheCandidate() {
        String id = create(SECRETARY, candidate(CELL_QUANG_LAP_1, "Con Nuôi", "1997-02-02",
                Map.of("raisedByGuardian", true)));
        prepareDossier(SECRETARY, id, SPRING_2024);
        post(SECRETARY, id, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-VERIFICATION")).body("detail", containsString("GUARDIAN"))
                .body("detail", not(containsString("FATHER")));
        String self = Admissions.sendVerification(SECRETARY, id, "SELF", SPRING_2024.plusDays(20));
        Admissions.verificationResult(SECRETARY, id, self, "EXEMPT", SPRING_2024.plusDays(30)).statusCode(400)
                .body("errors[0].field", is("result"));
        String guardian = Admissions.sendVerification(SECRETARY, id, "GUARDIAN", SPRING_2024.plusDays(20));
        Admissions.verificationResult(SECRETARY, id, guardian, "CLEAR", SPRING_2024.plusDays(30)).statusCode(200);
        post(SECRETARY, id, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(201);
    }

    /**
     * Quy định 24-QĐ/TW, điểm 1.2.1: lower secondary school; Hướng dẫn 01-HD/TW, điểm 1.2: in mountain, border and
     * ethnic-minority areas and areas of particular hardship, the primary programme completed suffices.
     */
    @Test
    void shouldRequireLowerSecondarySchoolExceptInAreasOfHardship() {
        String primary = create(SECRETARY, candidate(CELL_QUANG_LAP_1, "Học Hết Tiểu Học", "1995-01-01",
                Map.of("generalEducation", "PRIMARY")));
        prepareDossier(SECRETARY, primary, SPRING_2024);
        post(SECRETARY, primary, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(422)
                .body("rule", is("MEM-EDUCATION")).body("detail", containsString("LOWER_SECONDARY"))
                .body("legalBasis", containsString("1.2.1")).body("legalBasisVerified", is(true));
        String mountain = create(SECRETARY, candidate(CELL_QUANG_LAP_1, "Ở Vùng Khó Khăn", "1995-01-01",
                Map.of("generalEducation", "PRIMARY", "livesInDifficultArea", true)));
        prepareDossier(SECRETARY, mountain, SPRING_2024);
        post(SECRETARY, mountain, "votes", vote("CELL", SPRING_2024.plusDays(45), 12, 10, 9)).statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse formerMembership(String id, Map<String, Object> body,
            String ifMatch) {
        var request = given().auth().oauth2(SECRETARY).contentType("application/json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/membership/candidates/{id}/former-membership", id).then();
    }

    private static io.restassured.response.ValidatableResponse updateCandidate(String token, String id,
            Map<String, Object> body) {
        String etag = given().auth().oauth2(token).when().get("/api/membership/candidates/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/membership/candidates/{id}", id).then();
    }
}
