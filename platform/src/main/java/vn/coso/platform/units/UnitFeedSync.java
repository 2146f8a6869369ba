package vn.coso.platform.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

import vn.coso.platform.config.PeriodicJobs;
import vn.coso.platform.config.PlatformConfig;
import vn.coso.platform.scope.UnitDirectory;

/**
 * Pulls planning-service's unit change feed into the local copy, page by page from the stored cursor, then refreshes
 * the in-memory tree. If planning-service is down the last copy stays in force and the next run catches up.
 */
@ApplicationScoped
public class UnitFeedSync {

    private static final Logger LOG = Logger.getLogger(UnitFeedSync.class);
    static final int PAGE_SIZE = 500;

    /** Asked for only when the copy is enabled: a service without the copy has no address for it. */
    private final Instance<UnitFeedClient> client;
    private final UnitCopyRepository copy;
    private final UnitDirectory directory;

    public UnitFeedSync(@RestClient Instance<UnitFeedClient> client, UnitCopyRepository copy, UnitDirectory directory) {
        this.client = client;
        this.copy = copy;
        this.directory = directory;
    }

    void schedule(@Observes StartupEvent start, Scheduler scheduler, PlatformConfig config) {
        if (config.units().feed().enabled()) {
            PeriodicJobs.every(scheduler, "unit-feed-sync", config.units().feed().every(), this::scheduled);
        }
    }

    void scheduled() {
        try {
            int applied = syncNow();
            if (applied > 0) {
                LOG.infof("Unit copy updated: %d units changed", applied);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Unit feed not reachable, keeping the local copy: %s", e.getClass().getSimpleName());
        }
    }

    /** Applies every change since the stored cursor; returns how many units changed. */
    public synchronized int syncNow() {
        long since = copy.cursor();
        int applied = 0;
        UnitFeedPage page;
        do {
            page = client.get().changes(since, PAGE_SIZE);
            if (!page.items().isEmpty()) {
                copy.apply(page.items(), page.nextSince());
                applied += page.items().size();
            }
            since = page.nextSince();
        } while (page.more());
        if (applied > 0) {
            directory.refresh();
        }
        return applied;
    }
}
