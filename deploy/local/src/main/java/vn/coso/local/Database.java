package vn.coso.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The stack's PostgreSQL: zonky's embedded binaries (a real PostgreSQL 14), data kept under {@code .stack/postgres}
 * so that a restart keeps every record. One database per service and one for Keycloak, owned by the role
 * {@code coso}.
 */
final class Database implements AutoCloseable {

    static final List<String> DATABASES = List.of("planning", "membership", "dialogue", "keycloak");
    static final String USER = "coso";
    static final String PASSWORD = "coso";

    private final EmbeddedPostgres postgres;
    private final int port;

    private Database(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static Database start(Path dataDir, int port) throws IOException, SQLException {
        Files.createDirectories(dataDir.resolveSibling("logs"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky tunes for throwaway test databases (fsync and synchronous commit off); the stack keeps real
                // data, so a committed record must survive a crash or a power cut
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                // the launcher stops PostgreSQL itself, after the services that use it
                .setRegisterShutdownHook(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("logs/postgres.log")
                        .toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("logs/postgres.log")
                        .toFile()))
                .start();
        Database db = new Database(postgres, port);
        db.provision();
        return db;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private void provision() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + USER + "'")) {
                s.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            for (String db : DATABASES) {
                if (!exists(s, "select 1 from pg_database where datname = '" + db + "'")) {
                    s.execute("create database " + db + " owner " + USER + " encoding 'UTF8' template template0");
                }
            }
        }
        // extensions need a superuser; the services' migrations then find them in place
        for (String db : List.of("membership", "dialogue", "planning")) {
            try (Connection c = DriverManager.getConnection(jdbcUrl(db), "postgres", "postgres");
                    Statement s = c.createStatement()) {
                s.execute("create extension if not exists unaccent");
                s.execute("create extension if not exists pg_trgm");
            }
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
