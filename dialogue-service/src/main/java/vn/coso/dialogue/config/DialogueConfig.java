package vn.coso.dialogue.config;

import java.time.Duration;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** dialogue-service's own settings, under {@code coso.dialogue.}; the shared ones are in {@code PlatformConfig}. */
@ConfigMapping(prefix = "coso.dialogue")
public interface DialogueConfig {

    Retention retention();

    Tasks tasks();

    /** Opinions' tasks in planning-service: their delivery, retried with growing pauses, and their state copied back. */
    interface Tasks {

        /** How often requests due are delivered again and open tasks' state is read; {@code off} only when asked. */
        @WithDefault("1m")
        String every();

        /** The pause after the first failed delivery; it doubles with every failure, up to {@link #maxRetryDelay()}. */
        @WithDefault("30s")
        Duration firstRetryDelay();

        @WithDefault("1h")
        Duration maxRetryDelay();
    }

    interface Retention {

        /**
         * How long after an opinion is closed its speaker's contact data is kept (then erased, the opinion kept). coso's
         * choice, not a legal figure: Decree 356/2025 asks for no longer than needed, and a province may shorten it.
         */
        @WithDefault("P1Y")
        Period contactAfter();

        /** How often the erasure runs; {@code off} only when asked. */
        @WithDefault("6h")
        String every();
    }
}
