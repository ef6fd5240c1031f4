package tr.hemsehri.connector.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tr.hemsehri.connector.account.ConnectorAccount;
import tr.hemsehri.connector.account.ConnectorAccountRepository;
import tr.hemsehri.connector.api.Connector;
import tr.hemsehri.connector.poll.ConnectorRegistry;
import tr.hemsehri.connector.rest.ConnectorStatus;
import tr.hemsehri.ingest.model.Platform;

/** Channel state for the API and the health check. */
@ApplicationScoped
public class ConnectorStatusService {
    @Inject
    ConnectorAccountRepository accounts;
    @Inject
    ConnectorRegistry registry;

    public List<ConnectorStatus> list() {
        Instant now = Instant.now();
        return accounts.listAll().stream().map(a -> toStatus(a, now)).toList();
    }

    private ConnectorStatus toStatus(ConnectorAccount a, Instant now) {
        Long lag = a.lastSuccessAt() == null ? null : Duration.between(a.lastSuccessAt(), now).toSeconds();
        String note = null;
        try {
            note = registry.connector(Platform.valueOf(a.platform())).map(Connector::healthNote).orElse(null);
        } catch (IllegalArgumentException ignored) {
            // a platform this build does not know
        }
        return new ConnectorStatus(a.id(), a.platform(), a.account(), a.displayName(), a.enabled(), a.status(),
                a.simulated(), a.pushOnly(), a.lastPollAt(), a.lastSuccessAt(), a.lastMessageAt(), lag, a.lastError(),
                a.lastErrorAt(), a.consecutiveFailures(), a.rateLimitRemaining(), a.rateLimitResetAt(), a.nextPollAt(),
                note);
    }
}
