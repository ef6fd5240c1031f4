package tr.hemsehri.connector.rest;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import tr.hemsehri.connector.service.ConnectorStatusService;

/**
 * "connectors": DOWN while any channel needs a new token or keeps failing, with each channel's state as data.
 * A wellness check (/q/health/well), not readiness: a broken channel must alert, not take the whole service
 * out of the load balancer.
 */
@Wellness
@ApplicationScoped
public class ConnectorsHealthCheck implements HealthCheck {
    @Inject
    ConnectorStatusService status;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("connectors").up();
        for (ConnectorStatus s : status.list()) {
            if (!s.enabled()) {
                continue;
            }
            String key = s.platform().toLowerCase() + ":" + s.account();
            b.withData(key, s.status() + (s.consecutiveFailures() > 0 ? " (" + s.consecutiveFailures()
                    + " failures)" : ""));
            if ("NEEDS_REAUTH".equals(s.status()) || ("ERROR".equals(s.status()) && s.consecutiveFailures() >= 5)) {
                b.down();
            }
        }
        return b.build();
    }
}
