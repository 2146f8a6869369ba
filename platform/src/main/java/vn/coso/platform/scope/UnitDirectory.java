package vn.coso.platform.scope;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

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

    public Set<UUID> subtree(UUID root) {
        return tree().subtree(root);
    }

    /** Reloads the snapshot; also runs periodically so that every instance converges after a change elsewhere. */
    @Scheduled(every = "${coso.units.refresh-every:60s}", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void refresh() {
        UnitTree fresh = new UnitTree(source.loadAll());
        tree = fresh;
        LOG.debugf("Unit tree refreshed: %d units", fresh.size());
    }
}
