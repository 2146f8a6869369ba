package vn.coso.planning.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.testing.Bench;
import vn.coso.platform.testing.Tokens;

/**
 * The national-size benchmark of issue #6 (run by {@code planning-service/bench/run}, never by {@code ./mvnw verify}:
 * the class name matches no surefire include). It registers a nation of 30 provinces × 50 communes × 39 cells
 * (60,031 units) with 10 years of targets (2017–2026: every cell's admissions, every commune's and province's
 * admissions, dialogue sessions and new models, and the nation's: 630,930 targets), then measures over HTTP (token check, scope,
 * JSON) against the plain SQL that reads the same rows, alternating the two in every round.
 */
@QuarkusTest
class RegistryBenchmark {

    static final int PROVINCES = 30;
    static final int COMMUNES = 50;
    static final int CELLS = 39;
    static final LocalDate ON = LocalDate.of(2026, 6, 1);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    UnitDirectory directory;
    @OidcWireMock
    WireMockServer sources;

    final Bench bench = new Bench();

    /** The id the loading SQL gives a unit: {@code md5('bench-' || key)::uuid}. */
    static UUID id(String key) throws NoSuchAlgorithmException {
        byte[] md5 = MessageDigest.getInstance("MD5").digest(("bench-" + key).getBytes(StandardCharsets.UTF_8));
        ByteBuffer b = ByteBuffer.wrap(md5);
        return new UUID(b.getLong(), b.getLong());
    }

    @Test
    void measure() throws Exception {
        long t0 = System.nanoTime();
        long units = load();
        directory.refresh();
        bench.say("loaded %,d units and %,d targets in %.0f s", units, count("target"), (System.nanoTime() - t0) / 1e9);
        UUID province = id("p7");
        // the other services' statistics contracts, answered at once: the benchmark measures planning-service.
        // membership-service gives every unit of the province in one answer
        StringBuilder figures = new StringBuilder();
        for (UUID unit : directory.subtree(province)) {
            figures.append(figures.isEmpty() ? "" : ",").append('"').append(unit)
                    .append("\": {\"admitted\": 3, \"sentToClass\": 5, \"byCategory\": {\"WOMEN\": 1}}");
        }
        sources.stubFor(WireMock.get(urlPathEqualTo("/auth/api/membership/statistics/admissions/by-unit"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"year\": 2026, \"unitId\": \"" + province + "\", \"units\": {" + figures + "}}")));
        sources.stubFor(WireMock.get(urlPathEqualTo("/auth/api/dialogue/statistics")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sessions\": 10, \"onTimeReplyRate\": 80.0, \"opinions\": 31}")));

