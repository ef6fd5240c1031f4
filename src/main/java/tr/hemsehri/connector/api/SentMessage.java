package tr.hemsehri.connector.api;

import tr.hemsehri.ingest.model.Visibility;

/**
 * What a platform accepted from us. Its external id is stored as an OUT message, so a poll that later sees
 * the same item does not ingest our own words as a citizen message.
 *
 * @param kind  REPLY, DIRECT_MESSAGE, PRIVATE_REPLY, TEMPLATE, TEXT
 */
public record SentMessage(String externalId, String threadExternalId, String parentExternalId, String recipient,
        Visibility visibility, String kind) {
}
