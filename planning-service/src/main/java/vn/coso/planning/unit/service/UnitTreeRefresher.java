package vn.coso.planning.unit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import vn.coso.platform.scope.UnitDirectory;

/**
 * Refreshes this instance's scope tree once a registry change has committed (never before: a rolled-back change must
 * not become visible). Other instances converge through the periodic refresh; other services through the feed.
 */
@ApplicationScoped
public class UnitTreeRefresher {

    private final UnitDirectory directory;

    public UnitTreeRefresher(UnitDirectory directory) {
        this.directory = directory;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged change) {
        directory.refresh();
    }
}
