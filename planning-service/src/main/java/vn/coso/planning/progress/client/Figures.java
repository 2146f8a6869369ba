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
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.coso.planning.config.PlanningConfig;

/**
 * Figures read from the other services, reused for {@code coso.planning.progress.cache-for}: a progress report of a province
 * asks for the same units again and again. Only answers are kept; "unavailable" is asked again next time.
 * membership-service answers for a whole subtree in one call; dialogue-service unit by unit, those of one report not
 * cached yet asked for {@code coso.planning.progress.parallel-requests} at a time.
 */
@ApplicationScoped
public class Figures {

    private record Key(String source, int year, UUID unit) {
    }

    private final SourceFigures sources;
    private final Cache<Key, Object> cache;
    private final ExecutorService pool;

    public Figures(SourceFigures sources, PlanningConfig config) {
        Duration cacheFor = config.progress().cacheFor();
        int parallel = config.progress().parallelRequests();
        this.sources = sources;
        this.cache = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(cacheFor).build();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "progress-figures-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The admissions of every unit under {@code root} (the root included), in one call. */
    public Optional<AdmissionsByUnit> admissionsBelow(int year, UUID root) {
        return cached(new Key("membership", year, root), AdmissionsByUnit.class,
                () -> sources.admissionsByUnit(year, root));
    }

    /** The dialogue figures of many units of a year, by unit; empty for a unit whose source did not answer. */
    public Map<UUID, Optional<DialogueFigures>> dialogue(int year, Collection<UUID> units) {
        return all("dialogue", year, units, DialogueFigures.class, unit -> sources.dialogue(year, unit));
    }

    /** Cached answers at once; the others asked for in parallel. */
    private <T> Map<UUID, Optional<T>> all(String source, int year, Collection<UUID> units, Class<T> type,
            Function<UUID, Optional<T>> load) {
        Map<UUID, Optional<T>> answers = new HashMap<>();
        Map<UUID, CompletableFuture<Optional<T>>> pending = new HashMap<>();
        for (UUID unit : units) {
            Key key = new Key(source, year, unit);
            Object known = cache.getIfPresent(key);
            if (known != null) {
                answers.put(unit, Optional.of(type.cast(known)));
            } else {
                pending.put(unit, CompletableFuture.supplyAsync(() -> cached(key, type, () -> load.apply(unit)),
                        pool));
            }
        }
        // every call is bounded by its timeout and retries, so this wait is too
        pending.forEach((unit, answer) -> answers.put(unit, answer.join()));
        return answers;
    }

    private <T> Optional<T> cached(Key key, Class<T> type, Supplier<Optional<T>> load) {
        Object known = cache.getIfPresent(key);
        if (known != null) {
            return Optional.of(type.cast(known));
        }
        Optional<T> loaded = load.get();
        loaded.ifPresent(value -> cache.put(key, value));
        return loaded;
    }
}
