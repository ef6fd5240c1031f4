package tr.hemsehri.connector.account;

import java.time.Instant;

/** A row of connector_accounts: one of our accounts on a platform and how its channel is doing. */
public record ConnectorAccount(
        long id,
        String platform,
        String account,
        String displayName,
        boolean enabled,
        String status,
        String externalUserId,
        boolean pushOnly,
        boolean simulated,
        Instant lastPollAt,
        Instant lastSuccessAt,
        Instant lastMessageAt,
        String lastError,
        Instant lastErrorAt,
        int consecutiveFailures,
        Integer rateLimitRemaining,
        Instant rateLimitResetAt,
        Instant nextPollAt) {
}
