package vn.coso.membership.pipeline.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Stage;
import vn.coso.membership.pipeline.Decision;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.Verification;
import vn.coso.membership.pipeline.Vote;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSet;
import vn.coso.membership.rules.RuleSetRepository;
import vn.coso.platform.problem.Messages;
import vn.coso.platform.time.VietnamTime;

/**
 * What a cell secretary opens first: the next step, what is missing for it, which rules would block it today and
 * why, and the dates that matter. The rules of a step not yet taken are those in force today; each deadline is the
 * pipeline's own ({@link AdmissionDeadlines}), under the rules in force when its clock started.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChecklistService {

    /** The next step of the pipeline. */
    public enum Step {
        CERTIFICATE, DOCUMENTS, CELL_VOTE, COMMITTEE_VOTE, DECISION, CEREMONY, CONFIRMATION_VOTE,
        CONFIRMATION_DECISION
    }

    /** A date that matters, with whether it has passed. */
    public enum DateKind {
        VERIFICATION_DUE, CERTIFICATE_EXPIRES, TURNS_60, DECISION_LAST_DAY, CEREMONY_LAST_DAY, PROBATION_ENDS,
        CONFIRMATION_LAST_DAY, CONFIRMATION_DECISION_LAST_DAY
    }

    @Schema(name = "Checklist")
    public record Checklist(UUID candidateId, Stage stage, Step nextStep, List<Item> missing,
            List<Blocker> blockingRules, List<KeyDate> dates, String ruleSet, String decidingAuthority) {
    }

    @Schema(name = "ChecklistItem")
    public record Item(String code, String message) {
    }

    @Schema(name = "ChecklistBlocker")
    public record Blocker(String rule, String legalBasis, String message) {
    }

    @Schema(name = "ChecklistDate")
    public record KeyDate(DateKind kind, LocalDate date, String subject, boolean overdue,
            @Schema(description = "True when the date counts working days through a year without a recorded "
                    + "government decision on its holidays: it may move") boolean provisional) {

        KeyDate(DateKind kind, LocalDate date, String subject, boolean overdue) {
            this(kind, date, subject, overdue, false);
        }
    }

    private final RuleSetRepository rules;
    private final AdmissionDeadlines deadlines;

    private final VietnamTime time;

    public ChecklistService(RuleSetRepository rules, AdmissionDeadlines deadlines, VietnamTime time) {
        this.time = time;
        this.rules = rules;
        this.deadlines = deadlines;
    }

    public Checklist of(Dossier d, Locale locale) {
        return of(d, locale, time.today());
    }

    Checklist of(Dossier d, Locale locale, LocalDate today) {
        RuleSet rs = rules.inForceOn(today);
        Stage stage = d.stage();
        List<Item> missing = new ArrayList<>();
        List<Blocker> blockers = new ArrayList<>();
        List<KeyDate> dates = keyDates(d, rs, today);
        Step next = switch (stage) {
            case LISTED -> {
                missing.add(item(locale, "CERTIFICATE"));
                yield Step.CERTIFICATE;
            }
            case CERTIFIED -> {
                CellVoteRules.missingDocuments(d).forEach(code -> missing.add(item(locale, code)));
                yield Step.DOCUMENTS;
            }
            case DOSSIER -> {
                notPassed(d, Vote.Purpose.ADMISSION, Vote.Body.CELL, locale, missing);
                CellVoteRules.missingDocuments(d).forEach(code -> missing.add(item(locale, code)));
                if (!CellVoteRules.introducersSufficient(d, rs)) {
                    missing.add(item(locale, "INTRODUCTIONS"));
                }
                d.unverifiedSubjects().forEach(s -> missing.add(new Item("VERIFICATION_" + s,
                        Messages.get(locale, "checklist.missing.VERIFICATION",
                                Messages.get(locale, "subject." + s)))));
                cellVoteBlockers(d, rs, today, locale, blockers);
                yield Step.CELL_VOTE;
            }
            case CELL_APPROVED -> {
                notPassed(d, Vote.Purpose.ADMISSION, Vote.Body.COMMITTEE, locale, missing);
                yield Step.COMMITTEE_VOTE;
            }
            case COMMITTEE_APPROVED -> {
                dates.stream().filter(k -> k.kind() == DateKind.DECISION_LAST_DAY && k.overdue()).findFirst()
                        .ifPresent(k -> blockers.add(blocker(rs, Rule.DECISION_DEADLINE, locale,
                                "checklist.decision-late", StepGuard.DAY.format(k.date()))));
                yield Step.DECISION;
            }
            case ADMITTED -> {
                dates.stream().filter(k -> k.kind() == DateKind.CEREMONY_LAST_DAY && k.overdue()).findFirst()
                        .ifPresent(k -> blockers.add(blocker(rs, Rule.CEREMONY_DEADLINE, locale,
                                "checklist.ceremony-late", StepGuard.DAY.format(k.date()))));
                yield Step.CEREMONY;
            }
            case PROBATION -> {
                if (d.vote(Vote.Purpose.CONFIRMATION, Vote.Body.CELL).isPresent()) {
                    yield Step.CONFIRMATION_DECISION;
                }
                notPassed(d, Vote.Purpose.CONFIRMATION, Vote.Body.CELL, locale, missing);
                int attempts = d.attempts(Vote.Purpose.CONFIRMATION, Vote.Body.CELL).size();
                if (attempts >= rs.confirmationAttemptsBeforeReferral) {
                    // three votes without two thirds: the higher committee decides (4.2.3)
                    yield Step.CONFIRMATION_DECISION;
                }
                dates.stream().filter(k -> k.kind() == DateKind.PROBATION_ENDS && today.isBefore(k.date()))
                        .findFirst().ifPresent(k -> blockers.add(blocker(rs, Rule.PROBATION, locale,
                                "pipeline.probation-not-over", StepGuard.DAY.format(k.date()),
                                rs.probationMonths)));
                yield Step.CONFIRMATION_VOTE;
            }
            case OFFICIAL, STRUCK_OFF, WITHDRAWN, REJECTED -> null;
        };
        return new Checklist(d.candidate().id, stage, next, missing, blockers, dates, rs.id, rs.decidingAuthority);
    }

    private static void cellVoteBlockers(Dossier d, RuleSet rs, LocalDate today, Locale locale,
            List<Blocker> blockers) {
        for (CellVoteRules.Violation v : CellVoteRules.check(d, rs, today)) {
            if (v.rule() != Rule.ORDER) {
                // what is missing is listed item by item above; the rules say why the rest blocks
                blockers.add(blocker(rs, v.rule(), locale, v.key(), v.args()));
            }
        }
    }

    /** The dates that matter for a candidate, as of {@code today}, under the rules in force today. */
    public List<KeyDate> dates(Dossier d, LocalDate today) {
        return keyDates(d, rules.inForceOn(today), today);
    }

    private List<KeyDate> keyDates(Dossier d, RuleSet rs, LocalDate today) {
        List<KeyDate> dates = new ArrayList<>();
        Stage stage = d.stage();
        if (stage.closed()) {
            return dates;
        }
        Candidate c = d.candidate();
        boolean beforeCellVote = stage.ordinal() < Stage.CELL_APPROVED.ordinal();
        if (beforeCellVote) {
            for (Verification v : d.verifications()) {
                if (v.result == null) {
                    dates.add(new KeyDate(DateKind.VERIFICATION_DUE, v.dueOn, v.subject.name(),
                            today.isAfter(v.dueOn)));
                }
            }
            d.certificate().map(cert -> cert.issuedOn.plusMonths(rs.certificateValidMonths))
                    .ifPresent(e -> dates.add(new KeyDate(DateKind.CERTIFICATE_EXPIRES, e, null, today.isAfter(e))));
            LocalDate sixty = c.dateOfBirth.plusYears(rs.maxAgeYears);
            if (c.provincialApproval == null) {
                dates.add(new KeyDate(DateKind.TURNS_60, sixty, null, today.isAfter(sixty)));
            }
        }
        Optional<Vote> cellVote = d.vote(Vote.Purpose.ADMISSION, Vote.Body.CELL);
        Optional<Decision> decision = d.decision(Vote.Purpose.ADMISSION);
        if (cellVote.isPresent() && decision.isEmpty()) {
            dates.add(keyDate(DateKind.DECISION_LAST_DAY, deadlines.admissionDecision(cellVote.get().heldOn, 0),
                    today));
        }
        if (decision.isPresent() && d.ceremony().isEmpty()) {
            // the clock runs from the cell's receipt of the decision; until it is recorded, from the decision itself
            dates.add(keyDate(DateKind.CEREMONY_LAST_DAY, deadlines.ceremony(decision.get().decidedOn), today));
        }
        d.ceremony().ifPresent(ceremony -> {
            LocalDate end = deadlines.probationEnd(ceremony.heldOn);
            dates.add(new KeyDate(DateKind.PROBATION_ENDS, end, null, false));
            Optional<Vote> confirmationVote = d.vote(Vote.Purpose.CONFIRMATION, Vote.Body.CELL);
            if (confirmationVote.isEmpty()) {
                dates.add(keyDate(DateKind.CONFIRMATION_LAST_DAY, deadlines.confirmationVote(end), today));
            } else {
                dates.add(keyDate(DateKind.CONFIRMATION_DECISION_LAST_DAY,
                        deadlines.confirmationDecision(confirmationVote.get().heldOn, 0), today));
            }
        });
        dates.sort(java.util.Comparator.comparing(KeyDate::date));
        return dates;
    }

    private static KeyDate keyDate(DateKind kind, AdmissionDeadlines.Deadline deadline, LocalDate today) {
        return new KeyDate(kind, deadline.last(), null, deadline.missedBy(today), deadline.provisional());
    }

    /** The latest vote did not pass: said first, with its counts, so the secretary knows why nothing moved. */
    private static void notPassed(Dossier d, Vote.Purpose purpose, Vote.Body body, Locale locale,
            List<Item> missing) {
        d.lastAttempt(purpose, body).filter(v -> !v.passed).ifPresent(v -> missing.add(new Item("VOTE_NOT_PASSED",
                Messages.get(locale, "checklist.vote-not-passed", StepGuard.DAY.format(v.heldOn), v.yes,
                        v.entitled, v.votesNeeded, v.attempt))));
    }

    private static Item item(Locale locale, String code) {
        return new Item(code, Messages.get(locale, "checklist.missing." + code));
    }

    private static Blocker blocker(RuleSet rs, Rule rule, Locale locale, String key, Object... args) {
        return new Blocker(rule.code(), rs.legalBasis(rule), Messages.get(locale, key, args));
    }
}
