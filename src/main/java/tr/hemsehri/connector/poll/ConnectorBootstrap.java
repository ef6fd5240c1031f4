package tr.hemsehri.connector.poll;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import tr.hemsehri.connector.account.ConnectorAccountRepository;
import tr.hemsehri.connector.api.ChannelSpec;
import tr.hemsehri.connector.api.Connector;

/**
 * At start-up: each connector resolves its channel (real platform or simulator) and its account is upserted
 * into connector_accounts; accounts of channels no longer configured are shown as DISABLED.
 */
@ApplicationScoped
public class ConnectorBootstrap {
    private static final Logger LOG = Logger.getLogger(ConnectorBootstrap.class);

    @Inject
    ConnectorRegistry registry;
    @Inject
    ConnectorAccountRepository accounts;

    void onStart(@Observes StartupEvent ev) {
        List<Long> active = new ArrayList<>();
        for (Connector c : registry.all()) {
            try {
                ChannelSpec spec = c.open();
                if (spec != null) {
                    long id = accounts.upsert(spec);
                    registry.bind(c.platform(), id);
                    active.add(id);
                }
            } catch (RuntimeException e) {
                // one broken channel must not keep the others (or the application) from starting
                LOG.errorf("%s connector could not start: %s", c.platform(), e.getMessage());
            }
        }
        accounts.disableOthers(active);
    }
}
