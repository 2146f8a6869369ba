package vn.coso.membership.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.coso.platform.testing.Tokens;
import vn.coso.platform.units.UnitCopyRepository;
import vn.coso.platform.units.UnitFeedEntry;

/**
 * The 1,000,000-candidate benchmark of issue #3 (run by {@code membership-service/bench/run}, never by
 * {@code ./mvnw verify}: the class name matches no surefire include). It loads 10 provinces × 100 communes × 50 cells
 * = 50,000 cells, 1,000,000 candidates with certificates, documents, verifications and frozen events, then measures
 * each operation over HTTP (token check, scope, audit, JSON) against the best plain SQL for the same answer on the
 * same database, alternating the two in every round so that the machine's noise hits both alike.
 */
@QuarkusTest
class AdmissionBenchmark {

    static final int PROVINCES = 10;
    static final int COMMUNES = 100;
    static final int CELLS = 50;
    static final int CANDIDATES = Integer.getInteger("bench.candidates", 1_000_000);
    static final UUID NATION = id("nation");

    // not the demo units: the benchmark's tree is a nation of its own, whose root covers every cell
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
        List<UUID> cells = loadUnits();
        loadCandidates(cells);
        bench.say("loaded %,d candidates in %,d cells in %.0f s", CANDIDATES, cells.size(),
                (System.nanoTime() - t0) / 1e9);

