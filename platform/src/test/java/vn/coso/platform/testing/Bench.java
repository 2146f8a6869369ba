package vn.coso.platform.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the services' benchmarks share. Every operation is registered first; {@link #run} then warms every one of
 * them up (at least {@code bench.warmup-seconds}, 30 by default, or {@code bench.warmup-calls}, 10,000, whichever
 * comes first) before any is timed, and times each {@code bench.samples} times (2,000 by default) against the best
 * plain SQL for the same answer, alternating which goes first so that the machine's noise hits both alike. The
 * report gives, in the same run, the two floors every HTTP answer pays ({@link FloorResource}: the HTTP floor of a
 * constant answer, and the auth floor of the same answer behind a signed token), then each operation's p50 and p99,
 * its ratio to plain SQL, and what it costs above the auth floor. Calls go over HTTP/1.1, as the gateway talks to the
 * services; run the benchmarks with {@code -Dbench.synchronous-commit=on}, as production runs PostgreSQL.
 */
public final class Bench {

    /** A step that may throw; run as a {@link Runnable}. */
    @FunctionalInterface
    public interface Step extends Runnable {
        void call() throws Exception;

        @Override
        default void run() {
            try {
                call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 30));
    static final int WARMUP_CALLS = Integer.getInteger("bench.warmup-calls", 10_000);
    static final int SAMPLES = Integer.getInteger("bench.samples", 2_000);
    /** A regular expression: only the operations whose name it finds are measured (the floors always are). */
    static final String ONLY = System.getProperty("bench.only", "");
    static final String HTTP_FLOOR = "HTTP floor (constant, no token)";
    static final String AUTH_FLOOR = "auth floor (constant, signed token)";

    private record Op(Step service, Step sql) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Op> ops = new LinkedHashMap<>();
    private final List<String> report = new ArrayList<>();

    /** Registers the two floors of the service at {@code base}; {@code token} is any signed token of the realm. */
    public void floors(String base, Supplier<String> token) {
        ops.put(HTTP_FLOOR, new Op(() -> get(base + FloorResource.OPEN, null), null));
        ops.put(AUTH_FLOOR, new Op(() -> get(base + FloorResource.SIGNED, token), null));
    }

    /** Registers an operation and the plain SQL that gives the same answer ({@code sql} may be null). */
    public void add(String name, Step service, Step sql) {
        if (ONLY.isEmpty() || java.util.regex.Pattern.compile(ONLY).matcher(name).find()) {
            ops.put(name, new Op(service, sql));
        }
    }

    /** How many operations will be measured besides the two floors (after {@code bench.only}). */
    public int operations() {
        return (int) ops.keySet().stream().filter(name -> !name.equals(HTTP_FLOOR) && !name.equals(AUTH_FLOOR))
                .count();
    }

    /** Warms every operation up, then times each; answers the report's lines (also printed). */
    public List<String> run() {
        for (var e : ops.entrySet()) {
            long until = System.nanoTime() + WARMUP.toNanos();
            int calls = 0;
            while (System.nanoTime() < until && calls < WARMUP_CALLS) {
                e.getValue().service().run();
                if (e.getValue().sql() != null) {
                    e.getValue().sql().run();
                }
                calls++;
            }
            say("warmed up %-40s %,6d calls", e.getKey(), calls);
        }
        long[] authFloor = null;
        for (var e : ops.entrySet()) {
            Op op = e.getValue();
            long[] a = new long[SAMPLES];
            long[] b = op.sql() == null ? null : new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                if (b == null) {
                    a[i] = time(op.service());
                } else if (i % 2 == 0) {
                    a[i] = time(op.service());
                    b[i] = time(op.sql());
                } else {
                    b[i] = time(op.sql());
                    a[i] = time(op.service());
                }
            }
            Arrays.sort(a);
            if (b == null) {
                say("%-44s p50 %8.3f ms  p99 %8.3f ms", e.getKey(), ms(pct(a, 50)), ms(pct(a, 99)));
                if (e.getKey().equals(AUTH_FLOOR)) {
                    authFloor = a;
                }
                continue;
            }
            Arrays.sort(b);
            String overFloor = authFloor == null
                    ? ""
                    : String.format(Locale.ROOT,
                            " | over auth floor p50 %+7.3f ms  p99 %+7.3f ms", ms(pct(a, 50) - pct(authFloor, 50)),
                            ms(pct(a, 99) - pct(authFloor, 99)));
            say("%-44s p50 %8.3f ms  p99 %8.3f ms | plain SQL p50 %8.3f ms  p99 %8.3f ms | ×SQL p50 %6.2f  p99 %6.2f%s",
                    e.getKey(), ms(pct(a, 50)), ms(pct(a, 99)), ms(pct(b, 50)), ms(pct(b, 99)),
                    (double) pct(a, 50) / pct(b, 50), (double) pct(a, 99) / pct(b, 99), overFloor);
        }
        say("%,d samples per operation after a warm-up of %d s or %,d calls; HTTP/1.1; synchronous_commit=%s",
                SAMPLES, WARMUP.toSeconds(), WARMUP_CALLS, System.getProperty(PostgresResource.SYNCHRONOUS_COMMIT,
                        "off"));
        return report();
    }

