package vn.coso.planning.task.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.coso.planning.task.Task;
import vn.coso.planning.task.TaskNote;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    /** The filters of a task list; all optional but the units. */
    public record Filter(Set<UUID> units, UUID unit, UUID document, Task.Status status, LocalDate overdueOn) {
    }

    public List<Task> list(Filter f, int offset, int size) {
        return find(where(f), Sort.by("dueOn").and("id"), params(f)).range(offset, offset + size - 1).list();
    }

    /** How many open tasks past their due date each unit of {@code units} has (units without any left out). */
    public Map<UUID, Long> overdueCounts(Set<UUID> units, LocalDate today) {
        Map<UUID, Long> counts = new HashMap<>();
        getEntityManager().createQuery("""
                select t.unitId, count(t) from Task t
                where array_contains(:units, t.unitId) and t.status in (:open) and t.dueOn < :today
                group by t.unitId
                """, Object[].class).setParameter("units", units.toArray(UUID[]::new))
                .setParameter("open", List.of(Task.Status.OPEN, Task.Status.IN_PROGRESS))
                .setParameter("today", today).getResultList()
                .forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    public long count(Filter f) {
        return count(where(f), params(f));
    }

    public Optional<Task> byOpinion(UUID opinion) {
        return find("opinionId", opinion).firstResultOptional();
    }

    public List<Task> byOpinions(List<UUID> opinions) {
        return opinions.isEmpty()
                ? List.of()
                : list("array_contains(:ids, opinionId) order by opinionId",
                        Parameters.with("ids", opinions.toArray(UUID[]::new)));
    }

    public List<TaskNote> notes(UUID task) {
        return getEntityManager().createQuery("from TaskNote where taskId = :task order by id", TaskNote.class)
                .setParameter("task", task).getResultList();
    }

    public void persist(TaskNote note) {
        getEntityManager().persist(note);
    }

    private static String where(Filter f) {
        StringBuilder q = new StringBuilder("array_contains(:units, unitId)");
        if (f.unit() != null) {
            q.append(" and unitId = :unit");
        }
        if (f.document() != null) {
            q.append(" and documentId = :document");
        }
        if (f.status() != null) {
            q.append(" and status = :status");
        }
        if (f.overdueOn() != null) {
            q.append(" and status in (:open) and dueOn < :today");
        }
        return q.toString();
    }

    private static Parameters params(Filter f) {
        Parameters p = Parameters.with("units", f.units().toArray(UUID[]::new));
        if (f.unit() != null) {
            p.and("unit", f.unit());
        }
        if (f.document() != null) {
            p.and("document", f.document());
        }
        if (f.status() != null) {
            p.and("status", f.status());
        }
        if (f.overdueOn() != null) {
            p.and("open", List.of(Task.Status.OPEN, Task.Status.IN_PROGRESS)).and("today", f.overdueOn());
        }
        return p;
    }
}
