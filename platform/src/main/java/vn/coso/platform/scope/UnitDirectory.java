package vn.coso.platform.scope;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

import vn.coso.platform.config.PeriodicJobs;
import vn.coso.platform.config.PlatformConfig;

/**
 * Holds the current {@link UnitTree} snapshot of this service instance and replaces it when units change. Reads are
 * lock-free; a refresh builds a new snapshot off to the side.
 */
@ApplicationScoped
public class UnitDirectory {

    private static final Logger LOG = Logger.getLogger(UnitDirectory.class);

    private final UnitTreeSource source;
    private volatile UnitTree tree;

    public UnitDirectory(UnitTreeSource source) {
        this.source = source;
    }

    public UnitTree tree() {
        UnitTree current = tree;
        if (current == null) {
            refresh();
            current = tree;
        }
        return current;
    }

    /** Whether the unit {@code id} exists and is of one of {@code kinds}. */
    public boolean is(UUID id, UnitKind... kinds) {
        return tree().get(id).map(u -> UnitKind.of(u, kinds)).orElse(false);
    }

    /** Whether {@code unit} lies under {@code ancestor} (or is it) and is of one of {@code kinds}. */
    public boolean isUnder(UUID ancestor, UUID unit, UnitKind... kinds) {
        return tree().contains(ancestor, unit) && is(unit, kinds);
    }

    public Set<UUID> subtree(UUID root) {
        return tree().subtree(root);
    }

    void schedule(@Observes StartupEvent start, Scheduler scheduler, PlatformConfig config) {
        PeriodicJobs.everyAfterOne(scheduler, "unit-tree-refresh", config.units().refreshEvery(), this::refresh);
    }

    /** Reloads the snapshot; also runs periodically so that every instance converges after a change elsewhere. */
    public synchronized void refresh() {
        UnitTree fresh = new UnitTree(source.loadAll());
        tree = fresh;
        LOG.debugf("Unit tree refreshed: %d units", fresh.size());
    }
}
