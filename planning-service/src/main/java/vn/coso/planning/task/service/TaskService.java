package vn.coso.planning.task.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import vn.coso.planning.document.Document;
import vn.coso.planning.document.repository.DocumentRepository;
import vn.coso.planning.task.Task;
import vn.coso.planning.task.TaskNote;
import vn.coso.planning.task.repository.TaskRepository;
import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/** Work that documents assign to units: progress notes, completion, and who is late. */
@ApplicationScoped
@Transactional
public class TaskService {

    static final String RESOURCE = "task";

    private final TaskRepository tasks;
    private final DocumentRepository documents;
    private final UnitRepository units;
    private final UnitDirectory directory;
    private final CallerScope scope;
    private final SecurityIdentity identity;
    private final AuditLog audit;

    private final VietnamTime time;

    public TaskService(TaskRepository tasks, DocumentRepository documents, UnitRepository units,
            UnitDirectory directory, CallerScope scope, SecurityIdentity identity, AuditLog audit, VietnamTime time) {
        this.time = time;
        this.tasks = tasks;
        this.documents = documents;
        this.units = units;
        this.directory = directory;
        this.scope = scope;
        this.identity = identity;
        this.audit = audit;
    }

    public TaskView create(TaskRequests.Create r) {
        scope.requireVisible(r.unitId());
        Unit unit = units.findByIdOptional(r.unitId()).orElseThrow(ProblemException::notFound);
        // a document the caller can neither see nor stands below is unknown: no oracle of other units' numbers
        Document document = documents.findByIdOptional(r.documentId())
                .filter(d -> scope.canSeeOrIsAbove(d.issuerId))
                .orElseThrow(() -> ProblemException.badRequest("documentId", "document.unknown-document"));
        if (document.status == Document.Status.CANCELLED) {
            throw ProblemException.rule("TASK-DOCUMENT-CANCELLED", null, "document.already-cancelled",
                    document.numberText);
        }
        if (!directory.tree().contains(document.issuerId, unit.id)) {
            throw ProblemException.rule("TASK-UNIT-BELOW-ISSUER", null, "task.unit-not-below-issuer", unit.name,
                    document.numberText);
        }
        if (unit.validTo != null && unit.validTo.isBefore(document.issuedOn)) {
            throw ProblemException.rule("TASK-UNIT-ENDED", null, "task.unit-ended", unit.name, unit.validTo);
        }
        if (r.dueOn().isBefore(document.issuedOn)) {
            throw ProblemException.badRequest("dueOn", "task.due-before-document", document.issuedOn);
        }
        Task t = new Task();
        t.id = UUID.randomUUID();
        t.documentId = document.id;
        t.unitId = unit.id;
        t.assignee = r.assignee();
        t.title = r.title();
        t.description = r.description();
        t.dueOn = r.dueOn();
        t.status = Task.Status.OPEN;
        t.createdAt = time.now();
        tasks.persistAndFlush(t);
        audit.record("CREATE", RESOURCE, t.id, t.unitId, Map.of("documentId", t.documentId, "dueOn", t.dueOn));
        return view(t, document.numberText, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskView> get(UUID id) {
        return visible(id).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TaskView> list(UUID unit, UUID document, Task.Status status, boolean overdue, PageParams page) {
        TaskRepository.Filter f = new TaskRepository.Filter(scope.visibleUnits(), unit, document, status,
                overdue ? time.today() : null);
        List<Task> found = tasks.list(f, page.offset(), page.size);
        Map<UUID, String> numbers = numbers(found);
        return new Page<>(
                found.stream().map(t -> view(t, (t.documentId == null ? null : numbers.get(t.documentId)), null))
                        .toList(),
                tasks.count(f));
    }

    /**
     * The overdue tasks of every unit under {@code unit} (default: the caller's subtree), grouped by unit, the units
     * with most first, one page of units; every overdue task of those units, however many.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TaskView.Overdue> overdue(UUID unit, PageParams page) {
        Set<UUID> within = scope.subtreeOr(unit);
        LocalDate today = time.today();
        Map<UUID, Long> counts = tasks.overdueCounts(within, today);
        Map<UUID, String> names = units.names(counts.keySet());
        List<UUID> ordered = counts.keySet().stream()
                .sorted(Comparator.<UUID>comparingLong(counts::get).reversed()
                        .thenComparing(names::get, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(UUID::toString))
                .toList();
        List<UUID> shown = ordered.subList(Math.min(page.offset(), ordered.size()),
                Math.min(page.offset() + page.size, ordered.size()));
        long rows = shown.stream().mapToLong(counts::get).sum();
        List<Task> late = shown.isEmpty()
                ? List.of()
                : tasks.list(new TaskRepository.Filter(new HashSet<>(shown), null, null, null, today), 0,
                        (int) Math.max(1, rows));
        Map<UUID, String> numbers = numbers(late);
        Map<UUID, List<TaskView>> byUnit = new LinkedHashMap<>();
        shown.forEach(u -> byUnit.put(u, new ArrayList<>()));
        late.forEach(t -> byUnit.get(t.unitId)
                .add(view(t, (t.documentId == null ? null : numbers.get(t.documentId)), null)));
        return new Page<>(byUnit.entrySet().stream()
                .map(e -> new TaskView.Overdue(e.getKey(), names.get(e.getKey()), e.getValue().size(), e.getValue()))
                .toList(), ordered.size());
    }

    public Optional<TaskView> note(UUID id, String ifMatch, TaskRequests.Note r) {
        return open(id, ifMatch).map(t -> {
            LocalDate on = r.writtenOn() == null ? time.today() : r.writtenOn();
            notBeforeDocument(t, on, "writtenOn");
            TaskNote note = new TaskNote();
            note.taskId = t.id;
            note.writtenOn = on;
            note.author = author();
            note.note = r.note();
            note.progress = r.progress();
            note.createdAt = time.now();
            tasks.persist(note);
            t.status = Task.Status.IN_PROGRESS;
            t.progress = r.progress();
            return changed(t, "NOTE", Map.of("progress", t.progress));
        });
    }

    public Optional<TaskView> complete(UUID id, String ifMatch, TaskRequests.Completion r) {
        return open(id, ifMatch).map(t -> {
            notBeforeDocument(t, r.completedOn(), "completedOn");
            t.status = Task.Status.DONE;
            t.progress = 100;
            t.completedOn = r.completedOn();
            t.closingNote = r.note();
            return changed(t, "COMPLETE", Map.of("completedOn", t.completedOn));
        });
    }

    public Optional<TaskView> cancel(UUID id, String ifMatch, TaskRequests.Cancellation r) {
        return open(id, ifMatch).map(t -> {
            t.status = Task.Status.CANCELLED;
            t.closingNote = r.reason();
            return changed(t, "CANCEL", Map.of());
        });
    }

    private TaskView changed(Task t, String action, Map<String, ?> details) {
        tasks.getEntityManager().flush();
        audit.record(action, RESOURCE, t.id, t.unitId, details);
        return view(t);
    }

    /** A visible task that is still open, at the version the caller saw. */
    private Optional<Task> open(UUID id, String ifMatch) {
        return visible(id).map(t -> {
            Versions.requireMatch(ifMatch, t.version);
            if (t.status.closed()) {
                throw ProblemException.conflict("task.closed", t.title);
            }
            return t;
        });
    }

    /** A note or completion cannot precede what assigned the task: the document, or the opinion's assignment. */
    private void notBeforeDocument(Task t, LocalDate day, String field) {
        if (t.documentId == null) {
            if (day.isBefore(t.assignedOn)) {
                throw ProblemException.badRequest(field, "task.before-assignment", t.assignedOn);
            }
            return;
        }
        LocalDate issued = documents.findById(t.documentId).issuedOn;
        if (day.isBefore(issued)) {
            throw ProblemException.badRequest(field, "task.before-document", issued);
        }
    }

    private String author() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    private Optional<Task> visible(UUID id) {
        return tasks.findByIdOptional(id).filter(t -> scope.canSee(t.unitId));
    }

    private Map<UUID, String> numbers(List<Task> found) {
        return documents.numbers(found.stream().map(t -> t.documentId).toList());
    }

    TaskView view(Task t) {
        return view(t, t.documentId == null ? null : documents.findById(t.documentId).numberText, tasks.notes(t.id));
    }

    private TaskView view(Task t, String number, List<TaskNote> notes) {
        LocalDate today = time.today();
        LocalDate until = t.completedOn != null ? t.completedOn : t.status.closed() ? t.dueOn : today;
        long late = Math.max(0, ChronoUnit.DAYS.between(t.dueOn, until));
        return new TaskView(t.id, t.documentId, number, TaskView.OpinionLink.of(t), t.unitId, t.assignee, t.title,
                t.description, t.dueOn,
                t.status, t.progress, t.overdueOn(today), late, t.completedOn, t.closingNote,
                notes == null
                        ? null
                        : notes.stream().map(n -> new TaskView.NoteView(n.writtenOn, n.author, n.note, n.progress))
                                .toList(),
                t.version);
    }
}
