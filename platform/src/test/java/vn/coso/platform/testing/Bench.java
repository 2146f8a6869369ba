package vn.coso.platform.testing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the services' benchmarks share: an operation measured against the best plain SQL for the same answer,
 * alternating which goes first in every round so that the machine's noise hits both alike, reported as p50/p99 and
 * their ratios.
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

    private final List<String> report = new ArrayList<>();

    /** Warms both up, measures {@code rounds} alternating rounds and reports one line. */
    public void compare(String name, int rounds, Step service, Step sql) {
        for (int i = 0; i < Math.max(5, rounds / 10); i++) {
            service.run();
            sql.run();
        }
        long[] a = new long[rounds];
        long[] b = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                a[i] = time(service);
                b[i] = time(sql);
            } else {
                b[i] = time(sql);
                a[i] = time(service);
            }
        }
        Arrays.sort(a);
        Arrays.sort(b);
        say("%-36s service p50 %8.2f ms  p99 %8.2f ms | plain SQL p50 %8.2f ms  p99 %8.2f ms | ratio p50 %5.2f"
                + "  p99 %5.2f", name, ms(pct(a, 50)), ms(pct(a, 99)), ms(pct(b, 50)), ms(pct(b, 99)),
                (double) pct(a, 50) / pct(b, 50), (double) pct(a, 99) / pct(b, 99));
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
