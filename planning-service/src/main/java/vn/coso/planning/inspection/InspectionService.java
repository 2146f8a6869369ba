package vn.coso.planning.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import vn.coso.planning.calendar.CalendarService;
import vn.coso.planning.document.Document;
import vn.coso.planning.document.DocumentType;
import vn.coso.planning.document.repository.DocumentRepository;
import vn.coso.planning.inspection.Inspection.Status;
import vn.coso.planning.inspection.InspectionModel.Codes;
import vn.coso.planning.inspection.InspectionModel.ConclusionRequest;
import vn.coso.planning.inspection.InspectionModel.DisciplineRequest;
import vn.coso.planning.inspection.InspectionModel.DisciplineView;
import vn.coso.planning.inspection.InspectionModel.FollowUpRequest;
import vn.coso.planning.inspection.InspectionModel.ItemRequest;
import vn.coso.planning.inspection.InspectionModel.OverdueRemedy;
import vn.coso.planning.inspection.InspectionModel.ProgrammeRequest;
import vn.coso.planning.inspection.InspectionModel.ProgrammeView;
import vn.coso.planning.inspection.InspectionModel.ProgressRow;
import vn.coso.planning.inspection.InspectionModel.ProgressView;
import vn.coso.planning.inspection.InspectionModel.Quarter;
import vn.coso.planning.inspection.InspectionModel.RemedyRequest;
import vn.coso.planning.inspection.InspectionModel.RemedyView;
import vn.coso.planning.inspection.InspectionModel.StartRequest;
import vn.coso.planning.inspection.InspectionModel.SubjectRequest;
import vn.coso.planning.inspection.InspectionModel.SubjectView;
import vn.coso.planning.inspection.InspectionModel.Summary;
import vn.coso.planning.inspection.InspectionModel.View;
import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.export.Table;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/**
 * Inspection and supervision programmes (kiểm tra, giám sát) of party committees, their inspection committees and
 * cells: the plan, each item as it is carried out, its conclusion, the points to remedy by their deadlines, and a
 * discipline matter as the competent body decided it. Records about members are personal data: a member's name is
 * only in an inspection's own view, read by the inspecting side's leaders and inspectors (and the province's
 * organisers), and every such read is audited.
 */
@ApplicationScoped
@Transactional
public class InspectionService {

    static final String RESOURCE = "inspection";
    static final String PROGRAMME = "inspection-programme";
    static final int MAX_OVERDUE = 1_000;
    private static final Set<UnitKind> ORGANISATIONS = Set.of(UnitKind.PROVINCE_COMMITTEE,
            UnitKind.DISTRICT_COMMITTEE, UnitKind.COMMUNE_COMMITTEE, UnitKind.PARTIAL_COMMITTEE, UnitKind.CELL);

    private final InspectionRepository inspections;
    private final DocumentRepository documents;
    private final UnitRepository units;
    private final UnitDirectory directory;
    private final CallerScope scope;
    private final SecurityIdentity identity;
    private final CalendarService calendar;
    private final AuditLog audit;
    private final VietnamTime time;

    public InspectionService(InspectionRepository inspections, DocumentRepository documents, UnitRepository units,
            UnitDirectory directory, CallerScope scope, SecurityIdentity identity, CalendarService calendar,
            AuditLog audit, VietnamTime time) {
        this.inspections = inspections;
        this.documents = documents;
        this.units = units;
        this.directory = directory;
        this.scope = scope;
        this.identity = identity;
        this.calendar = calendar;
        this.audit = audit;
        this.time = time;
    }

    // ---- programmes