        UUID province = id("p0");
        // tokens live 5 minutes: each is minted again before it expires, outside the timed calls
        Supplier<String> nationToken = Bench.fresh(() -> Tokens.of("bench-integration", NATION, "integration"));
        Supplier<String> provinceOrganizer = Bench.fresh(() -> Tokens.of("bench-organizer", province, "organizer"));
        UUID someone = Bench.md5Id("c", 6); // in the province, with documents and a pending verification
        String base = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port",
                Integer.class);

        if (Boolean.getBoolean("bench.explain")) {
            explain(NATION);
        }
        Map<String, Op> ops = new LinkedHashMap<>();
        bench.floors(base, provinceOrganizer);
        ops.put("name search, a province (100k)", new Op(
                () -> get(base + "/api/membership/candidates?size=20&q=nguyen%20van%20an&unit=" + province,
                        provinceOrganizer),
                () -> searchSql(province)));
        ops.put("checklist of one candidate", new Op(
                () -> get(base + "/api/membership/candidates/" + someone + "/checklist", provinceOrganizer),
                () -> Bench.audited(dataSource, "candidate", someone, id("p0"), c -> checklistSql(c, someone))));
        ops.put("dossier of one candidate", new Op(
                () -> get(base + "/api/membership/candidates/" + someone + "/pipeline", provinceOrganizer),
                () -> Bench.audited(dataSource, "candidate", someone, id("p0"), c -> checklistSql(c, someone))));
        // what a dossier read's durable audit entry costs by itself: one insert and its synchronous commit
        ops.put("audit entry alone (insert, commit)", new Op(
                () -> Bench.auditOnly(dataSource, "candidate", someone, id("p0")), null));
        ops.put("statistics, a province (100k)", new Op(
                () -> get(base + "/api/membership/statistics/admissions?year=2026&unit=" + province, nationToken),
                () -> statisticsSql(province, cellsOf(province))));
        ops.put("statistics, the nation (1M)", new Op(
                () -> get(base + "/api/membership/statistics/admissions?year=2026&unit=" + NATION, nationToken),
                () -> statisticsSql(NATION, null)));

        ops.forEach((name, op) -> bench.add(name, op.http(), op.sql()));
        List<String> lines = bench.run();
        Path out = Path.of("target", "benchmark.txt");
        Files.writeString(out, String.join("\n", bench.report()) + "\n");
        // the load line, a warm-up line and a figure per operation and floor, and the settings
        Assertions.assertTrue(lines.size() >= 1 + 2 * 2 + 1);
    }

    record Op(Bench.Step http, Bench.Step sql) {
    }

    // --- the data ---------------------------------------------------------------------------------------------

    List<UUID> loadUnits() {
        List<UnitFeedEntry> feed = new ArrayList<>();
        List<UUID> cells = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, 7, 1);
        long seq = 1_000_000;
        feed.add(new UnitFeedEntry(NATION, "TW", "Trung ương", "OTHER", null, from, null, List.of(), List.of(),
                seq++));
        for (int p = 0; p < PROVINCES; p++) {
            UUID province = id("p" + p);
            feed.add(entry(province, "TU-" + p, "PROVINCE_COMMITTEE", null, NATION, from, seq++));
            for (int c = 0; c < COMMUNES; c++) {
                UUID commune = id("p" + p + "c" + c);
                feed.add(entry(commune, "ĐU-" + p + "-" + c, "COMMUNE_COMMITTEE", null, province, from, seq++));
                for (int k = 0; k < CELLS; k++) {
                    UUID cell = id("p" + p + "c" + c + "k" + k);
                    feed.add(entry(cell, "CB-" + p + "-" + c + "-" + k, "CELL", k % 5 == 0 ? "SCHOOL" : "RURAL",
                            commune, from, seq++));
                    cells.add(cell);
                }
            }
        }
        for (int i = 0; i < feed.size(); i += 5000) {
            unitCopy.apply(feed.subList(i, Math.min(feed.size(), i + 5000)), seq);
        }
        directory.refresh();
        return cells;
    }

    static UnitFeedEntry entry(UUID id, String code, String kind, String cellKind, UUID parent, LocalDate from,
            long seq) {
        return new UnitFeedEntry(id, code, code, kind, cellKind, from, null,
                List.of(new UnitFeedEntry.ParentLink(parent, from, null)), List.of(), seq);
    }

    List<UUID> cellsOf(UUID province) {
        return new ArrayList<>(directory.subtree(province));
    }

    void loadCandidates(List<UUID> cells) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("drop index if exists candidate_search");
                s.execute("drop index if exists candidate_cell_order");
                s.execute("create temporary table bench_cell as select row_number() over () - 1 as n, id "
                        + "from unnest(cast(? as uuid[])) id".replace("?", "'{" + String.join(",",
                                cells.stream().map(UUID::toString).toList()) + "}'"));
                s.execute("create temporary table bench_path as select b.n, b.id as cell, array[b.id, "
                        + "(u.parent_ids)[1], (p.parent_ids)[1], (q.parent_ids)[1]] as path from bench_cell b "
                        + "join unit_copy u on u.id = b.id join unit_copy p on p.id = (u.parent_ids)[1] "
                        + "join unit_copy q on q.id = (p.parent_ids)[1]");
                s.execute("create index on bench_path (n)");
                s.execute("""
                        insert into candidate (id, cell_id, full_name, date_of_birth, gender, ethnicity_code,
                            religion_code, general_education, occupation, youth_union, source_organisation,
                            listed_on, stage, version, created_at, updated_at)
                        select md5('c' || g)::uuid, b.cell,
                            (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi',
                                   'Đỗ','Hồ','Ngô','K''','Ya','Ma','Liêng'])[1 + g % 18] || ' ' ||
                            (array['Văn','Thị','Hữu','Đức','Ngọc','Minh','Thanh','Quang','Xuân','Hồng'])
                                [1 + (g / 18) % 10] || ' ' ||
                            (array['An','Anh','Ánh','Bình','Châu','Cường','Dũng','Dương','Đạt','Đông','Giang','Hà',
                                   'Hải','Hạnh','Hiếu','Hoa','Hòa','Hùng','Hương','Khánh','Lan','Linh','Long','Mai',
                                   'Minh','Nam','Nga','Ngân','Nhung','Phong','Phúc','Phương','Quân','Quang','Sơn',
                                   'Tâm','Thảo','Thắng','Thu','Thủy','Toàn','Trang','Trung','Tuấn','Tùng','Uyên',
                                   'Vân','Việt','Vinh','Yến'])[1 + (g / 180) % 50],
                            date '1966-01-01' + (g % 14000), case when g % 2 = 0 then 'MALE' else 'FEMALE' end,
                            case when g % 7 = 0 then '16' else '01' end,
                            case when g % 5 = 0 then 'CATHOLICISM' else 'NONE' end, 'UPPER_SECONDARY',
                            (array['FARMER','WORKER','CIVIL_SERVANT','PUPIL_STUDENT','OTHER'])[1 + g % 5],
                            g % 3 = 0, 'YOUTH_UNION', date '2025-01-01' + (g % 600),
                            case when g % 6 = 0 then 'DOSSIER' when g % 2 = 0 then 'CERTIFIED' else 'LISTED' end,
                            0, now(), now()
                        from generate_series(0, LAST) g join bench_path b on b.n = g % 50000
                        """.replace("LAST", Integer.toString(CANDIDATES - 1)));
                s.execute("""
                        insert into awareness_certificate (candidate_id, number, issued_on, issuer)
                        select id, 'GCN', listed_on + 30, 'TTCT' from candidate where stage in ('CERTIFIED', 'DOSSIER')
                        """);
                s.execute("""
                        insert into dossier_document (id, candidate_id, kind, received_on)
                        select md5(id::text || k)::uuid, id, k, listed_on + 40 from candidate,
                               unnest(array['APPLICATION', 'PERSONAL_HISTORY']) k where stage = 'DOSSIER'
                        """);
                s.execute("""
                        insert into verification (id, candidate_id, subject, place, sent_on, due_on, result,
                                                  received_on)
                        select md5(id::text || k)::uuid, id, k, 'Đảng ủy xã', listed_on + 45, listed_on + 75,
                               case when k = 'FATHER' then null else 'CLEAR' end,
                               case when k = 'FATHER' then null else listed_on + 60 end
                        from candidate, unnest(array['SELF', 'FATHER', 'MOTHER']) k where stage = 'DOSSIER'
                        """);
                s.execute("""
                        insert into membership_event (candidate_id, kind, occurred_on, cell_id, unit_path, categories)
                        select md5('c' || g)::uuid, k, date '2025-02-01' + (g % 640), b.cell, b.path,
                            array_remove(array[case when g % 2 = 1 then 'WOMEN' end,
                                               case when g % 7 = 0 then 'ETHNIC_MINORITY' end,
                                               case when g % 5 = 0 then 'RELIGIOUS' end,
                                               case when g % 50000 % 5 <> 0 then 'RURAL_CELLS' end], null)
                        from generate_series(0, LAST) g join bench_path b on b.n = g % 50000,
                             unnest(case when g % 10 = 0 then array['SENT_TO_CLASS', 'ADMITTED']
                                         when g % 2 = 0 then array['SENT_TO_CLASS'] else array[]::text[] end) k
                        """.replace("LAST", Integer.toString(CANDIDATES - 1)));
                s.execute("create index candidate_search on candidate using gin (search_key gin_trgm_ops)");
                s.execute("create index candidate_cell_order on candidate (cell_id, given_name collate vi_vn, "
                        + "full_name collate vi_vn, id)");
                s.execute("vacuum analyze");
            }
        }
    }

    // --- the best plain SQL for each answer --------------------------------------------------------------------

    void searchSql(UUID province) throws SQLException {
        UUID[] cells = directory.subtree(province).toArray(UUID[]::new);
        try (Connection c = dataSource.getConnection();
                PreparedStatement page = c.prepareStatement("""
                        with hits as materialized (select * from candidate where search_key like '%' || fold(?) || '%')
                        select * from hits c where c.cell_id in (select unnest(?))
                        order by c.given_name collate vi_vn, c.full_name collate vi_vn, c.id limit 20
                        """);
                PreparedStatement count = c.prepareStatement("""
                        with hits as materialized (select * from candidate where search_key like '%' || fold(?) || '%')
                        select count(*) from hits c where c.cell_id in (select unnest(?))
                        """)) {
            for (PreparedStatement ps : List.of(page, count)) {
                ps.setString(1, "nguyen van an");
                ps.setArray(2, c.createArrayOf("uuid", cells));
                Bench.drain(ps);
            }
        }
    }

    static void checklistSql(Connection c, UUID candidate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select c.*,
                  (select row_to_json(a) from awareness_certificate a where a.candidate_id = c.id),
                  (select json_agg(d) from dossier_document d where d.candidate_id = c.id),
                  (select json_agg(v) from verification v where v.candidate_id = c.id),
                  (select json_agg(i) from introduction i where i.candidate_id = c.id),
                  (select json_agg(o) from organisation_opinion o where o.candidate_id = c.id),
                  (select json_agg(v) from vote v where v.candidate_id = c.id),
                  (select json_agg(d) from decision d where d.candidate_id = c.id),
                  (select row_to_json(e) from ceremony e where e.candidate_id = c.id),
                  (select row_to_json(r) from rule_set r where r.valid_from <= current_date
                   order by r.valid_from desc limit 1)
                from candidate c where c.id = ?
                """)) {
            ps.setObject(1, candidate);
            Bench.drain(ps);
        }
    }

    void statisticsSql(UUID unit, List<UUID> cells) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (int year : new int[]{2026, 2025}) {
                try (PreparedStatement kinds = c.prepareStatement("""
                        select kind, count(*) from membership_event
                        where occurred_on >= ? and occurred_on < ? and unit_path && array[?]::uuid[] group by kind
                        """);
                        PreparedStatement cats = c.prepareStatement("""
                                select category, count(*) from membership_event, unnest(categories) category
                                where kind = 'ADMITTED' and occurred_on >= ? and occurred_on < ?
                                  and unit_path && array[?]::uuid[] group by category
                                """)) {
                    for (PreparedStatement ps : List.of(kinds, cats)) {
                        ps.setObject(1, LocalDate.of(year, 1, 1));
                        ps.setObject(2, LocalDate.of(year + 1, 1, 1));
                        ps.setObject(3, unit);
                        Bench.drain(ps);
                    }
                }
            }
            // the pipeline by stage: the whole table for the nation, the province's cells otherwise
            try (PreparedStatement ps = c.prepareStatement(cells == null
                    ? "select stage, count(*) from candidate group by stage"
                    : "select stage, count(*) from candidate join unnest(?) as s(id) on s.id = cell_id "
                            + "group by stage")) {
                if (cells != null) {
                    ps.setArray(1, c.createArrayOf("uuid", cells.toArray()));
                }
                Bench.drain(ps);
            }
        }
    }

    /** Prints the plans of the statistics queries for {@code -Dbench.explain=true}. */
    void explain(UUID unit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 7; i++) {
                try (PreparedStatement ps = c.prepareStatement("""
                        explain (analyze, buffers) select kind, count(*) from membership_event
                        where occurred_on >= ? and occurred_on < ? and unit_path && cast(? as uuid[]) group by kind
                        """)) {
                    ps.setObject(1, LocalDate.of(2026, 1, 1));
                    ps.setObject(2, LocalDate.of(2027, 1, 1));
                    ps.setArray(3, c.createArrayOf("uuid", new Object[]{unit}));
                    try (ResultSet rs = ps.executeQuery()) {
                        StringBuilder plan = new StringBuilder();
                        while (rs.next()) {
                            plan.append(rs.getString(1)).append('\n');
                        }
                        if (i == 0 || i == 6) {
                            System.out.println("[bench] plan " + i + ":\n" + plan);
                        }
                    }
                }
            }
        }
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    void get(String url, Supplier<String> token) throws Exception {
        bench.get(url, token);
    }
}
