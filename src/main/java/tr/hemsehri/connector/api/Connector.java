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

    /**
     * Looks in the platform for something we posted in answer to {@code target} whose text carries
     * {@code marker} (the outbox idempotency key): after a crash between the platform accepting a post and us
     * recording it, this decides whether to send again. Throws UnsupportedOperationException where the platform
     * offers no way to tell, and then the outbox refuses to risk a double post.
     */
    default java.util.Optional<String> findSent(ReplyTarget target, String marker) throws ConnectorException {
        throw new UnsupportedOperationException("platform search not available");
    }

    /** Platform-specific health beyond the account row, e.g. "webhook never called". Null when nothing to add. */
    default String healthNote() {
        return null;
    }
}
