package vn.coso.membership.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.coso.platform.problem.ProblemException;

/**
 * The admission rules in force from a date: thresholds, deadlines, the deciding authority and the legal basis of each
 * rule. A step is checked against the set in force on its own date and records which one it was.
 */
@Entity
@Immutable
@Table(name = "rule_set")
public class RuleSet {

    @Id
    public String id;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    public String name;

    /** Unit kind of the committee that decides admissions (district until 30/06/2025, commune after). */
    @Column(name = "deciding_unit_kind")
    public String decidingUnitKind;

    @Column(name = "deciding_authority")
    public String decidingAuthority;

    @Column(name = "min_age_years")
    public int minAgeYears;

    @Column(name = "max_age_years")
    public int maxAgeYears;

    /** The general education required (1.2.1), as a {@code GeneralEducation} name. */
    @Column(name = "min_general_education")
    public String minGeneralEducation;

    /** The general education required of those living in the areas of 01-HD/TW, 1.2. */
    @Column(name = "min_general_education_difficult_area")
    public String minGeneralEducationDifficultArea;

    @Column(name = "certificate_valid_months")
    public int certificateValidMonths;

    @Column(name = "introducers_required")
    public int introducersRequired;

    @Column(name = "introducer_min_months")
    public int introducerMinMonths;

    @Column(name = "vote_share_numerator")
    public int voteShareNumerator;

    @Column(name = "vote_share_denominator")
    public int voteShareDenominator;

    @Column(name = "decision_working_days")
    public int decisionWorkingDays;

    @Column(name = "decision_extension_max_days")
    public int decisionExtensionMaxDays;

    @Column(name = "ceremony_working_days")
    public int ceremonyWorkingDays;

    @Column(name = "probation_months")
    public int probationMonths;

    @Column(name = "confirmation_working_days")
    public int confirmationWorkingDays;

    /** Working days for the committee's decision after the cell's resolution on a confirmation (4.3.1). */
    @Column(name = "confirmation_decision_working_days")
    public int confirmationDecisionWorkingDays;

    /** Cell votes without two thirds after which the higher committee decides the confirmation (4.2.3). */
    @Column(name = "confirmation_attempts_before_referral")
    public int confirmationAttemptsBeforeReferral;

    /** Months since leaving the Party before a re-admission may be considered (3.5.1). */
    @Column(name = "readmission_min_months")
    public int readmissionMinMonths;

    /** Months since the criminal record was cleared, after a less serious crime (3.5.1). */
    @Column(name = "readmission_after_minor_crime_months")
    public int readmissionAfterMinorCrimeMonths;

    /** Reasons for leaving that bar re-admission (3.5.2), as {@code FormerMembership.LeavingReason} names. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "readmission_barred", columnDefinition = "jsonb")
    public List<String> readmissionBarred;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis", columnDefinition = "jsonb")
    public Map<String, String> legalBasis;

    /** For each rule code, the text its citation was checked against; a code without an entry is unverified. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis_checked", columnDefinition = "jsonb")
    public Map<String, String> legalBasisChecked;

    public String legalBasis(Rule rule) {
        return legalBasis.getOrDefault(rule.code(), name);
    }

    /** What the citation of {@code rule} was checked against, or null while it is unverified. */
    public String checkedAgainst(Rule rule) {
        return legalBasisChecked == null ? null : legalBasisChecked.get(rule.code());
    }

    /** The fewest "yes" votes that pass: two thirds of those entitled, rounded up. */
    public int votesNeeded(int entitled) {
        return (entitled * voteShareNumerator + voteShareDenominator - 1) / voteShareDenominator;
    }

    /** A 422 naming the rule, its legal basis and this rule set. */
    public ProblemException violation(Rule rule, String detailKey, Object... args) {
        return ProblemException.of(vn.coso.platform.problem.ProblemType.RULE_VIOLATION)
                .rule(rule.code(), legalBasis(rule)).detail(detailKey, args).extension("ruleSet", id)
                .extension("legalBasisVerified", checkedAgainst(rule) != null).build();
    }
}
