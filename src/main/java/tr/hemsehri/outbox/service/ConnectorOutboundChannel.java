package tr.hemsehri.outbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tr.hemsehri.connector.api.Connector;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.ReplyTarget;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.connector.poll.ConnectorRegistry;
import tr.hemsehri.connector.service.SendOutcomes;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.outbox.repository.OutboxItem;

/** Sends outbox items through the platform connectors. */
@ApplicationScoped
public class ConnectorOutboundChannel implements OutboundChannel {
    @Inject
    ConnectorRegistry registry;
    @Inject
    EntityManager em;
    @Inject
    SendOutcomes outcomes;

    @Override
    public Delivery send(OutboxItem item) {
        Optional<Connector> connector = connector(item);
        if (connector.isEmpty()) {
            return Delivery.failed("Bu kanal üzerinden gönderim yapılamıyor (" + item.platform + ")", false, null);
        }
        ReplyTarget target = target(item);
        if (target == null) {
            return Delivery.failed("Yanıtlanacak vatandaş mesajı bulunamadı", false, null);
        }
        try {
            SentMessage sent = "PUBLIC".equals(item.visibility)
                    ? connector.get().replyPublic(target, item.text)
                    : connector.get().sendPrivate(target, item.text);
            outcomes.sent(connector.get().platform());
            return Delivery.sent(sent.externalId(), sent.threadExternalId());
        } catch (ConnectorException e) {
            outcomes.failed(connector.get().platform(), e);
            boolean retryable = e.kind() == ConnectorException.Kind.TRANSIENT
                    || e.kind() == ConnectorException.Kind.RATE_LIMITED;
            return Delivery.failed(e.kind() + ": " + e.getMessage(), retryable, e.resetAt());
        }
    }

    @Override
    public Lookup find(OutboxItem item) {
        Optional<Connector> connector = connector(item);
        ReplyTarget target = target(item);
        if (connector.isEmpty() || target == null) {
            return new Lookup(Found.NO, null);
        }
        try {
            Optional<String> id = connector.get().findSent(target, OutboxService.marker(item.idempotencyKey));
            return id.map(x -> new Lookup(Found.YES, x)).orElseGet(() -> new Lookup(Found.NO, null));
        } catch (UnsupportedOperationException e) {
            return new Lookup(Found.CANNOT_TELL, null);
        } catch (ConnectorException e) {
            throw new IllegalStateException("Platform search failed: " + e.getMessage(), e);
        }
    }

    private Optional<Connector> connector(OutboxItem item) {
        Platform platform;
        try {
            platform = Platform.valueOf(item.platform);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return registry.connector(platform).filter(c -> c.channel() != null);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    ReplyTarget target(OutboxItem item) {
        if (item.targetExternalId == null) {
            return null;
        }
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(m.thread_external_id, m.external_id), m.author_id, m.visibility,
                       (select max(p.created_at) from messages p where p.platform = m.platform
                          and p.author_id = m.author_id and p.direction = 'IN' and p.visibility = 'PRIVATE')
                from messages m where m.platform = :platform and m.external_id = :id""")
                .setParameter("platform", item.platform).setParameter("id", item.targetExternalId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        Instant lastPrivate = r[3] == null ? null
                : r[3] instanceof Timestamp t ? t.toInstant() : r[3] instanceof Instant i ? i
                : ((java.time.OffsetDateTime) r[3]).toInstant();
        return new ReplyTarget(item.targetExternalId, (String) r[0], (String) r[1], Visibility.valueOf((String) r[2]),
                lastPrivate);
    }
}
