package tr.hemsehri.connector.api;

import tr.hemsehri.ingest.model.Platform;

/**
 * A channel as resolved at start-up.
 *
 * @param account     our account on the platform as shown to staff (handle, Page name, phone number)
 * @param ownUserId   the platform's id of our account; items it authored are ours, never citizen messages
 * @param simulated   true when the channel talks to the built-in simulator instead of the platform
 */
public record ChannelSpec(Platform platform, String account, String displayName, String ownUserId,
        boolean pushOnly, boolean simulated) {
}
