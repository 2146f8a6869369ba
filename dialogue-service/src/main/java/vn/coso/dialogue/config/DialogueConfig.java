package vn.coso.dialogue.config;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** dialogue-service's own settings, under {@code coso.dialogue.}; the shared ones are in {@code PlatformConfig}. */
@ConfigMapping(prefix = "coso.dialogue")
public interface DialogueConfig {

    Retention retention();

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
