package vn.coso.platform.config;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;

/**
 * Registers a periodic job with its interval from typed configuration ({@link PlatformConfig} or a service's own
 * mapping), rather than from an expression inside an annotation: the interval is then an ordinary run-time setting,
 * documented and defaulted in one place, and {@code off} switches the job off (the tests run jobs when they ask).
 */
public final class PeriodicJobs {

    /** The interval that switches a job off. */
    public static final String OFF = "off";

    private static final Logger LOG = Logger.getLogger(PeriodicJobs.class);

    private PeriodicJobs() {
    }

    /** Runs {@code task} at start and then every {@code interval}; never two runs at once. */
    public static void every(Scheduler scheduler, String identity, String interval, Runnable task) {
        schedule(scheduler, identity, interval, false, task);
    }

    /** Runs {@code task} every {@code interval}, the first time one interval after start. */
    public static void everyAfterOne(Scheduler scheduler, String identity, String interval, Runnable task) {
        schedule(scheduler, identity, interval, true, task);
    }

    private static void schedule(Scheduler scheduler, String identity, String interval, boolean delayed,
            Runnable task) {
        if (interval == null || interval.isBlank() || OFF.equalsIgnoreCase(interval.strip())) {
            LOG.debugf("Periodic job %s is off", identity);
            return;
        }
        var job = scheduler.newJob(identity).setInterval(interval.strip())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP).setTask(execution -> task.run());
        if (delayed) {
            job.setDelayed(interval.strip());
        }
        job.schedule();
    }
}
