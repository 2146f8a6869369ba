package vn.coso.dialogue.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.testing.Bench;
import vn.coso.platform.testing.TestClock;
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.units.UnitCopyRepository;
import vn.coso.platform.units.UnitFeedEntry;

/**
 * The dialogue benchmark of issue #4 (run by {@code dialogue-service/bench/run}, never by {@code ./mvnw verify}):
 * five years of a province, 100 communes × 10 villages, 10,000 sessions and 200,000 opinions; the province's
 * statistics of a year and its overdue list over HTTP against the best plain SQL for the same answer, alternating the
 * two; then the public submission endpoint's own throughput (without the gateway's rate limit in front).
 */
@QuarkusTest
class DialogueBenchmark {

    @Inject
    TestClock clock;

    static final int COMMUNES = 100;
    static final int VILLAGES = 10;
    static final int SESSIONS = Integer.getInteger("bench.sessions", 10_000);
    static final int OPINIONS = Integer.getInteger("bench.opinions", 200_000);

    @Inject
    UnitCopyRepository unitCopy;
    @Inject
    UnitDirectory directory;
    @Inject
    AgroalDataSource dataSource;

    final Bench bench = new Bench();

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("bench-" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void measure() throws Exception {
        long t0 = System.nanoTime();
        UUID province = loadUnits();
        loadData();
        bench.say("loaded %,d sessions and %,d opinions in %d communes in %.0f s", SESSIONS, OPINIONS, COMMUNES,
                (System.nanoTime() - t0) / 1e9);
        String base = "http://localhost:"
                + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Supplier<String> leader = Bench.fresh(() -> Tokens.of("bench-leader", province, "leader"));
        int year = clock.today().getYear() - 1;
        UUID[] communes = directory.subtree(province).toArray(UUID[]::new);

        if (Boolean.getBoolean("bench.explain")) {
            explain(communes);
        }
        bench.floors(base, leader);
        bench.add("statistics of a year, province",
                () -> get(base + "/api/dialogue/statistics?from=" + year + "-01-01&to=" + year + "-12-31&unit="
                        + province, leader.get()),
                () -> statisticsSql(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), communes));
        bench.add("overdue list, province (first 20)",
                () -> get(base + "/api/dialogue/opinions?overdue=true&size=20&unit=" + province, leader.get()),
                () -> Bench.audited(dataSource, "opinion", province, province,
                        c -> overdueSql(c, communes, clock.today())));
        UUID opinion = Bench.md5Id("o", OPINIONS / 2);
        UUID commune = id("c1");
        bench.add("one opinion with its history", () -> get(base + "/api/dialogue/opinions/" + opinion, leader.get()),
                () -> Bench.audited(dataSource, "opinion", opinion, commune, c -> opinionSql(c, opinion)));
        // what a read's durable audit entry costs by itself: one insert and its synchronous commit
        bench.add("audit entry alone (insert, commit)",
                () -> Bench.auditOnly(dataSource, "opinion", opinion, commune), null);
        int measured = bench.run().size();
        publicThroughput(base, id("c1"));
        Files.writeString(Path.of("target", "benchmark.txt"), String.join("\n", bench.report()) + "\n");
        // load, a warm-up line and a figure for each of the two floors and four operations, settings; throughput
        Assertions.assertEquals(1 + 2 * (2 + bench.operations()) + 1, measured);
        Assertions.assertEquals(measured + 1, bench.report().size());
    }

    /** Submissions from 8 concurrent clients for 10 seconds, directly at the service. */
    void publicThroughput(String base, UUID commune) throws Exception {
        String body = "{\"communeId\":\"" + commune
                + "\",\"topic\":\"LAND\",\"text\":\"Đề nghị đo đạc lại ranh giới\"}";
        long end = System.nanoTime() + 10_000_000_000L;
        java.util.concurrent.atomic.AtomicLong ok = new java.util.concurrent.atomic.AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<Void> r = bench.http().send(HttpRequest.newBuilder(URI.create(base
                                + "/api/dialogue/public/opinions")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 201) {
                            ok.incrementAndGet();
                        }
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        bench.say("public submissions, 8 clients, service alone: %.0f per second (the gateway admits 10 per address, "
                + "then 1 every 5 s)", ok.get() / 10.0);
    }

    UUID loadUnits() {
        List<UnitFeedEntry> feed = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, 7, 1);
        long seq = 2_000_000;
        UUID province = id("province");
        feed.add(new UnitFeedEntry(province, "TU-B", "Tỉnh", "PROVINCE_COMMITTEE", null, from, null, List.of(),
                List.of(), seq++));
        for (int c = 0; c < COMMUNES; c++) {
            UUID commune = id("c" + c);
            feed.add(entry(commune, "ĐU-B" + c, "COMMUNE_COMMITTEE", province, from, seq++));
            feed.add(entry(id("c" + c + "ubnd"), "UBND-B" + c, "PEOPLES_COMMITTEE", commune, from, seq++));
            for (int v = 0; v < VILLAGES; v++) {
                feed.add(entry(id("c" + c + "v" + v), "TH-B" + c + "-" + v, "VILLAGE", commune, from, seq++));
            }
        }
        unitCopy.apply(feed, seq);
        directory.refresh();
        return province;
    }

