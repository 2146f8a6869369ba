package vn.coso.membership.pipeline.service;

import java.time.LocalDate;

import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;

/** What the admission and the confirmation share: a ballot that adds up, and a decision's deadline and extension. */
final class DecisionRules {

    private DecisionRules() {
    }

    /** Present no more than entitled, votes cast no more than present; both reported at once. */
    static void requireConsistent(StepRequests.Ballot b, String prefix) {
        var problem = ProblemException.of(ProblemType.VALIDATION);
        boolean bad = false;
        if (b.present() > b.entitled()) {
            problem.fieldError(prefix + "present", "pipeline.present-over-entitled");
            bad = true;
        }
        if (b.yes() + b.no() + b.abstain() > b.present()) {
            problem.fieldError(prefix + "yes", "pipeline.votes-over-present");
            bad = true;
        }
        if (bad) {
            throw problem.build();
        }
    }

    /** The extension asked for: with its reason, and at most what the rule set of the clock's start allows. */
    static int extension(Integer days, String reason, RuleSet rs) {
        int extension = days == null ? 0 : days;
        if (extension > 0 && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest("extensionReason", "pipeline.extension-reason");
        }
        if (extension > rs.decisionExtensionMaxDays) {
            throw rs.violation(Rule.DECISION_DEADLINE, "pipeline.extension-too-long", extension,
                    rs.decisionExtensionMaxDays);
        }
        return extension;
    }

    static void requireWithin(AdmissionDeadlines.Deadline deadline, LocalDate decidedOn, int extension) {
        if (deadline.missedBy(decidedOn)) {
            throw deadline.rules().violation(Rule.DECISION_DEADLINE, extension == 0
                    ? "pipeline.decision-late"
                    : "pipeline.decision-late-extended", StepGuard.DAY.format(deadline.last()), deadline.workingDays(),
                    StepGuard.DAY.format(deadline.from()));
        }
    }
}
