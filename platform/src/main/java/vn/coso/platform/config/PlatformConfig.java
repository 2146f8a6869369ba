package vn.coso.platform.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The settings every service shares, under {@code coso.}; each service adds its own under {@code coso.<service>.}.
 * Every setting has a default and is read at run time: a deployment changes it without a rebuild. An interval is
 * a duration ({@code 30s}, {@code 10m}, {@code 1h}) or {@code off}, which leaves the job to be run only when asked.
 * A {@code coso.*} property that no mapping knows (a misspelt setting) fails the start instead of being ignored.
 */
@ConfigMapping(prefix = "coso")
public interface PlatformConfig {

    Units units();

    Idempotency idempotency();

    Calendar calendar();

    interface Units {

        /**
         * How often the in-memory unit tree re-reads its source, so that every instance converges after a change made
         * through another one; the first run waits as long.
         */
        @WithDefault("60s")
        String refreshEvery();

        Feed feed();
    }

    interface Feed {

        /**
         * Whether this service keeps a local copy of planning-service's unit registry, pulled from its change feed
         * (membership and dialogue: true; planning owns the registry).
         */
        @WithDefault("false")
        boolean enabled();

        /** How often the copy pulls the feed from its cursor. */
        @WithDefault("30s")
        String every();
    }

    interface Idempotency {

        /** How long the answer to an {@code Idempotency-Key} is kept: a retry within it never creates twice. */
        @WithDefault("PT24H")
        Duration retention();

        /** How often answers older than the retention are purged. */
        @WithDefault("1h")
        String purgeEvery();
    }

    interface Calendar {

        Sync sync();
    }

    interface Sync {

        /**
         * Whether this service keeps a local copy of planning-service's calendar decisions (working days moved for
         * holidays) and counts legal deadlines on it (membership and dialogue: true).
         */
        @WithDefault("false")
        boolean enabled();

        /** How often the copy is refreshed from planning-service. */
        @WithDefault("10m")
        String every();
    }
}