    static UnitFeedEntry entry(UUID id, String code, String kind, UUID parent, LocalDate from, long seq) {
        return new UnitFeedEntry(id, code, code, kind, null, from, null,
                List.of(new UnitFeedEntry.ParentLink(parent, from, null)), List.of(), seq);
    }

    void loadData() throws SQLException {
        LocalDate today = clock.today();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            StringBuilder communes = new StringBuilder();
            for (int i = 0; i < COMMUNES; i++) {
                communes.append(i == 0 ? "" : ",").append(id("c" + i));
            }
            s.execute("create temporary table bench_commune as select row_number() over () - 1 as n, id from "
                    + "unnest('{" + communes + "}'::uuid[]) id");
            // five years of sessions, evenly over the communes and the days
            s.execute("""
                    insert into dialogue_session (id, level, commune_id, village_id, held_on, place, status, host,
                                                  attendees, households, speakers, created_at)
                    select md5('s' || g)::uuid, 'COMMUNE', c.id, md5('v' || g)::uuid,
                           date 'TODAY' - (g * 1826 / SESSIONS), 'Nhà văn hóa', 'HELD', 'Bí thư', 60 + g % 90,
                           40 + g % 50, 5 + g % 20, now()
                    from generate_series(0, SESSIONS - 1) g join bench_commune c on c.n = g % COMMUNES
                    """.replace("TODAY", today.toString()).replace("SESSIONS", Integer.toString(SESSIONS))
                    .replace("COMMUNES", Integer.toString(COMMUNES)));
            s.execute("""
                    insert into opinion (id, tracking_code, session_id, channel, commune_id, topic, legal_type, text,
                                         received_on, status, handler_unit_id, assigned_on, due_on, replied_on,
                                         answer, answered_by, reopened, created_at)
                    select md5('o' || g)::uuid, upper(substr(md5('t' || g), 1, 12)), s.id, 'SESSION', s.commune_id,
                           (array['RURAL_ROADS','LAND','LIGHTING','ENVIRONMENT','SECURITY_ORDER',
                                  'FARM_PRICES_MARKETS','SOCIAL_WELFARE','ADMINISTRATIVE_PROCEDURES',
                                  'CONSTRUCTION_ORDER','OTHER'])[1 + g % 10],
                           (array['PETITION','PETITION','PETITION','COMPLAINT','DENUNCIATION'])[1 + g % 5],
                           'Ý kiến của người dân số ' || g, s.held_on,
                           case when g % 4 = 0 then 'ANSWERED_ON_SPOT' when g % 50 = 1 then 'ASSIGNED'
                                else 'CLOSED' end,
                           case when g % 4 = 0 then null else s.commune_id end,
                           case when g % 4 = 0 then null else s.held_on + 3 end,
                           case when g % 4 = 0 then null else s.held_on + 17 end,
                           case when g % 4 = 0 then s.held_on when g % 50 = 1 then null
                                else s.held_on + 10 + g % 12 end,
                           case when g % 4 = 0 then 'Đã trả lời tại chỗ' end,
                           case when g % 4 = 0 then 'Chủ tịch' end, 0, now()
                    from generate_series(0, OPINIONS - 1) g
                         join dialogue_session s on s.id = md5('s' || (g % SESSIONS))::uuid
                    """.replace("OPINIONS", Integer.toString(OPINIONS)).replace("SESSIONS",
                    Integer.toString(SESSIONS)));
            s.execute("vacuum analyze");
        }
    }

    void statisticsSql(LocalDate from, LocalDate to, UUID[] communes) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of("""
                    select count(*), count(distinct village_id), sum(attendees), sum(households), sum(speakers)
                    from dialogue_session where status in ('HELD', 'CONCLUDED') and held_on between ? and ?
                      and commune_id in (select unnest(?))
                    """, """
                    select count(*), count(*) filter (where status = 'ANSWERED_ON_SPOT'),
                           count(*) filter (where handler_unit_id is not null),
                           count(*) filter (where replied_on <= due_on), count(*) filter (where replied_on > due_on),
                           count(*) filter (where status in ('RECEIVED', 'ASSIGNED')),
                           count(*) filter (where status = 'ASSIGNED' and due_on < current_date),
                           count(*) filter (where reopened > 0), count(*) filter (where extensions > 0)
                    from opinion where received_on between ? and ? and commune_id in (select unnest(?))
                    """, """
                    select topic, count(*) from opinion where received_on between ? and ?
                      and commune_id in (select unnest(?)) group by topic
                    """, """
                    select legal_type, count(*) from opinion where received_on between ? and ?
                      and commune_id in (select unnest(?)) group by legal_type
                    """, """
                    select handler_unit_id, count(*), count(*) filter (where replied_on <= due_on),
                           count(*) filter (where replied_on > due_on), count(*) filter (where status = 'ASSIGNED'),
                           count(*) filter (where status = 'ASSIGNED' and due_on < current_date)
                    from opinion where received_on between ? and ? and commune_id in (select unnest(?))
                      and handler_unit_id is not null group by handler_unit_id
                    """)) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setObject(1, from);
                    ps.setObject(2, to);
                    ps.setArray(3, c.createArrayOf("uuid", communes));
                    Bench.drain(ps);
                }
            }
        }
    }

    /** Diagnostics (-Dbench.explain=true): the plans of the overdue list, as the bench and as the service ask. */
    void explain(UUID[] communes) throws Exception {
        StringBuilder explained = new StringBuilder();
        String service = "select * from opinion where commune_id in (select unnest(?)) and "
                + "status in ('RECEIVED', 'ASSIGNED') and replied_on is null and due_on is not null and due_on < ? "
                + "order by received_on desc, id limit 20";
        String serviceCount = "select count(*) from opinion where commune_id in (select unnest(?)) and "
                + "status in ('RECEIVED', 'ASSIGNED') and replied_on is null and due_on is not null and due_on < ?";
        try (Connection c = dataSource.getConnection()) {
            for (String mode : List.of("auto", "force_generic_plan")) {
                try (var st = c.createStatement()) {
                    st.execute("set plan_cache_mode = " + mode);
                }
                for (String sql : List.of(service, serviceCount)) {
                    try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + sql)) {
                        ps.setArray(1, c.createArrayOf("uuid", communes));
                        ps.setObject(2, clock.today());
                        try (var rs = ps.executeQuery()) {
                            StringBuilder plan = new StringBuilder(mode + ": " + sql + "\n");
                            while (rs.next()) {
                                plan.append(rs.getString(1)).append('\n');
                            }
                            explained.append(plan).append('\n');
                        }
                    }
                }
            }
            // the plan a server-side prepared statement settles on after five runs (pgjdbc prepares the service's
            // and the bench's queries so), asked for in SQL: PREPARE, then EXPLAIN EXECUTE with a generic plan
            String array = java.util.Arrays.stream(communes).map(UUID::toString)
                    .collect(java.util.stream.Collectors.joining(",", "'{", "}'::uuid[]"));
            try (var st = c.createStatement()) {
                st.execute("set plan_cache_mode = force_generic_plan");
                for (String sql : List.of(service, serviceCount)) {
                    String numbered = sql.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2");
                    st.execute("prepare generic(uuid[], date) as " + numbered);
                    try (var rs = st.executeQuery("explain (analyze, buffers) execute generic(" + array
                            + ", '" + clock.today() + "')")) {
                        explained.append("prepared, generic: ").append(sql).append('\n');
                        while (rs.next()) {
                            explained.append(rs.getString(1)).append('\n');
                        }
                    }
                    st.execute("deallocate generic");
                }
                st.execute("set plan_cache_mode = auto");
            }
            try (PreparedStatement ps = c
                    .prepareStatement("select status, count(*), count(*) filter (where due_on < ?) "
                            + "from opinion group by status")) {
                ps.setObject(1, clock.today());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        explained.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append(' ')
                                .append(rs.getLong(3)).append('\n');
                    }
                }
            }
        }
        Files.writeString(Path.of("target", "explain.txt"), explained);
    }

    /** The opinion and its history, as the GET answers them. */
    static void opinionSql(Connection c, UUID opinion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select o.*, (select json_agg(e order by e.id) from opinion_event e where e.opinion_id = o.id)
                from opinion o where o.id = ?
                """)) {
            ps.setObject(1, opinion);
            Bench.drain(ps);
        }
    }

    /**
     * The service's answer: a page of the opinions still open past their due day (as {@code DuePolicy} says: received
     * or assigned, not replied, due before today) and how many there are, in the province's communes.
     */
    static void overdueSql(Connection c, UUID[] communes, LocalDate today) throws SQLException {
        for (String sql : List.of("""
                select * from opinion where commune_id in (select unnest(?)) and status in ('RECEIVED', 'ASSIGNED')
                  and replied_on is null and due_on is not null and due_on < ? order by received_on desc, id limit 20
                """,
                """
                        select count(*) from opinion where commune_id in (select unnest(?)) and status in ('RECEIVED', 'ASSIGNED')
                          and replied_on is null and due_on is not null and due_on < ?
                        """)) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("uuid", communes));
                ps.setObject(2, today);
                Bench.drain(ps);
            }
        }
    }

    void get(String url, String token) throws Exception {
        bench.get(url, () -> token);
    }
}
