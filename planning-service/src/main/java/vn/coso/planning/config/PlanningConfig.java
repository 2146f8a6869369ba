package vn.coso.planning.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** planning-service's own settings, under {@code coso.planning.}; the shared ones are in {@code PlatformConfig}. */
@ConfigMapping(prefix = "coso.planning")
public interface PlanningConfig {

    Progress progress();

    interface Progress {

        /** How long a figure read from another service is reused before it is asked again. */
        @WithDefault("60s")
        Duration cacheFor();

        /**
         * How long after that a figure is still answered while it is asked for again in the background; a figure
         * nobody asked for in that time is asked for again inside the next report.
         */
        @WithDefault("10m")
        Duration servedStaleFor();

        /** How many units' figures a progress report of a subtree asks for at once. */
        @WithDefault("8")
        int parallelRequests();

        /**
         * Calls to membership-service's statistics; one call answers a whole subtree, so application.properties gives
         * it a longer timeout than the default.
         */
        Source membership();

        /** Calls to dialogue-service's statistics (one unit per call). */
        Source dialogue();
    }

    /** How calls to one source are guarded: timeout, retries, circuit breaker. */
    interface Source {

        /** How long one call may take before it counts as failed. */
        @WithDefault("3s")
        Duration timeout();

        /** How many times a failed read is tried again. */
        @WithDefault("2")
        int retries();

        /** How long to wait before trying again. */
        @WithDefault("100ms")
        Duration retryDelay();

        /** How many recent calls the breaker looks at before it may open. */
        @WithDefault("10")
        int breakerRequests();

        /** The share of failures among them that opens the breaker. */
        @WithDefault("0.5")
        double breakerFailureRatio();

        /** How long the breaker stays open before it lets a call try again. */
        @WithDefault("10s")
        Duration breakerOpenFor();
    }
}
