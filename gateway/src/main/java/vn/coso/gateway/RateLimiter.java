package vn.coso.gateway;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * Token-bucket limits (Bucket4j) on every /api request, after the token check and before any upstream: one bucket per
 * client address, one per authenticated caller, and a much smaller one per address on the public, tokenless
 * endpoints. Buckets of callers not seen for ten minutes are dropped (Caffeine), so memory stays bounded.
 */
@Singleton // called on every request of the data path: no client proxy in between
public class RateLimiter {

    /** The public, tokenless routes: citizens' own endpoints and Open311 GeoReport v2 for civic apps. */
    static final List<String> PUBLIC_PREFIXES = List.of("/api/dialogue/public/", "/api/dialogue/open311/");

    /** Whether a path is one of the public routes (the request guard has already refused dot segments). */
    static boolean isPublic(String path) {
        for (String prefix : PUBLIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** One map per kind of bucket, keyed on the address or subject itself (no key built per request). */
    private final Cache<String, Bucket> byAddress = buckets();
    private final Cache<String, Bucket> byPublicAddress = buckets();
    private final Cache<String, Bucket> byCaller = buckets();

    private static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    private static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    private static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");

    private static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    private final GatewayConfig.RateLimits limits;

    public RateLimiter(GatewayConfig config) {
        this.limits = config.rateLimits();
    }

    /**
     * Takes one token from the buckets that apply (the address's, then the caller's when {@code caller} is not null)
     * and says what is left in RateLimit headers (documented in every OpenAPI); answers the 429 problem and false
     * when a bucket is empty.
     */
    boolean admit(HttpServerRequest in, String caller, String requestId) {
        String address = in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress();
        boolean isPublic = isPublic(in.path());
        GatewayConfig.Limit applied = isPublic ? limits.publicAddress() : limits.address();
        ConsumptionProbe probe = consume(isPublic ? byPublicAddress : byAddress, address, applied);
        if (probe.isConsumed() && caller != null) {
            applied = limits.caller();
            probe = consume(byCaller, caller, applied);
        }
        MultiMap headers = in.response().headers();
        headers.set(LIMIT, Integer.toString(applied.capacity()));
        headers.set(REMAINING, Long.toString(probe.getRemainingTokens()));
        headers.set(RESET, Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (!probe.isConsumed()) {
            GatewayProblems.send(in, requestId, GatewayProblems.Kind.RATE_LIMITED,
                    Math.max(1, seconds(probe.getNanosToWaitForRefill())));
            return false;
        }
        return true;
    }

    /** Whole seconds, rounded up. */
    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static ConsumptionProbe consume(Cache<String, Bucket> buckets, String key, GatewayConfig.Limit limit) {
        Bucket bucket = buckets.getIfPresent(key); // the usual case: no lambda, no lock
        if (bucket == null) {
            bucket = buckets.get(key, k -> bucket(limit));
        }
        return bucket.tryConsumeAndReturnRemaining(1);
    }

    private static Bucket bucket(GatewayConfig.Limit limit) {
        long nanosPerToken = (long) (1_000_000_000L / limit.perSecond());
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(1, Duration.ofNanos(Math.max(1, nanosPerToken))).build())
                .build();
    }
}
