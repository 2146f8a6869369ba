package vn.coso.planning.progress.client;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.coso.planning.config.PlanningConfig;

/**
 * A figure is reused for cache-for, then answered while it is asked for again in the background for up to
 * served-stale-for; after that, or when a refresh finds the source down, the next report asks for it itself. Time is
 * the cache's ticker, moved by the test.
 */
class FiguresTest {

    private static final Duration CACHE_FOR = Duration.ofSeconds(60);
    private static final Duration SERVED_STALE_FOR = Duration.ofMinutes(10);
    private static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-00000000f001");

    private final AtomicLong nanos = new AtomicLong();
    /** The source answers its n-th call with n sessions, so each answer shows which call it came from. */
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();
    /** While closed, a call after the first waits: a refresh in the background cannot finish before the test says. */
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicBoolean gated = new AtomicBoolean();
    private final Figures figures = new Figures((year, unit) -> Optional.empty(), (year, unit) -> {
        int n = calls.incrementAndGet();
        if (n > 1 && gated.get()) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return down.get() ? Optional.empty() : Optional.of(new DialogueFigures(n, null));
    }, new Settings(), nanos::get);

    @AfterEach
    void stop() {
        gate.countDown();
        figures.stop();
    }

    private Optional<DialogueFigures> ask() {
        return figures.dialogue(2026, List.of(UNIT)).get(UNIT);
    }

    private void pass(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void shouldAnswerAnOldFigureAtOnceAndRefreshItBehind() {
        assertEquals(1, ask().orElseThrow().sessions()); // first report: asked for inside it
        pass(CACHE_FOR.minusSeconds(1));
        assertEquals(1, ask().orElseThrow().sessions()); // reused
        assertEquals(1, calls.get());

        gated.set(true);
        pass(Duration.ofSeconds(2)); // now older than cache-for
        assertEquals(1, ask().orElseThrow().sessions()); // the old figure, at once, while the refresh waits…
        gate.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> ask().orElseThrow().sessions() == 2); // …then the new one
        assertEquals(2, calls.get());
    }

    @Test
    void shouldAskInsideTheReportWhenTheFigureIsTooOld() {
        assertEquals(1, ask().orElseThrow().sessions());
        pass(CACHE_FOR.plus(SERVED_STALE_FOR).plusSeconds(1));
        assertEquals(2, ask().orElseThrow().sessions()); // not served stale: asked for again, inside the report
    }

    @Test
    void shouldDropAFigureWhoseRefreshFindsTheSourceDown() {
        assertEquals(1, ask().orElseThrow().sessions());
        down.set(true);
        pass(CACHE_FOR.plusSeconds(1));
        ask(); // starts the refresh, which finds the source down
        await().atMost(Duration.ofSeconds(10)).until(() -> ask().isEmpty()); // "unavailable", not a stale figure
    }

    /** The settings of coso.planning.progress that Figures reads. */
    private static final class Settings implements PlanningConfig.Progress {
        @Override
        public Duration cacheFor() {
            return CACHE_FOR;
        }

        @Override
        public Duration servedStaleFor() {
            return SERVED_STALE_FOR;
        }

        @Override
        public int parallelRequests() {
            return 2;
        }

        @Override
        public PlanningConfig.Source membership() {
            throw new UnsupportedOperationException("not read by Figures");
        }

        @Override
        public PlanningConfig.Source dialogue() {
            throw new UnsupportedOperationException("not read by Figures");
        }
    }
}
