package tr.hemsehri.ingest.rest;

import java.time.Instant;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;

/**
 * A message entered by staff (a phone call, a walk-in) or relayed by another system. Only {@code text} is
 * required; {@code externalId} makes a retried submission idempotent.
 */
public record ManualMessage(
        Platform platform,
        String externalId,
        String threadExternalId,
        String authorId,
        String authorHandle,
        String authorName,
        String text,
        Instant createdAt,
        Visibility visibility) {
}
