package tr.hemsehri.connector.rest;

import java.time.Instant;

/**
 * A channel as moderators see it. {@code lagSeconds} is the time since the channel last worked (a successful
 * poll, or a webhook for WhatsApp): a growing lag means silence because of a fault, not a quiet city.
 */
public record ConnectorStatus(long id, String platform, String account, String displayName, boolean enabled,
        String status, boolean simulated, boolean pushOnly, Instant lastPollAt, Instant lastSuccessAt,
        Instant lastMessageAt, Long lagSeconds, String lastError, Instant lastErrorAt, int consecutiveFailures,
        Integer rateLimitRemaining, Instant rateLimitResetAt, Instant nextPollAt, String note) {
}