    public ProgrammeView create(ProgrammeRequest r) {
        scope.requireVisible(r.unitId());
        Unit unit = units.findByIdOptional(r.unitId()).orElseThrow(ProblemException::notFound);
        if (!unit.livesDuring(r.year())) {
            throw ProblemException.rule("INSPECTION-UNIT-YEAR", null, "target.unit-not-in-year", unit.name, r.year());
        }
        boolean cell = unit.kind == UnitKind.CELL;
        if (cell != (r.body() == InspectionProgramme.Body.CELL) || !ORGANISATIONS.contains(unit.kind)) {
            throw ProblemException.badRequest("body", "inspection.body-of-unit", unit.name);
        }
        Document document = ownDocument(r.documentId(), "documentId", unit.id, DocumentType.PROGRAMME);
        if (document.issuedOn.getYear() != r.year() && document.issuedOn.getYear() != r.year() - 1) {
            throw ProblemException.badRequest("documentId", "inspection.programme-document-year", document.numberText,
                    r.year());
        }
        if (inspections.programmeExists(unit.id, r.year(), r.body())) {
            throw ProblemException.conflict("inspection.programme-exists", unit.name, r.year());
        }
        InspectionProgramme p = new InspectionProgramme();
        p.id = UUID.randomUUID();
        p.unitId = unit.id;
        p.year = r.year();
        p.body = r.body();
        p.documentId = document.id;
        p.createdAt = time.now();
        inspections.persist(p);
        audit.record("CREATE", PROGRAMME, p.id, p.unitId, Map.of("year", p.year, "body", p.body));
        return programmeView(p, List.of(), Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProgrammeView> programme(UUID id) {
        return visibleProgramme(id).map(p -> {
            List<Inspection> items = inspections.items(List.of(p.id));
            return programmeView(p, items, openRemedies(items));
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProgrammeView> programmes(Integer year, UUID unit, PageParams page) {
        Set<UUID> within = scope.subtreeOr(unit);
        List<InspectionProgramme> found = inspections.programmes(within, year, page.offset(), page.size);
        List<Inspection> items = inspections.items(found.stream().map(p -> p.id).toList());
        Map<UUID, Long> open = openRemedies(items);
        Map<UUID, List<Inspection>> byProgramme = items.stream()
                .collect(Collectors.groupingBy(i -> i.programmeId, LinkedHashMap::new, Collectors.toList()));
        // the programmes' document numbers in one query, not one per programme
        Map<UUID, String> numbers = documents.numbers(found.stream().map(p -> p.documentId).toList());
        return new Page<>(found.stream().map(p -> programmeView(p, numbers.get(p.documentId),
                byProgramme.getOrDefault(p.id, List.of()), open)).toList(),
                inspections.countProgrammes(within, year));
    }

    /** Plans an inspection or supervision in the programme, or records one added during the year. */
    public Optional<Summary> add(UUID programmeId, ItemRequest r) {
        return visibleProgramme(programmeId).map(p -> {
            Document document = documents.findByIdOptional(p.documentId).orElseThrow();
            Set<String> known = inspections.contents(document.issuedOn).stream().map(c -> c.code())
                    .collect(Collectors.toSet());
            List<String> contents = r.contents().stream().distinct().toList();
            for (String code : contents) {
                if (!known.contains(code)) {
                    throw ProblemException.badRequest("contents", "inspection.unknown-content", code,
                            document.issuedOn);
                }
            }
            Inspection i = new Inspection();
            i.id = UUID.randomUUID();
            i.programmeId = p.id;
            i.kind = r.kind();
            i.mode = r.mode();
            i.planned = r.planned() == null || r.planned();
            i.quarter = r.quarter();
            i.contents = contents.toArray(String[]::new);
            i.lead = r.lead().strip();
            i.status = Status.PLANNED;
            i.subjects = subjects(p, r.subjects());
            i.createdAt = time.now();
            inspections.persistAndFlush(i);
            audit.record("CREATE", RESOURCE, i.id, p.unitId, Map.of("kind", i.kind, "planned", i.planned));
            return summary(i, 0);
        });
    }

    private List<Inspection.Subject> subjects(InspectionProgramme p, List<SubjectRequest> requested) {
        Set<UUID> below = directory.subtree(p.unitId);
        Set<List<Object>> seen = new LinkedHashSet<>();
        List<Inspection.Subject> subjects = new ArrayList<>();
        for (int n = 0; n < requested.size(); n++) {
            SubjectRequest s = requested.get(n);
            String field = "subjects[" + n + "]";
            String name = s.memberName() == null || s.memberName().isBlank() ? null : s.memberName().strip();
            Unit unit = units.findByIdOptional(s.unitId()).filter(u -> below.contains(u.id))
                    .orElseThrow(() -> ProblemException.badRequest(field + ".unitId", "inspection.subject-outside"));
            boolean lower = !unit.id.equals(p.unitId) && ORGANISATIONS.contains(unit.kind);
            boolean cellOfMember = unit.kind == UnitKind.CELL;
            if (name == null ? !lower : !cellOfMember) {
                throw ProblemException.badRequest(field + ".unitId",
                        name == null ? "inspection.subject-not-lower" : "inspection.member-not-in-cell", unit.name);
            }
            if (!unit.livesDuring(p.year)) {
                throw ProblemException.badRequest(field + ".unitId", "inspection.subject-not-in-year", unit.name,
                        p.year);
            }
            if (!seen.add(Arrays.asList(unit.id, name == null ? null : name.toLowerCase()))) {
                throw ProblemException.badRequest(field, "inspection.subject-twice");
            }
            Inspection.Subject subject = new Inspection.Subject();
            subject.unitId = unit.id;
            subject.memberName = name;
            subjects.add(subject);
        }
        return subjects;
    }

    // ---- each inspection as it happens

    /** The whole record, members' names included; every read is audited. */
    public Optional<View> get(UUID id) {
        return visible(id).map(found -> {
            requireNeedToKnow();
            audit.record("READ", RESOURCE, found.inspection().id, found.programme().unitId,
                    Map.of("subjects", found.inspection().subjects.size()));
            return view(found);
        });
    }

    public Optional<View> start(UUID id, String ifMatch, StartRequest r) {
        return visible(id).map(found -> {
            Inspection i = found.inspection();
            Versions.requireMatch(ifMatch, i.version);
            requireStatus(i, Status.PLANNED);
            Document programme = documents.findByIdOptional(found.programme().documentId).orElseThrow();
            if (r.startedOn().isBefore(programme.issuedOn)) {
                throw ProblemException.badRequest("startedOn", "inspection.before-document", programme.numberText,
                        programme.issuedOn);
            }
            if (r.decisionDocumentId() != null) {
                Document decision = ownDocument(r.decisionDocumentId(), "decisionDocumentId",
                        found.programme().unitId, DocumentType.DECISION);
                if (r.startedOn().isBefore(decision.issuedOn)) {
                    throw ProblemException.badRequest("startedOn", "inspection.before-document",
                            decision.numberText, decision.issuedOn);
                }
                i.decisionDocumentId = decision.id;
            }
            i.team = r.team().strip();
            i.startedOn = r.startedOn();
            i.status = Status.IN_PROGRESS;
            inspections.flush();
            audit.record("START", RESOURCE, i.id, found.programme().unitId, Map.of());
            return view(found);
        });
    }

    /** The notice of conclusion, with each point to remedy due by the notice's working days or date. */
    public Optional<View> conclude(UUID id, String ifMatch, ConclusionRequest r) {
        return visible(id).map(found -> {
            Inspection i = found.inspection();
            Versions.requireMatch(ifMatch, i.version);
            requireStatus(i, Status.IN_PROGRESS);
            Document notice = ownDocument(r.noticeDocumentId(), "noticeDocumentId", found.programme().unitId,
                    DocumentType.NOTICE);
            if (notice.issuedOn.isBefore(i.startedOn)) {
                throw ProblemException.badRequest("noticeDocumentId", "inspection.notice-before-start",
                        notice.numberText, i.startedOn);
            }
            List<RemedyRequest> points = r.remedies() == null ? List.of() : r.remedies();
            List<InspectionRemedy> remedies = new ArrayList<>();
            for (int n = 0; n < points.size(); n++) {
                RemedyRequest point = points.get(n);
                String field = "remedies[" + n + "]";
                if ((point.workingDays() == null) == (point.dueOn() == null)) {
                    throw ProblemException.badRequest(field, "inspection.remedy-deadline");
                }
                LocalDate due = point.dueOn() != null
                        ? point.dueOn()
                        : calendar.calendar().plusWorkingDays(notice.issuedOn, point.workingDays());
                if (!due.isAfter(notice.issuedOn)) {
                    throw ProblemException.badRequest(field + ".dueOn", "inspection.remedy-before-notice",
                            notice.issuedOn);
                }
                InspectionRemedy remedy = new InspectionRemedy();
                remedy.id = UUID.randomUUID();
                remedy.inspectionId = i.id;
                remedy.position = n + 1;
                remedy.text = point.text().strip();
                remedy.workingDays = point.workingDays();
                remedy.dueOn = due;
                remedies.add(remedy);
            }
            i.noticeDocumentId = notice.id;
            i.concludedOn = notice.issuedOn;
            i.findings = r.findings().strip();
            i.conclusion = r.conclusion().strip();
            i.violation = r.violation();
            i.status = Status.CONCLUDED;
            remedies.forEach(inspections::persist);
            inspections.flush();
            audit.record("CONCLUDE", RESOURCE, i.id, found.programme().unitId,
                    Map.of("remedies", remedies.size(), "violation", i.violation));
            return view(found);
        });
    }

    /** A point done, with its evidence; posting again corrects it. */
    public Optional<RemedyView> followUp(UUID id, UUID remedyId, String ifMatch, FollowUpRequest r) {
        return visible(id).flatMap(found -> inspections.remedy(id, remedyId).map(remedy -> {
            Versions.requireMatch(ifMatch, remedy.version);
            Inspection i = found.inspection();
            if (r.doneOn().isBefore(i.concludedOn)) {
                throw ProblemException.badRequest("doneOn", "inspection.done-before-notice", i.concludedOn);
            }
            remedy.doneOn = r.doneOn();
            remedy.evidence = r.evidence().strip();
            inspections.flush();
            audit.record("FOLLOW_UP", RESOURCE, i.id, found.programme().unitId, Map.of("remedy", remedy.position));
            return remedyView(remedy, time.today());
        }));
    }

    /** The discipline the competent body decided on a violation found, recorded as the fact it is. */
    public Optional<View> discipline(UUID id, String ifMatch, DisciplineRequest r) {
        return visible(id).map(found -> {
            Inspection i = found.inspection();
            Versions.requireMatch(ifMatch, i.version);
            if (i.status != Status.CONCLUDED || !Boolean.TRUE.equals(i.violation)) {
                throw ProblemException.rule("INSPECTION-DISCIPLINE-VIOLATION", null,
                        "inspection.discipline-without-violation");
            }
            if (r.decidedOn().isBefore(i.concludedOn)) {
                throw ProblemException.badRequest("decidedOn", "inspection.done-before-notice", i.concludedOn);
            }
            i.disciplineForm = r.form();
            i.disciplineBody = r.decidingBody().strip();
            i.disciplineDecidedOn = r.decidedOn();
            i.disciplineReference = r.reference() == null ? null : r.reference().strip();
            inspections.flush();
            audit.record("DISCIPLINE", RESOURCE, i.id, found.programme().unitId, Map.of("form", i.disciplineForm));
            return view(found);
        });
    }

    // ---- progress and follow-up

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressView progress(int year, UUID unit) {
        scope.requireVisible(unit);
        List<InspectionProgramme> programmes = inspections.programmesOfYear(directory.subtree(unit), year);
        List<Inspection> items = inspections.items(programmes.stream().map(p -> p.id).toList());
        Map<UUID, List<InspectionRemedy>> remedies = inspections
                .remedies(items.stream().map(i -> i.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.inspectionId));
        Map<UUID, UUID> unitOf = new HashMap<>();
        programmes.forEach(p -> unitOf.put(p.id, p.unitId));
        Map<UUID, Long> programmeCount = programmes.stream()
                .collect(Collectors.groupingBy(p -> p.unitId, java.util.TreeMap::new, Collectors.counting()));
        Map<UUID, List<Inspection>> byUnit = items.stream()
                .collect(Collectors.groupingBy(i -> unitOf.get(i.programmeId)));
        LocalDate today = time.today();
        List<ProgressRow> rows = new ArrayList<>();
        programmeCount.forEach((u, n) -> rows.add(row(u, n, byUnit.getOrDefault(u, List.of()), remedies, year,
                today)));
        return new ProgressView(year, unit, rows, row(unit, programmes.size(), items, remedies, year, today));
    }

    /** The progress as a table with Vietnamese headings, naming the units. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Table table(int year, UUID unit) {
        ProgressView progress = progress(year, unit);
        return InspectionTable.of(progress, units.names(progress.units().stream().map(ProgressRow::unitId).toList()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverdueRemedy> overdue(UUID unit) {
        return inspections.overdue(scope.subtreeOr(unit), time.today(), MAX_OVERDUE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Codes codes(LocalDate on) {
        LocalDate day = on == null ? time.today() : on;
        return new Codes(day, inspections.contents(day), inspections.rules(day));
    }

    private static ProgressRow row(UUID unit, long programmes, List<Inspection> items,
            Map<UUID, List<InspectionRemedy>> remedies, int year, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        long[] planned = new long[5];
        long[] held = new long[5];
        long inspectionsPlanned = 0;
        long inspectionsHeld = 0;
        long supervisionsPlanned = 0;
        long supervisionsHeld = 0;
        long unplannedHeld = 0;
        long plannedHeld = 0;
        long open = 0;
        long overdue = 0;
        for (Inspection i : items) {
            boolean isHeld = i.status == Status.CONCLUDED && !i.concludedOn.isAfter(yearEnd);
            boolean inspection = i.kind == Inspection.Kind.INSPECTION;
            if (i.planned) {
                planned[i.quarter]++;
                inspectionsPlanned += inspection ? 1 : 0;
                supervisionsPlanned += inspection ? 0 : 1;
                plannedHeld += isHeld ? 1 : 0;
            } else if (isHeld) {
                unplannedHeld++;
            }
            if (isHeld) {
                held[(i.concludedOn.getMonthValue() + 2) / 3]++;
                inspectionsHeld += inspection ? 1 : 0;
                supervisionsHeld += inspection ? 0 : 1;
            }
            for (InspectionRemedy r : remedies.getOrDefault(i.id, List.of())) {
                if (r.doneOn == null) {
                    open++;
                    overdue += r.dueOn.isBefore(today) ? 1 : 0;
                }
            }
        }
        long plannedTotal = inspectionsPlanned + supervisionsPlanned;
        List<Quarter> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(new Quarter(q, planned[q], held[q]));
        }
        Integer percent = plannedTotal == 0 ? null : (int) Math.floorDiv(plannedHeld * 100, plannedTotal);
        return new ProgressRow(unit, programmes, inspectionsPlanned, inspectionsHeld, supervisionsPlanned,
                supervisionsHeld, unplannedHeld, percent, quarters, open, overdue);
    }

    // ---- helpers

    private record Found(InspectionProgramme programme, Inspection inspection) {
    }

    private Optional<InspectionProgramme> visibleProgramme(UUID id) {
        return inspections.programme(id).filter(p -> scope.canSee(p.unitId));
    }

    private Optional<Found> visible(UUID id) {
        return inspections.findByIdOptional(id)
                .flatMap(i -> visibleProgramme(i.programmeId).map(p -> new Found(p, i)));
    }

    /**
     * Organisers reach records about members only from the province (issue 17: the inspecting body's leaders, the
     * inspection committee, the province's organisers and inspectors).
     */
    private void requireNeedToKnow() {
        if (identity.hasRole("leader") || identity.hasRole("secretary") || identity.hasRole("inspector")) {
            return;
        }
        boolean provinceOrganiser = identity.hasRole("organizer")
                && scope.unit().map(u -> directory.is(u, UnitKind.PROVINCE_COMMITTEE)).orElse(false);
        if (!provinceOrganiser) {
            throw ProblemException.of(ProblemType.FORBIDDEN).detail("inspection.province-organisers-only").build();
        }
    }

    private Document ownDocument(UUID id, String field, UUID issuer, DocumentType type) {
        Document d = documents.findByIdOptional(id).filter(x -> x.issuerId.equals(issuer))
                .orElseThrow(() -> ProblemException.badRequest(field, "inspection.document-not-of-unit"));
        if (d.type != type || d.status != Document.Status.ISSUED) {
            throw ProblemException.badRequest(field, "inspection.document-type", d.numberText, type.abbreviation());
        }
        return d;
    }

    private static void requireStatus(Inspection i, Status expected) {
        if (i.status != expected) {
            throw ProblemException.conflict("inspection.status", i.status, expected);
        }
    }

    private Map<UUID, Long> openRemedies(List<Inspection> items) {
        return inspections.remedies(items.stream().map(i -> i.id).toList()).stream().filter(r -> r.doneOn == null)
                .collect(Collectors.groupingBy(r -> r.inspectionId, Collectors.counting()));
    }

    private ProgrammeView programmeView(InspectionProgramme p, List<Inspection> items, Map<UUID, Long> open) {
        return programmeView(p, documents.findByIdOptional(p.documentId).map(d -> d.numberText).orElse(null), items,
                open);
    }

    private ProgrammeView programmeView(InspectionProgramme p, String number, List<Inspection> items,
            Map<UUID, Long> open) {
        return new ProgrammeView(p.id, p.unitId, p.year, p.body, p.documentId, number,
                items.stream().map(i -> summary(i, open.getOrDefault(i.id, 0L))).toList(), p.version);
    }

    private static Summary summary(Inspection i, long open) {
        return new Summary(i.id, i.kind, i.mode, i.planned, i.quarter, List.of(i.contents), i.lead, i.status,
                i.subjects.stream().filter(s -> !s.isMember()).map(s -> s.unitId).toList(), i.members(),
                i.concludedOn, open, i.version);
    }

    private View view(Found found) {
        Inspection i = found.inspection();
        LocalDate today = time.today();
        List<RemedyView> remedies = inspections.remedies(List.of(i.id)).stream().map(r -> remedyView(r, today))
                .toList();
        DisciplineView discipline = i.disciplineForm == null
                ? null
                : new DisciplineView(i.disciplineForm, i.disciplineBody, i.disciplineDecidedOn, i.disciplineReference);
        return new View(i.id, i.programmeId, found.programme().unitId, found.programme().year, i.kind, i.mode,
                i.planned, i.quarter, List.of(i.contents), i.lead, i.status,
                i.subjects.stream().map(s -> new SubjectView(s.unitId, s.memberName)).toList(), i.decisionDocumentId,
                i.team, i.startedOn, i.findings, i.conclusion, i.noticeDocumentId, i.concludedOn, i.violation,
                remedies, discipline, i.version);
    }

    private static RemedyView remedyView(InspectionRemedy r, LocalDate today) {
        return new RemedyView(r.id, r.position, r.text, r.workingDays, r.dueOn, r.doneOn, r.evidence,
                r.doneOn == null && r.dueOn.isBefore(today), r.version);
    }
}
