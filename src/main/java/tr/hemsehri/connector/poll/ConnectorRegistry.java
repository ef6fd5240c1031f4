package tr.hemsehri.connector.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tr.hemsehri.connector.api.Connector;
import tr.hemsehri.ingest.model.Platform;

/** The connectors by platform, and the connector_accounts id each active channel got at start-up. */
@ApplicationScoped
public class ConnectorRegistry {
    private final Map<Platform, Connector> byPlatform = new EnumMap<>(Platform.class);
    private final Map<Platform, Long> accountIds = new ConcurrentHashMap<>();

    @Inject
    void collect(Instance<Connector> connectors) {
        for (Connector c : connectors) {
            byPlatform.put(c.platform(), c);
        }
    }

    public Optional<Connector> connector(Platform platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }

    public Iterable<Connector> all() {
        return byPlatform.values();
    }

    public void bind(Platform platform, long accountId) {
        accountIds.put(platform, accountId);
    }

    /** The account of an active channel; empty when the platform is off on this replica. */
    public Optional<Long> accountId(Platform platform) {
        return Optional.ofNullable(accountIds.get(platform));
    }
}
