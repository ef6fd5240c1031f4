package tr.hemsehri.connector.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import tr.hemsehri.connector.account.ConnectorAccountRepository;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.Secret;
import tr.hemsehri.connector.poll.ConnectorRegistry;
import tr.hemsehri.ingest.model.Platform;

/**
 * What a send tells about the account. WhatsApp is never polled, so without this an expired token would only
 * show as failed replies, never as a channel that needs re-authorisation.
 */
@ApplicationScoped
public class SendOutcomes {
    private static final Logger LOG = Logger.getLogger(SendOutcomes.class);

    @Inject
    ConnectorRegistry registry;
    @Inject
    ConnectorAccountRepository accounts;

    public void sent(Platform platform) {
        registry.accountId(platform).ifPresent(id -> {
            try {
                accounts.recordSendSuccess(id);
            } catch (RuntimeException e) {
                // the message is out; the account row catches up on the next send or poll
                LOG.debugf("Could not record a send of account %d: %s", id, e.getMessage());
            }
        });
    }

    public void failed(Platform platform, ConnectorException e) {
        if (e.kind() != ConnectorException.Kind.AUTH) {
            return;
        }
        registry.accountId(platform).ifPresent(id -> accounts.recordSendAuthFailure(id,
                Secret.scrub(String.valueOf(e.getMessage()))));
    }
}
