package vn.coso.planning.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.planning.document.Document;
import vn.coso.planning.document.DocumentType;
import vn.coso.planning.document.repository.DocumentRepository;
import vn.coso.planning.report.ReportModel.Standing;
import vn.coso.planning.report.ReportModel.Submission;
import vn.coso.planning.report.ReportModel.View;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;

/** Periodic reports against plans, and who has not reported yet. */
@ApplicationScoped
@Transactional
public class ReportService {

    private final PeriodReportRepository reports;
    private final DocumentRepository documents;
    private final UnitRepository units;
    private final UnitDirectory directory;
    private final CallerScope scope;
    private final AuditLog audit;

    private final VietnamTime time;

    public ReportService(PeriodReportRepository reports, DocumentRepository documents, UnitRepository units,
            UnitDirectory directory,
            CallerScope scope, AuditLog audit, VietnamTime time) {
        this.time = time;
        this.reports = reports;
        this.documents = documents;
        this.units = units;
        this.directory = directory;
        this.scope = scope;
        this.audit = audit;
    }

    public View submit(Submission s) {
        scope.requireVisible(s.unitId());
        units.findByIdOptional(s.unitId()).orElseThrow(ProblemException::notFound);
        if (s.number() > s.period().perYear()) {
            throw ProblemException.badRequest("number", "report.number-range", s.period().perYear());
        }
        Document plan = plan(s.planId(), () -> ProblemException.badRequest("planId", "document.unknown-document"));
        if (!addressedTo(plan, s.unitId())) {
            throw ProblemException.rule("REPORT-NOT-ADDRESSED", null, "report.not-addressed", plan.numberText);
        }
        LocalDate start = s.period().start(s.year(), s.number());
        LocalDate end = s.period().end(s.year(), s.number());
        if (end.isBefore(plan.issuedOn)) {
            throw ProblemException.rule("REPORT-BEFORE-PLAN", null, "report.before-plan", plan.numberText,
                    plan.issuedOn);
        }
        if (s.submittedOn().isBefore(start)) {
            throw ProblemException.badRequest("submittedOn", "report.before-period", start);
        }
        if (s.documentId() != null && documents.findByIdOptional(s.documentId())
                .filter(d -> scope.canSeeOrIsAbove(d.issuerId)).isEmpty()) {
            throw ProblemException.badRequest("documentId", "document.unknown-document");
        }
        if (reports.exists(plan.id, s.unitId(), s.period(), s.year(), s.number())) {
            throw ProblemException.conflict("report.exists", plan.numberText);
        }
        PeriodReport r = new PeriodReport();
        r.id = UUID.randomUUID();
        r.planId = plan.id;
        r.unitId = s.unitId();
        r.period = s.period();
        r.year = s.year();
        r.number = s.number();
        r.submittedOn = s.submittedOn();
        r.summary = s.summary();
        r.documentId = s.documentId();
        r.createdAt = time.now();
        reports.persistAndFlush(r);
        audit.record("SUBMIT", "period-report", r.id, r.unitId,
                Map.of("planId", r.planId, "period", r.period, "year", r.year, "number", r.number));
        return view(r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<View> list(UUID plan, UUID unit, Integer year, PageParams page) {
        Set<UUID> visible = scope.visibleUnits();
        return new Page<>(reports.list(visible, plan, unit, year, page.offset(), page.size).stream()
                .map(ReportService::view).toList(), reports.count(visible, plan, unit, year));
    }

    /** Every unit the plan is addressed to, within the caller's subtree, and whether it has reported. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Standing> status(UUID planId, Period period, int year, int number) {
        if (number > period.perYear()) {
            throw ProblemException.badRequest("number", "report.number-range", period.perYear());
        }
        // the standing of a plan is a view of that plan: unknown and out-of-sight plans are both not found
        Document plan = plan(planId, ProblemException::notFound);
        if (!scope.canSee(plan.issuerId) && plan.recipients.stream().noneMatch(scope::canSee)) {
            throw ProblemException.notFound();
        }
        LocalDate due = period.end(year, number);
        LocalDate today = time.today();
        Set<UUID> visible = scope.visibleUnits();
        List<UUID> expected = plan.recipients.stream().filter(visible::contains).toList();
        Map<UUID, PeriodReport> submitted = reports.forPeriod(plan.id, period, year, number).stream()
                .collect(Collectors.toMap(r -> r.unitId, Function.identity()));
        Map<UUID, String> names = units.names(expected);
        List<Standing> result = new ArrayList<>();
        for (UUID unit : expected) {
            PeriodReport r = submitted.get(unit);
            Standing.State state = r != null
                    ? (r.submittedOn.isAfter(due) ? Standing.State.SUBMITTED_LATE : Standing.State.SUBMITTED_ON_TIME)
                    : (today.isAfter(due) ? Standing.State.MISSING : Standing.State.NOT_DUE_YET);
            result.add(new Standing(unit, names.get(unit), due, state, r == null ? null : r.submittedOn,
                    r == null ? null : r.id));
        }
        result.sort(Comparator.comparing(Standing::state).reversed()
                .thenComparing(Standing::unitName, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }

    /** A plan the caller may cite (its own subtree's or one from above); otherwise {@code unknown}. */
    private Document plan(UUID id, java.util.function.Supplier<ProblemException> unknown) {
        Document plan = documents.findByIdOptional(id).filter(d -> scope.canSeeOrIsAbove(d.issuerId))
                .orElseThrow(unknown);
        if (plan.type != DocumentType.PLAN && plan.type != DocumentType.RESOLUTION
                && plan.type != DocumentType.DIRECTIVE) {
            throw ProblemException.badRequest("planId", "report.not-a-plan", plan.numberText);
        }
        if (plan.status == Document.Status.CANCELLED) {
            throw ProblemException.rule("REPORT-PLAN-CANCELLED", null, "document.already-cancelled",
                    plan.numberText);
        }
        return plan;
    }

    /** The plan is addressed to the unit, or to a unit above it, or the unit is under the plan's issuer. */
    private boolean addressedTo(Document plan, UUID unit) {
        return plan.recipients.contains(unit) || plan.recipients.stream()
                .anyMatch(r -> directory.tree().contains(r, unit)) || directory.tree().contains(plan.issuerId, unit);
    }

    private static View view(PeriodReport r) {
        LocalDate due = r.period.end(r.year, r.number);
        return new View(r.id, r.planId, r.unitId, r.period, r.year, r.number, due, r.submittedOn,
                r.submittedOn.isAfter(due), r.summary, r.documentId, r.version);
    }
}
