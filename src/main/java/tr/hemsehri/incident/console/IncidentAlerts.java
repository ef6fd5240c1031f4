package tr.hemsehri.incident.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.hemsehri.incident.service.IncidentReads;
import tr.hemsehri.security.CurrentUser;

/**
 * The early-warning badge in the console's navigation ({inject:incidentAlerts.suggested}): how many suggested
 * incidents wait for a moderator. Counted once per request, and only for a logged-in user.
 */
@RequestScoped
@Named("incidentAlerts")
public class IncidentAlerts {
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentUser user;
    @Inject
    IncidentReads reads;

    private Long suggested;

    public long getSuggested() {
        if (suggested == null) {
            suggested = identity.isAnonymous() ? 0L : reads.suggestedCount(user.actor());
        }
        return suggested;
    }
}
