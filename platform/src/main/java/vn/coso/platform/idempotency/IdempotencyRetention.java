package vn.coso.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.config.PeriodicJobs;
import vn.coso.platform.config.PlatformConfig;
import vn.coso.platform.time.VietnamTime;

/**
 * Stored replies of retried creates are kept as long as a client may still retry (a day by default,
 * {@code coso.idempotency.retention}), then deleted: a reply holds what was created, and nothing is kept longer than
 * it is needed (Law 91/2025). Each purge is audited with its count.
 */
@ApplicationScoped
public class IdempotencyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyRetention.class);

    private final AgroalDataSource dataSource;
    private final VietnamTime time;
    private final AuditLog audit;
    private final Duration retention;

    public IdempotencyRetention(AgroalDataSource dataSource, VietnamTime time, AuditLog audit,
            PlatformConfig config) {
        this.dataSource = dataSource;
        this.time = time;
        this.audit = audit;
        this.retention = config.idempotency().retention();
    }

    void schedule(@Observes StartupEvent start, Scheduler scheduler, PlatformConfig config) {
        PeriodicJobs.every(scheduler, "idempotency-retention", config.idempotency().purgeEvery(), this::scheduled);
    }

    void scheduled() {
        try {
            purge();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Idempotency purge failed, will try again: %s", e.getClass().getSimpleName());
        }
    }

    /** Deletes the replies older than the retention; answers how many. */
    @jakarta.transaction.Transactional
    public int purge() throws SQLException {
        int purged;
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "delete from idempotency_record where created_at < ? and status is not null")) {
            delete.setTimestamp(1, Timestamp.from(time.now().minus(retention)));
            purged = delete.executeUpdate();
        }
        if (purged > 0) {
            audit.record("PURGE", "idempotency-record", null, null, java.util.Map.of("count", purged));
        }
        return purged;
    }
}
