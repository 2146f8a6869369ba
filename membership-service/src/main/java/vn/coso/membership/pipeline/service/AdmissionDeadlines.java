package vn.coso.membership.pipeline.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;
import vn.coso.membership.rules.RuleSetRepository;
import vn.coso.platform.calendar.WorkingDays;

/**
 * The deadlines of the admission pipeline, in one place: the pipeline refuses by them, the checklist and the alerts
 * show them. A clock runs under the rules in force on the day it starts (the cell's resolution, the receipt of the
 * decision, the end of probation), so a clock started in June 2025 keeps the rules of June 2025.
 */
@ApplicationScoped
public class AdmissionDeadlines {

    /** The last day for a step: {@code workingDays} working days after {@code from}, under {@code rules}. */
    public record Deadline(Rule rule, RuleSet rules, LocalDate from, int workingDays, LocalDate last,
            boolean provisional) {

        public boolean missedBy(LocalDate day) {
            return day.isAfter(last);
        }
    }

    private final RuleSetRepository ruleSets;
    private final WorkingDays calendar;

    public AdmissionDeadlines(RuleSetRepository ruleSets, WorkingDays calendar) {
        this.ruleSets = ruleSets;
        this.calendar = calendar;
    }

    /** The admission decision: 60 working days from the cell's resolution, plus an extension (4.3.1). */
    public Deadline admissionDecision(LocalDate cellResolution, int extensionDays) {
        RuleSet rs = ruleSets.inForceOn(cellResolution);
        return deadline(Rule.DECISION_DEADLINE, rs, cellResolution, rs.decisionWorkingDays + extensionDays);
    }

    /** The ceremony: 30 working days from the cell's receipt of the decision (4.1). */
    public Deadline ceremony(LocalDate decisionReceived) {
        RuleSet rs = ruleSets.inForceOn(decisionReceived);
        return deadline(Rule.CEREMONY_DEADLINE, rs, decisionReceived, rs.ceremonyWorkingDays);
    }

    /** The end of probation: twelve months from the ceremony (Charter, art. 5.1); the official-from date (4.2.2). */
    public LocalDate probationEnd(LocalDate ceremony) {
        return ceremony.plusMonths(ruleSets.inForceOn(ceremony).probationMonths);
    }

    /** The cell's consideration of the confirmation: 30 working days from the end of probation (4.2.1). */
    public Deadline confirmationVote(LocalDate probationEnd) {
        RuleSet rs = ruleSets.inForceOn(probationEnd);
        return deadline(Rule.CONFIRMATION_DEADLINE, rs, probationEnd, rs.confirmationWorkingDays);
    }

    /** The committee's decision on a confirmation: 30 working days from the cell's resolution, plus extension. */
    public Deadline confirmationDecision(LocalDate cellResolution, int extensionDays) {
        RuleSet rs = ruleSets.inForceOn(cellResolution);
        return deadline(Rule.DECISION_DEADLINE, rs, cellResolution, rs.confirmationDecisionWorkingDays + extensionDays);
    }

    private Deadline deadline(Rule rule, RuleSet rs, LocalDate from, int days) {
        LocalDate last = calendar.plusWorkingDays(from, days);
        return new Deadline(rule, rs, from, days, last, calendar.isProvisional(from, last));
    }
}