    /** A GET that must answer 200, over this benchmark's HTTP/1.1 client; {@code token} may be null. */
    public void get(String url, Supplier<String> token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            request.header("Authorization", "Bearer " + token.get());
        }
        HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    /** The HTTP/1.1 client the timed calls use, for a benchmark's own requests (POSTs). */
    public HttpClient http() {
        return http;
    }

    /** Prints and keeps a line of the report. */
    public void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        report.add(line);
        System.out.println("[bench] " + line);
    }

    public List<String> report() {
        return List.copyOf(report);
    }

    /** Reads every column of every row, as a client would. */
    public static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    /** A read in plain SQL on a connection the caller holds. */
    @FunctionalInterface
    public interface SqlRead {
        void read(java.sql.Connection c) throws SQLException;
    }

    /**
     * The plain-SQL baseline of an audited read, with the service's guarantee: the audit entry (as the service writes
     * it, one insert into {@code audit_log}) and the read in one transaction, committed before the answer is used.
     */
    public static void audited(javax.sql.DataSource ds, String resourceType, java.util.UUID resource,
            java.util.UUID unit, SqlRead read) throws SQLException {
        try (java.sql.Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                audit(c, resourceType, resource, unit);
                read.read(c);
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** What an audited read's entry costs by itself: its insert and the (synchronous) commit. */
    public static void auditOnly(javax.sql.DataSource ds, String resourceType, java.util.UUID resource,
            java.util.UUID unit) throws SQLException {
        try (java.sql.Connection c = ds.getConnection()) {
            audit(c, resourceType, resource, unit);
        }
    }

    private static void audit(java.sql.Connection c, String resourceType, java.util.UUID resource,
            java.util.UUID unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into audit_log (actor_id, actor_name, actor_unit, actor_roles, action, resource_type,
                                       resource_id, unit_id, request_id, client_address, details)
                values ('bench-reader', 'bench-reader', ?, 'leader', 'READ', ?, ?, ?, 'bench', '127.0.0.1', null)
                """)) {
            ps.setString(1, unit.toString());
            ps.setString(2, resourceType);
            ps.setString(3, resource.toString());
            ps.setObject(4, unit);
            ps.executeUpdate();
        }
    }

    /**
     * The id the benchmarks' bulk loads give row {@code n} of a kind: PostgreSQL's {@code md5(prefix || n)::uuid},
     * worked out here instead of asked for.
     */
    public static java.util.UUID md5Id(String prefix, int n) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5")
                    .digest((prefix + n).getBytes(StandardCharsets.UTF_8));
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(d);
            return new java.util.UUID(b.getLong(), b.getLong());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token minted again after two minutes (they live five), outside the timed calls. */
    public static Supplier<String> fresh(Supplier<String> mint) {
        long[] at = {0};
        String[] token = {null};
        return () -> {
            if (token[0] == null || System.nanoTime() - at[0] > 120_000_000_000L) {
                token[0] = mint.get();
                at[0] = System.nanoTime();
            }
            return token[0];
        };
    }

    static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
