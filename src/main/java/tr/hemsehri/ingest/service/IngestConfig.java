package tr.hemsehri.ingest.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "hemsehri.ingest")
public interface IngestConfig {
    /**
     * A message from an author who already has an open case on the same platform joins that case when it
     * arrives within this window of the case's last message, even outside the platform thread.
     */
    @WithDefault("PT2H")
    Duration authorWindow();

    /** Longest message text accepted, in characters; longer input is refused with 400, never truncated. */
    @WithDefault("10000")
    int maxTextLength();
}
