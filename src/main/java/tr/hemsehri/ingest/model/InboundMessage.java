package tr.hemsehri.ingest.model;

import java.time.Instant;

/**
 * A citizen's message as any connector hands it over, with nothing platform-specific left but the raw payload.
 *
 * @param externalId        the platform's id of this item: the idempotency key together with the platform
 * @param threadExternalId  the root of the platform thread or conversation (X conversation_id, the Facebook
 *                          post of a comment, a WhatsApp phone number); null for a stand-alone item
 * @param parentExternalId  the item this one answers, if any
 * @param rawJson           the platform payload as received, stored as JSONB for audit and reprocessing
 */
public record InboundMessage(
        Platform platform,
        String externalId,
        String threadExternalId,
        String parentExternalId,
        String authorId,
        String authorHandle,
        String authorName,
        String text,
        Instant createdAt,
        Visibility visibility,
        String rawJson) {

    /** The key that groups a platform thread into one case. */
    public String threadKey() {
        return threadExternalId != null && !threadExternalId.isBlank() ? threadExternalId : externalId;
    }
}
