package tr.hemsehri.outbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import tr.hemsehri.ingest.repository.Message;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.outbox.repository.OutboxItem;

/**
 * Queues what we send. Runs inside the caller's transaction, so an outbox row exists exactly when the state
 * change that announces it committed. Every text carries the case reference and a per-case sequence number:
 * traceable for citizens, and the key that finds a post again after a crash.
 */
@ApplicationScoped
public class OutboxService {

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxItem enqueue(CaseEntity c, String kind, String visibility, String text) {
        long seq = OutboxItem.count("caseId", c.id) + 1;
        String key = c.reference() + "/" + seq;
        OutboxItem item = new OutboxItem();
        item.caseId = c.id;
        item.kind = kind;
        item.platform = c.platform;
        item.visibility = visibility;
        item.targetExternalId = target(c.id, visibility);
        item.text = text + " " + marker(key);
        item.idempotencyKey = key;
        item.status = "PENDING";
        item.nextAttemptAt = Instant.now();
        item.createdAt = Instant.now();
        item.persist();
        return item;
    }

    /**
     * How the key appears in the text: closed by a parenthesis so that searching for item /1 never finds /10.
     */
    public static String marker(String idempotencyKey) {
        return "(Başvuru no: " + idempotencyKey + ")";
    }

    /**
     * The citizen message we answer: the latest inbound one, public or private as asked, falling back to any
     * inbound message (a private reply to a public comment is how Meta's private replies work).
     */
    private static String target(Long caseId, String visibility) {
        Message m = Message.find("caseId = ?1 and direction = 'IN' and visibility = ?2 order by createdAt desc, id desc",
                caseId, visibility).firstResult();
        if (m == null) {
            m = Message.find("caseId = ?1 and direction = 'IN' order by createdAt desc, id desc", caseId).firstResult();
        }
        return m == null ? null : m.externalId;
    }
}
