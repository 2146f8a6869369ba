package vn.coso.dialogue.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.config.PeriodicJobs;
import vn.coso.platform.testing.WithDemoUnits;

/**
 * A periodic job registered from typed settings runs as a {@code @Scheduled} method did: on a scheduler thread, where
 * what it writes is audited (the contact retention and the idempotency purge audit every run), and not at all when its
 * interval is {@code off}.
 */
@QuarkusTest
class PeriodicJobsTest extends WithDemoUnits {

    @Inject
    Scheduler scheduler;
    @Inject
    AuditLog audit;

    @Test
    void shouldRunAJobThatAuditsOnTheSchedulersThread() throws Exception {
        UUID marker = UUID.randomUUID();
        String job = "audited-job-" + marker;
        PeriodicJobs.every(scheduler, job, "1h",
                () -> audit.record("PERIODIC_TEST", "periodic-job", marker, null, Map.of()));
        try {
            // the first run is at once; the next would be an hour later
            await().atMost(Duration.ofSeconds(20)).until(() -> entries(marker) == 1);
            assertEquals("anonymous", actor(marker));
        } finally {
            scheduler.unscheduleJob(job);
        }
    }

    @Test
    void shouldNotScheduleAJobThatIsOff() {
        String job = "switched-off-" + UUID.randomUUID();
        PeriodicJobs.every(scheduler, job, PeriodicJobs.OFF, () -> {
        });
        assertEquals(null, scheduler.getScheduledJob(job));
    }

    private int entries(UUID marker) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from audit_log where resource_id = ?")) {
            ps.setString(1, marker.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private String actor(UUID marker) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select actor_name from audit_log where resource_id = ?")) {
            ps.setString(1, marker.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
