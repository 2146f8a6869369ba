package vn.coso.membership.pipeline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.GeneralEducation;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.FormerMembership;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;

/**
 * The rules of the cell vote as pure functions, at their boundaries: no HTTP, no database. The values are those of
 * the rule sets (24-QĐ/TW 1.1.1 and 1.2.1, 01-HD/TW 1.2, 3.5.1 of 24/232/294-QĐ/TW; Charter art. 4.3).
 */
class CellVoteRulesTest {

    static final LocalDate VOTE = LocalDate.of(2024, 3, 15);

    static RuleSet rules() {
        RuleSet rs = new RuleSet();
        rs.id = "TEST";
        rs.name = "test";
        rs.minAgeYears = 18;
        rs.maxAgeYears = 60;
        rs.minGeneralEducation = "LOWER_SECONDARY";
        rs.minGeneralEducationDifficultArea = "PRIMARY";
        rs.certificateValidMonths = 60;
        rs.introducersRequired = 2;
        rs.introducerMinMonths = 12;
        rs.voteShareNumerator = 2;
        rs.voteShareDenominator = 3;
        rs.readmissionMinMonths = 36;
        rs.readmissionAfterMinorCrimeMonths = 60;
        rs.readmissionBarred = List.of("SELF_ABANDONED", "RESIGNED", "DISUNITY", "CORRUPTION_CONVICTION",
                "SERIOUS_CRIME_CONVICTION");
        rs.legalBasis = Map.of();
        return rs;
    }

    static Candidate born(LocalDate dateOfBirth) {
        Candidate c = new Candidate();
        c.dateOfBirth = dateOfBirth;
        c.generalEducation = GeneralEducation.UPPER_SECONDARY;
        return c;
    }

    static Dossier dossier(Candidate c, FormerMembership former) {
        return new Dossier(c, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), Optional.ofNullable(former));
    }

    static List<Rule> broken(Dossier d) {
        // documents, introductions and verifications are missing in these dossiers: only the rules under test count
        return CellVoteRules.check(d, rules(), VOTE).stream().map(CellVoteRules.Violation::rule)
                .filter(r -> r != Rule.ORDER && r != Rule.INTRODUCERS && r != Rule.VERIFICATION).toList();
    }

    @Test
    void shouldCountAgeByFullMonthsOnTheDayOfTheVote() {
        // 18 years on the day: allowed; one day short: not
        assertEquals(List.of(), broken(dossier(born(VOTE.minusYears(18)), null)));
        assertEquals(List.of(Rule.AGE), broken(dossier(born(VOTE.minusYears(18).plusDays(1)), null)));
        // counted by month: 60 years and 0 full months (a day short of the 721st month) is still "đủ 60 tuổi",
        // 60 years and 1 month is over
        assertEquals(List.of(), broken(dossier(born(VOTE.minusYears(60).minusMonths(1).plusDays(1)), null)));
        assertEquals(List.of(Rule.AGE), broken(dossier(born(VOTE.minusYears(60).minusMonths(1)), null)));
        Candidate approved = born(VOTE.minusYears(61));
        approved.provincialApproval = "15-CV/TU";
        assertEquals(List.of(), broken(dossier(approved, null)));
    }

    @Test
    void shouldRequireLowerSecondaryOrPrimaryInAreasOfHardship() {
        Candidate primary = born(LocalDate.of(1995, 1, 1));
        primary.generalEducation = GeneralEducation.PRIMARY;
        assertEquals(List.of(Rule.EDUCATION), broken(dossier(primary, null)));
        primary.livesInDifficultArea = true;
        assertEquals(List.of(), broken(dossier(primary, null)));
        Candidate lower = born(LocalDate.of(1995, 1, 1));
        lower.generalEducation = GeneralEducation.LOWER_SECONDARY;
        assertEquals(List.of(), broken(dossier(lower, null)));
    }

    @Test
    void shouldReadmitFromTheDayThirtySixMonthsAfterLeavingWithConsent() {
        FormerMembership f = new FormerMembership();
        f.leavingReason = FormerMembership.LeavingReason.STRUCK_OFF;
        f.consentNumber = "215-CV/TU";
        f.consentOn = VOTE.minusDays(1);
        Candidate c = born(LocalDate.of(1990, 1, 1));
        f.leftOn = VOTE.minusMonths(36);
        assertEquals(List.of(), broken(dossier(c, f)));
        f.leftOn = VOTE.minusMonths(36).plusDays(1);
        assertEquals(List.of(Rule.READMISSION), broken(dossier(c, f)));
        // consent given after the vote does not count
        f.leftOn = VOTE.minusYears(5);
        f.consentOn = VOTE.plusDays(1);
        assertEquals(List.of(Rule.READMISSION), broken(dossier(c, f)));
        // a less serious crime: 60 months from the clearing of the record
        f.consentOn = VOTE.minusDays(1);
        f.leavingReason = FormerMembership.LeavingReason.MINOR_CRIME_CONVICTION;
        f.recordClearedOn = VOTE.minusMonths(59);
        assertEquals(List.of(Rule.READMISSION), broken(dossier(c, f)));
        f.recordClearedOn = VOTE.minusMonths(60);
        assertEquals(List.of(), broken(dossier(c, f)));
        f.leavingReason = FormerMembership.LeavingReason.DISUNITY;
        assertEquals(List.of(Rule.READMISSION), broken(dossier(c, f)));
    }

    /** Two thirds of those entitled, rounded up: 12 → 8, 9 → 6, 15 → 10, 10 → 7, 1 → 1, 2 → 2, 3 → 2. */
    @Test
    void shouldNeedTwoThirdsOfThoseEntitledRoundedUp() {
        RuleSet rs = rules();
        int[][] cases = {{12, 8}, {9, 6}, {15, 10}, {10, 7}, {1, 1}, {2, 2}, {3, 2}, {4, 3}, {100, 67}};
        for (int[] c : cases) {
            assertEquals(c[1], rs.votesNeeded(c[0]), "entitled " + c[0]);
        }
    }
}
