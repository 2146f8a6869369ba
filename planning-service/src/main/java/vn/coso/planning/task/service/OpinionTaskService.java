package vn.coso.planning.task.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.planning.task.Task;
import vn.coso.planning.task.repository.TaskRepository;
import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.time.VietnamTime;

/**
 * The tasks citizens' opinions cause (issue 16, part 5). dialogue-service, with its own account, sets the task of an
 * opinion: the first call creates it, a repeat of the same call changes nothing, a changed one (the opinion moved to
 * another unit, its deadline extended) updates the open task. At most one task per opinion, whatever the retries.
 */
@ApplicationScoped
@Transactional
public class OpinionTaskService {

    /** The answer of a put: the task, and whether it was created by this call. */
    public record Outcome(TaskView task, boolean created) {
    }

    private final TaskRepository tasks;
    private final UnitRepository units;
    private final CallerScope scope;
    private final AuditLog audit;
    private final VietnamTime time;
    private final TaskService views;

    public OpinionTaskService(TaskRepository tasks, UnitRepository units, CallerScope scope, AuditLog audit,
            VietnamTime time, TaskService views) {
        this.tasks = tasks;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.time = time;
        this.views = views;
    }

    public Outcome put(UUID opinion, OpinionTaskRequest r) {
        scope.requireVisible(r.unitId());
        Unit unit = units.findByIdOptional(r.unitId()).orElseThrow(ProblemException::notFound);
        if (unit.validTo != null && unit.validTo.isBefore(r.assignedOn())) {
            throw ProblemException.rule("TASK-UNIT-ENDED", null, "task.unit-ended", unit.name, unit.validTo);
        }
        if (r.dueOn().isBefore(r.assignedOn())) {
            throw ProblemException.badRequest("dueOn", "task.due-before-assignment", r.assignedOn());
        }
        // two deliveries of the same opinion at once wait for each other here rather than race on the unique index
        tasks.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "opinion-task:" + opinion).getSingleResult();
        Task t = tasks.byOpinion(opinion).orElse(null);
        if (t == null) {
            t = new Task();
            t.id = UUID.randomUUID();
            t.opinionId = opinion;
            t.status = Task.Status.OPEN;
            t.createdAt = time.now();
            apply(t, r);
            tasks.persistAndFlush(t);
            audit.record("CREATE", TaskService.RESOURCE, t.id, t.unitId, details(opinion, r));
            return new Outcome(views.view(t), true);
        }
        if (!scope.canSee(t.unitId)) {
            throw ProblemException.notFound();
        }
        if (same(t, r)) {
            return new Outcome(views.view(t), false);
        }
        if (t.status.closed()) {
            throw ProblemException.conflict("task.opinion-task-closed");
        }
        apply(t, r);
        tasks.getEntityManager().flush();
        audit.record("UPDATE", TaskService.RESOURCE, t.id, t.unitId, details(opinion, r));
        return new Outcome(views.view(t), false);
    }

    /** The tasks of the given opinions, by opinion (those without a task, or out of the caller's sight, left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskView> ofOpinions(List<UUID> opinions) {
        return tasks.byOpinions(opinions).stream().filter(t -> scope.canSee(t.unitId)).map(views::view).toList();
    }

    private static void apply(Task t, OpinionTaskRequest r) {
        t.unitId = r.unitId();
        t.title = r.title();
        t.description = r.description();
        t.assignedOn = r.assignedOn();
        t.dueOn = r.dueOn();
    }

    private static boolean same(Task t, OpinionTaskRequest r) {
        return t.unitId.equals(r.unitId()) && t.title.equals(r.title())
                && Objects.equals(t.description, r.description()) && t.assignedOn.equals(r.assignedOn())
                && t.dueOn.equals(r.dueOn());
    }

    private static Map<String, Object> details(UUID opinion, OpinionTaskRequest r) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("opinionId", opinion);
        details.put("dueOn", r.dueOn());
        if (r.requestedBy() != null) {
            details.put("requestedBy", r.requestedBy());
        }
        return details;
    }
}
