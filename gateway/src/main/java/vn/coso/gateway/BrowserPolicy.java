package vn.coso.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * What browsers get on the data path, from the same settings Quarkus applies to the console: CORS for the configured
 * web origins only ({@code quarkus.http.cors.*}) and the security headers ({@code quarkus.http.header."…".value},
 * those whose {@code path} covers {@code /api/}). The settings are read once; each response costs a few header puts.
 */
@Singleton // called on every request of the data path: no client proxy in between
public class BrowserPolicy {

    private static final Pattern HEADER = Pattern.compile("quarkus\\.http\\.header\\.\"?([^\".]+)\"?\\.value");

    private final Set<String> origins;
    private final String methods;
    private final String allowedHeaders;
    private final String exposedHeaders;
    private final String maxAge;
    private final List<Map.Entry<CharSequence, CharSequence>> securityHeaders = new ArrayList<>();
    /** The headers the gateway sets itself on API answers: a service's own value of one is not relayed. */
    private final Set<String> owned = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    public BrowserPolicy(Config config) {
        origins = Set.copyOf(list(config, "quarkus.http.cors.origins"));
        methods = String.join(",", list(config, "quarkus.http.cors.methods"));
        allowedHeaders = String.join(",", list(config, "quarkus.http.cors.headers"));
        exposedHeaders = String.join(",", list(config, "quarkus.http.cors.exposed-headers"));
        maxAge = Long.toString(config.getOptionalValue("quarkus.http.cors.access-control-max-age", Duration.class)
                .orElse(Duration.ofHours(1)).toSeconds());
        for (String name : config.getPropertyNames()) {
            Matcher m = HEADER.matcher(name);
            if (!m.matches()) {
                continue;
            }
            String prefix = name.substring(0, name.length() - ".value".length());
            String path = config.getOptionalValue(prefix + ".path", String.class).orElse("/*");
            if (path.equals("/*") || path.equals("/api/*")) {
                securityHeaders.add(Map.entry(HttpHeaders.createOptimized(m.group(1)),
                        HttpHeaders.createOptimized(config.getValue(name, String.class))));
                owned.add(m.group(1));
            }
        }
        owned.addAll(List.of("Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "RateLimit-Limit",
                "RateLimit-Remaining", "RateLimit-Reset", RequestIds.HEADER));
    }

    /** Whether the gateway sets this header itself on API answers. */
    boolean owns(String header) {
        return owned.contains(header);
    }

    private static List<String> list(Config config, String name) {
        return config.getOptionalValues(name, String.class).orElse(List.of());
    }

    /**
     * Answers a CORS preflight (OPTIONS with an Origin and Access-Control-Request-Method) and says so: 200 with the
     * allowed methods and headers for a configured origin, 403 without any CORS header for another.
     */
    boolean preflight(HttpServerRequest in) {
        String origin = in.getHeader("Origin");
        if (in.method() != HttpMethod.OPTIONS || origin == null
                || in.getHeader("Access-Control-Request-Method") == null) {
            return false;
        }
        secure(in.response().headers());
        in.response().headers().set("Vary", "Origin");
        if (!origins.contains(origin)) {
            in.response().setStatusCode(403).end();
            return true;
        }
        in.response().headers()
                .set("Access-Control-Allow-Origin", origin)
                .set("Access-Control-Allow-Methods", methods)
                .set("Access-Control-Allow-Headers", allowedHeaders)
                .set("Access-Control-Max-Age", maxAge);
        in.response().setStatusCode(200).end();
        return true;
    }

    /** The headers every API answer carries: security headers, and CORS ones for a configured origin. */
    void decorate(HttpServerRequest in, MultiMap headers) {
        secure(headers);
        String origin = in.getHeader("Origin");
        if (origin != null) {
            headers.add("Vary", "Origin");
            if (origins.contains(origin)) {
                headers.set("Access-Control-Allow-Origin", origin);
                headers.set("Access-Control-Expose-Headers", exposedHeaders);
            }
        }
    }

    private void secure(MultiMap headers) {
        for (Map.Entry<CharSequence, CharSequence> header : securityHeaders) {
            headers.set(header.getKey(), header.getValue());
        }
    }
}
