package vn.coso.gateway;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import io.vertx.core.http.HttpServerRequest;

/**
 * The data path's request timings, as {@code http_server_requests_seconds} by route (never by raw path: ids in paths
 * would make a series per record), method, status and outcome, like Quarkus's own HTTP metrics on the console's
 * server. Each route's timers are found without allocating: a map by method, then an array by status.
 */
final class RouteMetrics {

    static final String UNROUTED = "/api/unrouted";
    static final String CONSOLE_DOCUMENTS = "/openapi/*";
    static final String OTHER = "/unrouted";

    private final MeterRegistry registry;
    /** uri tag → method → status → timer, filled on first use of each combination. */
    private final Map<String, Map<String, Timer[]>> timers = new HashMap<>();

    private final Map<String, String> serviceTags = new HashMap<>();
    private final List<String> publicTags = RateLimiter.PUBLIC_PREFIXES.stream().map(p -> p + "*").toList();

    RouteMetrics(MeterRegistry registry, Collection<String> services) {
        this.registry = registry;
        for (String service : services) {
            serviceTags.put(service, "/api/" + service + "/*");
            timers.put("/api/" + service + "/*", new ConcurrentHashMap<>());
        }
        for (String tag : publicTags) {
            timers.put(tag, new ConcurrentHashMap<>());
        }
        timers.put(UNROUTED, new ConcurrentHashMap<>());
        timers.put(CONSOLE_DOCUMENTS, new ConcurrentHashMap<>());
        timers.put(OTHER, new ConcurrentHashMap<>());
    }

    /**
     * Times an exchange outside {@code /api/} (served by Quarkus's own server behind the data path): the console's
     * documents as one route, Quarkus's {@code /q/} endpoints not at all (as Quarkus does), anything else as one.
     */
    void timeOther(HttpServerRequest in) {
        String path = in.path();
        if (!path.startsWith("/q/")) {
            time(in, path.startsWith("/openapi/") ? CONSOLE_DOCUMENTS : OTHER, in.method().name());
        }
    }

    /** Times the exchange until its answer has been written. */
    void time(HttpServerRequest in, String service) {
        time(in, uri(in.path(), service), in.method().name());
    }

    private void time(HttpServerRequest in, String uri, String method) {
        long start = registry.config().clock().monotonicTime();
        in.response().endHandler(v -> timer(uri, method, in.response().getStatusCode())
                .record(registry.config().clock().monotonicTime() - start, TimeUnit.NANOSECONDS));
    }

    private String uri(String path, String service) {
        if (service == null) {
            return UNROUTED;
        }
        for (int i = 0; i < RateLimiter.PUBLIC_PREFIXES.size(); i++) {
            if (path.startsWith(RateLimiter.PUBLIC_PREFIXES.get(i))) {
                return publicTags.get(i);
            }
        }
        return serviceTags.get(service);
    }

    private Timer timer(String uri, String method, int status) {
        Timer[] byStatus = timers.get(uri).computeIfAbsent(method, m -> new Timer[600]);
        int index = status >= 0 && status < byStatus.length ? status : 0;
        Timer timer = byStatus[index];
        if (timer == null) {
            timer = Timer.builder("http.server.requests")
                    .tags(List.of(Tag.of("uri", uri),
                            Tag.of("method", method),
                            Tag.of("status", Integer.toString(status)),
                            Tag.of("outcome", Outcome.forStatus(status).name())))
                    .register(registry);
            byStatus[index] = timer; // a race registers the same meter twice: Micrometer answers the same one
        }
        return timer;
    }
}
