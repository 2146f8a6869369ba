package vn.coso.membership;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import io.agroal.api.AgroalDataSource;

import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.testing.UnitFixtures;
import vn.coso.platform.units.UnitCopyRepository;

/** Base of the tests that need the demo units in the local copy, as planning-service's feed would bring them. */
public abstract class WithDemoUnits {

    @Inject
    protected UnitCopyRepository unitCopy;
    @Inject
    protected UnitDirectory directory;
    @Inject
    protected AgroalDataSource dataSource;

    @BeforeEach
    void loadDemoUnits() {
        unitCopy.apply(UnitFixtures.demoFeed(), 100);
        directory.refresh();
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
}
