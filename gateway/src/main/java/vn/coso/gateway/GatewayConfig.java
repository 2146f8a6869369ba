package vn.coso.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's settings ({@code coso.gateway.*}). */
@ConfigMapping(prefix = "coso.gateway")
public interface GatewayConfig {

    /**
     * Instances of each service, by the second segment of its API prefix ({@code membership} serves
     * {@code /api/membership/**}); several instances, comma-separated, share the traffic round-robin.
     */
    Map<String, List<URI>> upstreams();

    /** The port of the data path, which every client uses; Quarkus's own server is internal (loopback). */
    @WithDefault("8080")
    int port();

    /** The address the data path listens on. */
    @WithDefault("0.0.0.0")
    String host();

    /** How long an upstream may take to answer before the client gets 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    /** How long to wait for a connection to an upstream instance. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How often each instance's readiness is checked; a failing instance gets no traffic until it passes again. */
    @WithDefault("5s")
    Duration healthInterval();

    /** Keep-alive connections per upstream instance. */
    @WithDefault("100")
    int poolSize();

    CircuitBreaker circuitBreaker();

    TokenCache tokenCache();

    /** Tokens already verified (signature, issuer, audience), kept until they expire or for at most max-age. */
    interface TokenCache {

        /** How many verified tokens are kept. */
        @WithDefault("10000")
        long size();

        /** The longest a verified token is trusted without verifying it again, even if it expires later. */
        @WithDefault("5m")
        Duration maxAge();
    }

    Console console();

    /** The Swagger UI console. */
    interface Console {

        /** The Keycloak realm as a browser reaches it; the console's "Authorize" sends people there. */
        String realmUrl();
    }

    RateLimits rateLimits();

    /** Per service: after this many failures in a row (no answer, or 502–504), fail fast for a while. */
    interface CircuitBreaker {

        @WithDefault("5")
        int failures();

        /** How long the circuit stays open before one trial request. */
        @WithDefault("10s")
        Duration openFor();
    }

    /** Token buckets: {@code capacity} requests at once, refilled at {@code perSecond}. */
    interface RateLimits {

        /** Each authenticated caller (token subject): a person or a provincial integration client. */
        Limit caller();

        /** Each client address, whatever the token: an office behind one address shares it. */
        Limit address();

        /** Each client address on the public, tokenless endpoints (citizens' opinions): the strictest. */
        Limit publicAddress();
    }

    interface Limit {

        int capacity();

        double perSecond();
    }
}
