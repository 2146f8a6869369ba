package vn.coso.planning.progress.client;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import vn.coso.planning.config.PlanningConfig;

/**
 * Figures read from the other services, reused for {@code coso.planning.progress.cache-for}: a progress report of a
 * province asks for the same units again and again. A figure older than that is still answered, and asked for again in
 * the background, for up to {@code coso.planning.progress.served-stale-for}: a report never waits for a figure it had
 * a minute ago (the benchmark's p99 of a province's progress was this wait). Only answers are kept; "unavailable" is
 * asked again next time, and a refresh that finds the source down drops the old figure rather than keep it.
 * membership-service answers for a whole subtree in one call; dialogue-service unit by unit, those of one report not
 * cached yet asked for {@code coso.planning.progress.parallel-requests} at a time.
 */
@ApplicationScoped
public class Figures {

    private enum Source {
        MEMBERSHIP, DIALOGUE
    }

    private record Key(Source source, int year, UUID unit) {
    }

    private final BiFunction<Integer, UUID, Optional<AdmissionsByUnit>> admissions;
    private final BiFunction<Integer, UUID, Optional<DialogueFigures>> dialogue;
    private final LoadingCache<Key, Object> cache;
    private final ExecutorService pool;

    @Inject
    public Figures(SourceFigures sources, PlanningConfig config) {
        this(sources::admissionsByUnit, sources::dialogue, config.progress(), Ticker.systemTicker());
    }

    /** The sources as functions and the cache's own time source: what a test replaces. */
    Figures(BiFunction<Integer, UUID, Optional<AdmissionsByUnit>> admissions,
            BiFunction<Integer, UUID, Optional<DialogueFigures>> dialogue, PlanningConfig.Progress config,
            Ticker ticker) {
        Duration cacheFor = config.cacheFor();
        Duration servedStaleFor = config.servedStaleFor();
        int parallel = config.parallelRequests();
        this.admissions = admissions;
        this.dialogue = dialogue;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "progress-figures-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.cache = Caffeine.newBuilder().maximumSize(200_000)
                .refreshAfterWrite(cacheFor)
                .expireAfterWrite(cacheFor.plus(servedStaleFor))
                .executor(pool)
                .ticker(ticker)
                .build(this::load);
    }

    /** One figure from its source; null (not kept) when the source did not answer. */
    private Object load(Key key) {
        return switch (key.source()) {
            case MEMBERSHIP -> admissions.apply(key.year(), key.unit()).orElse(null);
            case DIALOGUE -> dialogue.apply(key.year(), key.unit()).orElse(null);
        };
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The admissions of every unit under {@code root} (the root included), in one call. */
    public Optional<AdmissionsByUnit> admissionsBelow(int year, UUID root) {
        return cached(new Key(Source.MEMBERSHIP, year, root), AdmissionsByUnit.class);
    }

    /** The dialogue figures of many units of a year, by unit; empty for a unit whose source did not answer. */
    public Map<UUID, Optional<DialogueFigures>> dialogue(int year, Collection<UUID> units) {
        return all(Source.DIALOGUE, year, units, DialogueFigures.class);
    }

    /** Cached answers at once; the others asked for in parallel. */
    private <T> Map<UUID, Optional<T>> all(Source source, int year, Collection<UUID> units, Class<T> type) {
        Map<UUID, Optional<T>> answers = new HashMap<>();
        Map<UUID, CompletableFuture<Optional<T>>> pending = new HashMap<>();
        for (UUID unit : units) {
            Key key = new Key(source, year, unit);
            Object known = cache.getIfPresent(key);
            if (known != null) {
                answers.put(unit, Optional.of(type.cast(known)));
            } else {
                pending.put(unit, CompletableFuture.supplyAsync(() -> cached(key, type), pool));
            }
        }
        // every call is bounded by its timeout and retries, so this wait is too
        pending.forEach((unit, answer) -> answers.put(unit, answer.join()));
        return answers;
    }

    private <T> Optional<T> cached(Key key, Class<T> type) {
        return Optional.ofNullable(cache.get(key)).map(type::cast);
    }
}
