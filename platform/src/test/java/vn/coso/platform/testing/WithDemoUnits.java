package vn.coso.platform.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.agroal.api.AgroalDataSource;

import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.units.UnitCopyRepository;

/**
 * Base of the Quarkus tests that need the demo units in the service's local copy, as planning-service's feed would
 * bring them, and a word with the database now and then.
 */
public abstract class WithDemoUnits {

    @Inject
    protected UnitCopyRepository unitCopy;
    @Inject
    protected UnitDirectory directory;
    @Inject
    protected AgroalDataSource dataSource;
    @Inject
    protected TestClock clock;

    @BeforeEach
    void loadDemoUnits() {
        unitCopy.apply(UnitFixtures.demoFeed(), 100);
        directory.refresh();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The single number a query answers, read straight from the database. */
    protected long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs a statement straight on the database: the clock moving on, in tests of deadlines. */
    protected void execute(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
