package vn.coso.planning.progress.client;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Figures read from the other services, reused for {@code coso.progress.cache-for}: a progress report of a province
 * asks for the same units again and again. Only answers are kept; "unavailable" is asked again next time.
 */
@ApplicationScoped
public class Figures {

    private record Key(String source, int year, UUID unit) {
    }

    private final SourceFigures sources;
    private final Cache<Key, Object> cache;

    public Figures(SourceFigures sources, @ConfigProperty(name = "coso.progress.cache-for") Duration cacheFor) {
        this.sources = sources;
        this.cache = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(cacheFor).build();
    }

    public Optional<AdmissionFigures> admissions(int year, UUID unit) {
        return cached(new Key("membership", year, unit), AdmissionFigures.class,
                () -> sources.admissions(year, unit));
    }

    public Optional<DialogueFigures> dialogue(int year, UUID unit) {
        return cached(new Key("dialogue", year, unit), DialogueFigures.class, () -> sources.dialogue(year, unit));
    }

    private <T> Optional<T> cached(Key key, Class<T> type, java.util.function.Supplier<Optional<T>> load) {
        Object known = cache.getIfPresent(key);
        if (known != null) {
            return Optional.of(type.cast(known));
        }
        Optional<T> loaded = load.get();
        loaded.ifPresent(value -> cache.put(key, value));
        return loaded;
    }
}
