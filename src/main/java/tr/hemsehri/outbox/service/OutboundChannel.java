package tr.hemsehri.outbox.service;

import tr.hemsehri.outbox.repository.OutboxItem;

/** Where outbox items leave the building: the platform connectors. */
public interface OutboundChannel {
    /** What the platform answered to one send. */
    record Delivery(String externalId, String threadExternalId, String error, boolean retryable,
            java.time.Instant retryAfter) {
        public static Delivery sent(String externalId, String threadExternalId) {
            return new Delivery(externalId, threadExternalId, null, false, null);
        }

        public static Delivery failed(String error, boolean retryable, java.time.Instant retryAfter) {
            return new Delivery(null, null, error, retryable, retryAfter);
        }

        public boolean ok() {
            return externalId != null;
        }
    }

    /** Whether an earlier attempt reached the platform, judged by the item's idempotency key. */
    enum Found {
        YES, NO, CANNOT_TELL
    }

    record Lookup(Found found, String externalId) {
    }

    Delivery send(OutboxItem item);

    Lookup find(OutboxItem item);
}
