package tr.hemsehri.connector.api;

import tr.hemsehri.ingest.model.Platform;

/**
 * One platform, in the style of Chatwoot's channel providers: read new items from a checkpoint, answer in the
 * citizen's thread, write privately, say whether the channel works. Implementations talk to the platform
 * (or its simulator) only; storage, locking, scheduling and back-off belong to the poller around them.
 */
public interface Connector {
    Platform platform();

    /**
     * Resolves real credentials from configuration or, without them, the built-in simulator; returns the
     * channel, or null when it is off. Called once at start-up.
     */
    ChannelSpec open();

    /** The channel {@link #open()} resolved; null when the channel is off. */
    ChannelSpec channel();

    /** Webhook-fed channels (WhatsApp) have nothing to poll; the scheduler leaves them alone. */
    default boolean polls() {
        return true;
    }

    /**
     * Reads everything newer than {@code cursor} and hands it to {@code sink} page by page, each page with the
     * cursor that is safe to save once that page is stored. Throws on the first failure; pages already handed
     * over stay committed.
     */
    void poll(String cursor, PageSink sink) throws ConnectorException;

    /** Answers {@code target} publicly, in its thread (X reply, Facebook/Instagram comment reply). */
    SentMessage replyPublic(ReplyTarget target, String text) throws ConnectorException;

    /**
     * Writes to the citizen privately: a direct message, a Messenger/Instagram private reply to a comment, or a
     * WhatsApp message (a template when the 24-hour window is closed).
     */
    SentMessage sendPrivate(ReplyTarget target, String text) throws ConnectorException;

    /** Platform-specific health beyond the account row, e.g. "webhook never called". Null when nothing to add. */
    default String healthNote() {
        return null;
    }
}
