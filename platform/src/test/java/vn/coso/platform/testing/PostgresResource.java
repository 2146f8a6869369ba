package vn.coso.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 14 for tests, from zonky's embedded binaries (no Docker): started once per test run on a free
 * port, migrated by the service's own Flyway scripts at start-up.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    /**
     * The system property that sets PostgreSQL's {@code synchronous_commit}: off for the tests (zonky's default; a
     * crash of a test database loses nothing that matters), on for the benchmarks, as production runs it.
     */
    public static final String SYNCHRONOUS_COMMIT = "bench.synchronous-commit";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("synchronous_commit", System.getProperty(SYNCHRONOUS_COMMIT, "off")).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
