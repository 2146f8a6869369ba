package vn.coso.gateway;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Token-bucket limits (Bucket4j) on every /api request, after the token check and before any upstream: one bucket per
 * client address, one per authenticated caller, and a much smaller one per address on the public, tokenless
 * endpoints. Buckets of callers not seen for ten minutes are dropped (Caffeine), so memory stays bounded.
 */
@ApplicationScoped
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

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    void register(@Observes Router router, GatewayConfig config) {
        router.route("/api/*").order(GatewayRoutes.ROUTE_ORDER - 1).handler(rc -> limit(rc, config.rateLimits()));
    }

    void limit(RoutingContext rc, GatewayConfig.RateLimits limits) {
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        boolean isPublic = isPublic(rc.request().path());
        GatewayConfig.Limit applied = isPublic ? limits.publicAddress() : limits.address();
        ConsumptionProbe probe = consume((isPublic ? "public:" : "address:") + address, applied);
        if (probe.isConsumed()) {
            String caller = caller(rc);
            if (caller != null) {
                applied = limits.caller();
                probe = consume("caller:" + caller, applied);
            }
        }
        // the limit that decided, and what is left of it (RateLimit header fields, documented in every OpenAPI)
        rc.response().putHeader("RateLimit-Limit", Integer.toString(applied.capacity()));
        rc.response().putHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        rc.response().putHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (!probe.isConsumed()) {
            GatewayProblems.send(rc, GatewayProblems.Kind.RATE_LIMITED,
                    Math.max(1, seconds(probe.getNanosToWaitForRefill())));
            return;
        }
        rc.next();
    }

    /** Whole seconds, rounded up. */
    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private ConsumptionProbe consume(String key, GatewayConfig.Limit limit) {
        return buckets.get(key, k -> bucket(limit)).tryConsumeAndReturnRemaining(1);
    }

    private static Bucket bucket(GatewayConfig.Limit limit) {
        long nanosPerToken = (long) (1_000_000_000L / limit.perSecond());
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(1, Duration.ofNanos(Math.max(1, nanosPerToken))).build())
                .build();
    }

    private static String caller(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject()
                : identity.getPrincipal().getName();
    }
}
