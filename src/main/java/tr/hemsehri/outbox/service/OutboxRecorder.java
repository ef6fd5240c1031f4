package tr.hemsehri.outbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tr.hemsehri.outbox.repository.OutboxItem;

/** The outbox's transactions: claiming items, and recording what the platform said. */
@ApplicationScoped
public class OutboxRecorder {
    /** Fired inside the recording transaction when an item reached the platform. */
    public record Sent(OutboxItem item) {
    }

    /** Fired inside the recording transaction when an item will not be sent. */
    public record Failed(OutboxItem item) {
    }

    @Inject
    EntityManager em;
    @Inject
    OutboxConfig config;
    @Inject
    Event<Sent> sentEvent;
    @Inject
    Event<Failed> failedEvent;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> claim(String worker, int limit) {
        List<Object> ids = em.createNativeQuery("""
                update outbox set status = 'SENDING', claimed_at = now(), claimed_by = :worker, attempts = attempts + 1
                where id in (select id from outbox where status = 'PENDING' and next_attempt_at <= now()
                             order by next_attempt_at, id limit :limit for update skip locked)
                returning id""").setParameter("worker", worker).setParameter("limit", limit).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).sorted().toList();
    }

    /** Items whose dispatcher died between claiming and recording, locked for this instance to resolve. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> claimStale(String worker) {
        List<Object> ids = em.createNativeQuery("""
                update outbox set claimed_at = now(), claimed_by = :worker
                where id in (select id from outbox where status = 'SENDING' and claimed_at < :before
                             order by id limit 50 for update skip locked)
                returning id""").setParameter("worker", worker)
                .setParameter("before", Instant.now().minus(config.sendingTimeout())).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).sorted().toList();
    }

    @Transactional
    public OutboxItem load(Long id) {
        OutboxItem item = OutboxItem.findById(id);
        em.detach(item);
        return item;
    }

    @Transactional
    public void sent(Long id, String externalId, String threadExternalId) {
        OutboxItem item = OutboxItem.findById(id);
        if (item == null || "SENT".equals(item.status)) {
            return;
        }
        item.status = "SENT";
        item.externalId = externalId;
        item.sentAt = Instant.now();
        item.lastError = null;
        // Our own post is stored under the platform's id, so a poll that sees it never takes it for a citizen.
        em.createNativeQuery("""
                insert into messages (platform, external_id, account_id, case_id, thread_external_id, parent_external_id,
                    author_id, author_handle, text, direction, visibility, created_at)
                select :platform, :externalId, c.account_id, c.id, coalesce(:thread, c.thread_key), :parent,
                    a.external_user_id, a.display_name, :text, 'OUT', :visibility, now()
                from cases c left join connector_accounts a on a.id = c.account_id where c.id = :caseId
                on conflict (platform, external_id) do nothing""")
                .setParameter("platform", item.platform).setParameter("externalId", externalId)
                .setParameter("thread", threadExternalId).setParameter("parent", item.targetExternalId)
                .setParameter("text", item.text).setParameter("visibility", item.visibility)
                .setParameter("caseId", item.caseId).executeUpdate();
        em.createNativeQuery("""
                update cases set first_response_at = coalesce(first_response_at, now()), updated_at = now()
                where id = :caseId""").setParameter("caseId", item.caseId).executeUpdate();
        sentEvent.fire(new Sent(item));
    }

    @Transactional
    public void failed(Long id, String error, boolean retryable, Instant retryAfter) {
        OutboxItem item = OutboxItem.findById(id);
        if (item == null || "SENT".equals(item.status)) {
            return;
        }
        item.lastError = error;
        if (retryable && item.attempts < config.maxAttempts()) {
            Duration backoff = config.backoffInitial().multipliedBy(1L << Math.min(item.attempts - 1, 20));
            if (backoff.compareTo(config.backoffMax()) > 0) {
                backoff = config.backoffMax();
            }
            Instant next = Instant.now().plus(backoff);
            item.nextAttemptAt = retryAfter != null && retryAfter.isAfter(next) ? retryAfter : next;
            item.status = "PENDING";
        } else {
            item.status = "FAILED";
            failedEvent.fire(new Failed(item));
        }
    }

    /** A stale item that never reached the platform goes back to the queue. */
    @Transactional
    public void requeue(Long id) {
        OutboxItem item = OutboxItem.findById(id);
        if (item != null && "SENDING".equals(item.status)) {
            item.status = "PENDING";
            item.nextAttemptAt = Instant.now();
        }
    }
}
