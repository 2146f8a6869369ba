package vn.coso.dialogue.opinion.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

import vn.coso.dialogue.config.DialogueConfig;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionTask;
import vn.coso.dialogue.opinion.client.PlanningTaskClient;
import vn.coso.dialogue.opinion.client.PlanningTasks;
import vn.coso.dialogue.opinion.repository.OpinionRepository;
import vn.coso.platform.config.PeriodicJobs;
import vn.coso.platform.time.VietnamTime;

/**
 * Delivers opinions' task requests to planning-service from the outbox ({@code opinion_task}) and copies the tasks'
 * state back. A request is delivered at once and, while planning cannot be reached (a timeout, a 5xx, a token not
 * obtained), again after a pause that doubles with every failure; a refusal (4xx) stops it until the opinion
 * changes. planning keeps one task per opinion, so a delivery repeated after a lost answer creates nothing twice.
 * Each request is locked while delivered: two instances never deliver the same one at once.
 */
@ApplicationScoped
public class TaskDelivery {

    private static final Logger LOG = Logger.getLogger(TaskDelivery.class);
    /** How many requests one run delivers, and how many opinions one read of planning asks for. */
    static final int BATCH = 50;
    static final int READ_CHUNK = 100;

    private final PlanningTaskClient planning;
    private final OpinionRepository opinions;
    private final VietnamTime time;
    private final Duration firstRetry;
    private final Duration maxRetry;

    public TaskDelivery(PlanningTaskClient planning, OpinionRepository opinions,
            VietnamTime time, DialogueConfig config) {
        this.planning = planning;
        this.opinions = opinions;
        this.time = time;
        this.firstRetry = config.tasks().firstRetryDelay();
        this.maxRetry = config.tasks().maxRetryDelay();
    }

    void schedule(@Observes StartupEvent start, Scheduler scheduler, DialogueConfig config) {
        PeriodicJobs.every(scheduler, "opinion-tasks", config.tasks().every(), this::scheduled);
    }

    void scheduled() {
        try {
            deliverDue();
            syncOpen();
        } catch (RuntimeException e) {
            LOG.warnf("Opinion tasks not delivered or read, will try again: %s", e.getClass().getSimpleName());
        }
    }

    /** Delivers the requests whose next attempt is due; answers how many planning-service now has. */
    public int deliverDue() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> opinions.tasksDue(time.now(), BATCH));
        int delivered = 0;
        for (UUID opinion : due) {
            if (deliver(opinion)) {
                delivered++;
            }
        }
        return delivered;
    }

    /**
     * Delivers one request if it is still pending; true when planning-service has the task. A failure is recorded
     * on the request (retried later, or refused), never thrown.
     */
    public boolean deliver(UUID opinionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OpinionTask t = opinions.lockPendingTask(opinionId);
            if (t == null) {
                return false;
            }
            Opinion o = opinions.findById(opinionId);
            if (o.handlerUnitId == null || o.assignedOn == null || o.dueOn == null) {
                refused(t, "the opinion has no handler unit or due date");
                return false;
            }
            PlanningTasks.Order order = new PlanningTasks.Order(o.handlerUnitId, OpinionTaskService.title(o),
                    t.instructions, o.assignedOn, o.dueOn, t.requestedBy);
            try {
                copy(t, planning.put(o.id, order));
                t.pending = false;
                t.attempts = 0;
                t.nextAttemptAt = null;
                t.lastFailure = null;
                return true;
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                if (status >= 500 || status == 401 || status == 408 || status == 429) {
                    retryLater(t, "planning-service answered " + status);
                } else {
                    refused(t, "planning-service refused it (" + status + ")");
                }
            } catch (RuntimeException e) {
                // unreachable, timed out, or no token from Keycloak: all worth another try
                retryLater(t, "planning-service not reached (" + e.getClass().getSimpleName() + ")");
            }
            return false;
        });
    }

    /**
     * Reads from planning-service the state of the tasks it last called open (a page of the longest unread) and
     * copies it; answers how many were read. planning unreachable: the last copy stays, the exception goes up.
     */
    public int syncOpen() {
        List<UUID> open = QuarkusTransaction.requiringNew().call(() -> opinions.openTasks(BATCH * 10));
        int read = 0;
        for (int from = 0; from < open.size(); from += READ_CHUNK) {
            List<UUID> chunk = open.subList(from, Math.min(open.size(), from + READ_CHUNK));
            List<PlanningTasks.Task> tasks = planning.ofOpinions(chunk);
            Instant now = time.now();
            QuarkusTransaction.requiringNew().run(() -> {
                // those planning did not answer (out of its caller's sight) count as read too, not to starve the rest
                for (UUID id : chunk) {
                    OpinionTask t = opinions.task(id);
                    if (t != null) {
                        t.syncedAt = now;
                    }
                }
                for (PlanningTasks.Task task : tasks) {
                    OpinionTask t = task.opinion() == null ? null : opinions.task(task.opinion().id());
                    if (t != null) {
                        copy(t, task);
                    }
                }
            });
            read += tasks.size();
        }
        return read;
    }

    private void copy(OpinionTask t, PlanningTasks.Task task) {
        t.taskId = task.id();
        t.taskUnitId = task.unitId();
        t.taskStatus = task.status();
        t.taskProgress = task.progress();
        t.taskDueOn = task.dueOn();
        t.taskCompletedOn = task.completedOn();
        t.syncedAt = time.now();
    }

    private void retryLater(OpinionTask t, String why) {
        t.attempts++;
        long factor = 1L << Math.min(20, t.attempts - 1);
        Duration pause = firstRetry.multipliedBy(factor);
        t.nextAttemptAt = time.now().plus(pause.compareTo(maxRetry) > 0 ? maxRetry : pause);
        t.lastFailure = why;
        LOG.infof("Opinion task delivery failed (attempt %d), next at %s: %s", t.attempts, t.nextAttemptAt, why);
    }

    private static void refused(OpinionTask t, String why) {
        t.pending = false;
        t.nextAttemptAt = null;
        t.lastFailure = why;
        LOG.warnf("Opinion task refused: %s", why);
    }
}
