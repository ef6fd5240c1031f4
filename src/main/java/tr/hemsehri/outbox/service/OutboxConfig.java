package tr.hemsehri.outbox.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "hemsehri.outbox")
public interface OutboxConfig {
    /** Run the dispatcher in this instance. */
    @WithDefault("true")
    boolean enabled();

    /** Unused since the dispatcher claims one item per send (kept so existing settings still start). */
    @WithDefault("20")
    int batchSize();

    /** Attempts before an item is marked FAILED for a person to look at. */
    @WithDefault("6")
    int maxAttempts();

    /** First retry delay; doubles with each attempt. */
    @WithDefault("PT5S")
    Duration backoffInitial();

    /** Longest retry delay. */
    @WithDefault("PT10M")
    Duration backoffMax();

    /**
     * An item still SENDING after this long belongs to a dispatcher that died mid-send. Before anything is
     * sent again, the platform is searched for the item's idempotency key.
     */
    @WithDefault("PT2M")
    Duration sendingTimeout();
}