        UUID nation = id("nation");
        Supplier<String> organizer = Bench.fresh(() -> Tokens.of("bench-organizer", nation, "organizer"));
        String base = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port",
                Integer.class);
        String subtree = base + "/api/planning/units/" + province + "/subtree?date=" + ON;
        String progress = base + "/api/planning/progress?year=2026&unit=" + province;

        // the first report of a province asks the other services for every unit's figures, then reuses them
        long cold = System.nanoTime();
        get(progress, organizer);
        bench.say("progress of a province, first call (figures fetched from the stubbed sources): %.0f ms",
                (System.nanoTime() - cold) / 1e6);

        bench.floors(base, organizer);
        bench.add("subtree of a province (1,951 units)", () -> get(subtree, organizer),
                () -> subtreeSql(province));
        bench.add("progress of a province (4,212 targets)", () -> get(progress, organizer),
                () -> progressSql(province));
        List<String> lines = bench.run();
        Path out = Path.of("target", "benchmark.txt");
        Files.writeString(out, String.join("\n", bench.report()) + "\n");
        // load, first call, then a warm-up line and a figure for each of the two floors and the operations, settings
        Assertions.assertEquals(2 + 2 * (2 + bench.operations()) + 1, lines.size());
    }

    // --- the data ---------------------------------------------------------------------------------------------

    long load() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("""
                    create temporary table bench_unit as
                    select md5('bench-nation')::uuid as id, 'B-TW' as code, 'Trung ương (thử tải)' as name,
                           'PROVINCE_COMMITTEE' as kind, null as cell_kind, null::uuid as parent_id
                    union all
                    select md5('bench-p' || p)::uuid, 'B-T' || p, 'Tỉnh ủy thử tải ' || p, 'PROVINCE_COMMITTEE',
                           null, md5('bench-nation')::uuid
                    from generate_series(0, %1$d - 1) p
                    union all
                    select md5('bench-p' || p || 'c' || c)::uuid, 'B-X' || p || '-' || c,
                           'Đảng ủy xã thử tải ' || p || '-' || c, 'COMMUNE_COMMITTEE', null,
                           md5('bench-p' || p)::uuid
                    from generate_series(0, %1$d - 1) p, generate_series(0, %2$d - 1) c
                    union all
                    select md5('bench-p' || p || 'c' || c || 'k' || k)::uuid, 'B-CB' || p || '-' || c || '-' || k,
                           'Chi bộ thôn ' || k || ' xã ' || p || '-' || c, 'CELL',
                           case when k %% 5 = 0 then 'SCHOOL' else 'RURAL' end, md5('bench-p' || p || 'c' || c)::uuid
                    from generate_series(0, %1$d - 1) p, generate_series(0, %2$d - 1) c,
                         generate_series(0, %3$d - 1) k
                    """.formatted(PROVINCES, COMMUNES, CELLS));
            s.execute("""
                    insert into unit (id, code, name, kind, cell_kind, valid_from, seq)
                    select id, code, name, kind, cell_kind, date '2015-01-01', 0 from bench_unit
                    """);
            s.execute("""
                    insert into unit_parent (unit_id, parent_id, valid_from)
                    select id, parent_id, date '2015-01-01' from bench_unit where parent_id is not null
                    """);
            // every cell: admissions; every commune and province: admissions, dialogue sessions, new models
            s.execute("""
                    insert into target (id, year, unit_id, indicator, category, target_value, absolute_value)
                    select md5(u.id::text || y || i.code)::uuid, y, u.id, i.code, '', 2 + (y % 3), 2 + (y % 3)
                    from bench_unit u
                    join (values ('ADMISSIONS'), ('DIALOGUE_SESSIONS'), ('NEW_MODELS')) i(code)
                      on u.kind <> 'CELL' or i.code = 'ADMISSIONS',
                    generate_series(2017, 2026) y
                    """);
            s.execute("analyze unit; analyze unit_parent; analyze target");
            return count("unit");
        }
    }

    long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // --- the plain SQL baselines: the same rows, read the shortest way ---------------------------------------

    void subtreeSql(UUID root) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                with recursive down(id) as (
                    select ?::uuid
                    union
                    select p.unit_id from unit_parent p join down d on p.parent_id = d.id
                    where p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)
                )
                select u.id, u.code, u.name, u.kind, u.cell_kind, u.valid_from, u.valid_to, p.parent_id, u.version
                from down join unit u on u.id = down.id
                left join unit_parent p on p.unit_id = u.id and p.valid_from <= ?
                     and (p.valid_to is null or p.valid_to >= ?)
                where u.valid_from <= ? and (u.valid_to is null or u.valid_to >= ?)
                order by u.code
                """)) {
            ps.setObject(1, root);
            for (int i = 2; i <= 7; i++) {
                ps.setObject(i, ON);
            }
            Bench.drain(ps);
        }
    }

    void progressSql(UUID root) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                with recursive down(id) as (
                    select ?::uuid
                    union
                    select p.unit_id from unit_parent p join down d on p.parent_id = d.id
                )
                select t.id, t.unit_id, t.indicator, t.category, t.target_value, l.target_value
                from target t join down on down.id = t.unit_id
                left join target l on l.unit_id = t.unit_id and l.indicator = t.indicator
                     and l.category = t.category and l.year = t.year - 1
                where t.year = 2026
                """)) {
            ps.setObject(1, root);
            Bench.drain(ps);
        }
    }

    void get(String url, Supplier<String> token) throws Exception {
        bench.get(url, token);
    }
}
