package tr.hemsehri.connector.api;

import java.time.Instant;
import tr.hemsehri.ingest.model.Visibility;

/**
 * The citizen message we answer.
 *
 * @param externalId       the platform id of the message (tweet, comment, Messenger/WhatsApp message)
 * @param threadExternalId its thread (conversation id, post, phone number)
 * @param authorId         the citizen's platform id, the recipient of private messages
 * @param lastInboundAt    when the citizen last wrote to us privately: opens the 24-hour windows
 */
public record ReplyTarget(String externalId, String threadExternalId, String authorId, Visibility visibility,
        Instant lastInboundAt) {
}
