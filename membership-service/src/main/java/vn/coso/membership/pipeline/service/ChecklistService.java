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
import vn.coso.platform.calendar.WorkingDays;
import vn.coso.platform.problem.Messages;
import vn.coso.platform.time.VietnamTime;

/**
 * What a cell secretary opens first: the next step, what is missing for it, which rules would block it today and
 * why, and the dates that matter. Computed from the dossier and the rule set in force today.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChecklistService {

    /** The next step of the pipeline. */
    public enum Step {
        CERTIFICATE, DOCUMENTS, CELL_VOTE, COMMITTEE_VOTE, DECISION, CEREMONY, CONFIRMATION
    }

    /** A date that matters, with whether it has passed. */
    public enum DateKind {
        VERIFICATION_DUE, CERTIFICATE_EXPIRES, TURNS_60, DECISION_LAST_DAY, CEREMONY_LAST_DAY, PROBATION_ENDS,
        CONFIRMATION_LAST_DAY
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
    private final WorkingDays calendar;

    private final VietnamTime time;

    public ChecklistService(RuleSetRepository rules, WorkingDays calendar, VietnamTime time) {
        this.time = time;
        this.rules = rules;
        this.calendar = calendar;
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
            case CELL_APPROVED -> Step.COMMITTEE_VOTE;
            case COMMITTEE_APPROVED -> {
                dates.stream().filter(k -> k.kind() == DateKind.DECISION_LAST_DAY && k.overdue()).findFirst()
                        .ifPresent(k -> blockers.add(blocker(rs, Rule.DECISION_DEADLINE, locale,
                                "checklist.decision-late", PipelineService.DAY.format(k.date()))));
                yield Step.DECISION;
            }
            case ADMITTED -> {
                dates.stream().filter(k -> k.kind() == DateKind.CEREMONY_LAST_DAY && k.overdue()).findFirst()
                        .ifPresent(k -> blockers.add(blocker(rs, Rule.CEREMONY_DEADLINE, locale,
                                "checklist.ceremony-late", PipelineService.DAY.format(k.date()))));
                yield Step.CEREMONY;
            }
            case PROBATION -> {
                dates.stream().filter(k -> k.kind() == DateKind.PROBATION_ENDS && !today.isAfter(k.date()))
                        .findFirst().ifPresent(k -> blockers.add(blocker(rs, Rule.PROBATION, locale,
                                "pipeline.probation-not-over", PipelineService.DAY.format(k.date()),
                                rs.probationMonths)));
                yield Step.CONFIRMATION;
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
            LocalDate last = calendar.plusWorkingDays(cellVote.get().heldOn, rs.decisionWorkingDays);
            dates.add(new KeyDate(DateKind.DECISION_LAST_DAY, last, null, today.isAfter(last),
                    calendar.isProvisional(cellVote.get().heldOn, last)));
        }
        if (decision.isPresent() && d.ceremony().isEmpty()) {
            LocalDate last = calendar.plusWorkingDays(decision.get().decidedOn, rs.ceremonyWorkingDays);
            dates.add(new KeyDate(DateKind.CEREMONY_LAST_DAY, last, null, today.isAfter(last),
                    calendar.isProvisional(decision.get().decidedOn, last)));
        }
        d.ceremony().ifPresent(ceremony -> {
            LocalDate end = ceremony.heldOn.plusMonths(rs.probationMonths);
            dates.add(new KeyDate(DateKind.PROBATION_ENDS, end, null, false));
            LocalDate last = calendar.plusWorkingDays(end, rs.confirmationWorkingDays);
            dates.add(new KeyDate(DateKind.CONFIRMATION_LAST_DAY, last, null, today.isAfter(last),
                    calendar.isProvisional(end, last)));
        });
        dates.sort(java.util.Comparator.comparing(KeyDate::date));
        return dates;
    }

    private static Item item(Locale locale, String code) {
        return new Item(code, Messages.get(locale, "checklist.missing." + code));
    }

    private static Blocker blocker(RuleSet rs, Rule rule, Locale locale, String key, Object... args) {
        return new Blocker(rule.code(), rs.legalBasis(rule), Messages.get(locale, key, args));
    }
}
