package vn.coso.membership.pipeline.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.GeneralEducation;
import vn.coso.membership.pipeline.AwarenessCertificate;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.DossierDocument;
import vn.coso.membership.pipeline.FormerMembership;
import vn.coso.membership.pipeline.Introduction;
import vn.coso.membership.pipeline.Verification;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;

/**
 * The rules a dossier must meet on the day the cell votes (DOMAIN.md §2, steps 2 to 8), re-admission included. The
 * pipeline refuses the vote on the first one broken; the checklist lists them all, as of today; one implementation.
 */
final class CellVoteRules {

    /** A broken rule, with the message key and arguments that explain it. */
    record Violation(Rule rule, String key, Object... args) {
    }

    private CellVoteRules() {
    }

    static List<Violation> check(Dossier d, RuleSet rs, LocalDate voteDay) {
        List<Violation> broken = new ArrayList<>();
        List<String> missing = missingDocuments(d);
        if (!missing.isEmpty()) {
            broken.add(new Violation(Rule.ORDER, "pipeline.dossier-incomplete", String.join(", ", missing)));
        }
        d.certificate().ifPresent(cert -> certificate(cert, rs, voteDay, broken));
        Candidate c = d.candidate();
        long months = Period.between(c.dateOfBirth, voteDay).toTotalMonths();
        if (months < rs.minAgeYears * 12L) {
            broken.add(new Violation(Rule.AGE, "pipeline.too-young", rs.minAgeYears, months / 12, months % 12));
        } else if (months > rs.maxAgeYears * 12L && c.provincialApproval == null) {
            broken.add(new Violation(Rule.AGE, "pipeline.too-old", rs.maxAgeYears, months / 12, months % 12));
        }
        String required = c.livesInDifficultArea ? rs.minGeneralEducationDifficultArea : rs.minGeneralEducation;
        if (c.generalEducation.ordinal() < GeneralEducation.valueOf(required).ordinal()) {
            broken.add(new Violation(Rule.EDUCATION, c.livesInDifficultArea
                    ? "pipeline.education-difficult-area"
                    : "pipeline.education", required, c.generalEducation.name()));
        }
        if (!introducersSufficient(d, rs)) {
            broken.add(new Violation(Rule.INTRODUCERS, "pipeline.introducers-missing", rs.introducersRequired,
                    rs.introducerMinMonths));
        }
        d.formerMembership().ifPresent(f -> readmission(f, rs, voteDay, broken));
        List<Verification.Subject> unverified = d.unverifiedSubjects();
        if (!unverified.isEmpty()) {
            broken.add(new Violation(Rule.VERIFICATION, "pipeline.verification-missing",
                    String.join(", ", unverified.stream().map(Enum::name).toList())));
        }
        return broken;
    }

    private static void certificate(AwarenessCertificate cert, RuleSet rs, LocalDate voteDay, List<Violation> broken) {
        LocalDate expires = cert.issuedOn.plusMonths(rs.certificateValidMonths);
        if (voteDay.isAfter(expires)) {
            broken.add(new Violation(Rule.CERTIFICATE, "pipeline.certificate-expired",
                    StepGuard.DAY.format(cert.issuedOn), rs.certificateValidMonths,
                    StepGuard.DAY.format(expires)));
        }
    }

    /**
     * A re-admission (24-QĐ/TW, 232-QĐ/TW, 294-QĐ/TW, 3.5): not for the reasons that bar it, once only, 36 months after
     * leaving (60 after the record was cleared, for a less serious crime), with the province's written consent given
     * before the vote.
     */
    private static void readmission(FormerMembership f, RuleSet rs, LocalDate voteDay, List<Violation> broken) {
        if (rs.readmissionBarred.contains(f.leavingReason.name())) {
            broken.add(new Violation(Rule.READMISSION, "pipeline.readmission-barred", f.leavingReason.name()));
            return;
        }
        if (f.readmittedBefore) {
            broken.add(new Violation(Rule.READMISSION, "pipeline.readmission-once"));
            return;
        }
        boolean minorCrime = f.leavingReason == FormerMembership.LeavingReason.MINOR_CRIME_CONVICTION;
        LocalDate from = minorCrime ? f.recordClearedOn : f.leftOn;
        int months = minorCrime ? rs.readmissionAfterMinorCrimeMonths : rs.readmissionMinMonths;
        LocalDate earliest = from.plusMonths(months);
        if (voteDay.isBefore(earliest)) {
            broken.add(new Violation(Rule.READMISSION, minorCrime
                    ? "pipeline.readmission-too-soon-record"
                    : "pipeline.readmission-too-soon", months, StepGuard.DAY.format(from),
                    StepGuard.DAY.format(earliest)));
        }
        if (f.consentOn == null || f.consentOn.isAfter(voteDay)) {
            broken.add(new Violation(Rule.READMISSION, "pipeline.readmission-consent"));
        }
    }

    /** The documents and opinions the cell must hold before it votes (steps 2, 3, 5 and 7). */
    static List<String> missingDocuments(Dossier d) {
        List<String> missing = new ArrayList<>();
        if (d.certificate().isEmpty()) {
            missing.add("CERTIFICATE");
        }
        for (DossierDocument.Kind kind : DossierDocument.Kind.values()) {
            if (!d.has(kind)) {
                missing.add(kind.name());
            }
        }
        if (d.opinions().isEmpty()) {
            missing.add("OPINION");
        }
        return missing;
    }

    /**
     * Two official members who have known the candidate long enough; or a union committee and one such member
     * (Điều lệ Đảng, Điều 4; forms 4-KNĐ and 4A-KNĐ).
     */
    static boolean introducersSufficient(Dossier d, RuleSet rs) {
        long members = d.introductions().stream().filter(i -> i.kind == Introduction.Kind.MEMBER && i.officialMember
                && i.monthsKnown >= rs.introducerMinMonths).count();
        long committees = d.introductions().stream().filter(i -> i.kind != Introduction.Kind.MEMBER).count();
        return members >= rs.introducersRequired || (committees >= 1 && members >= 1);
    }
}
