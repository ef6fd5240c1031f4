package tr.hemsehri.connector.api;

import java.time.Instant;

/** A platform call that failed, classified by what the poller must do about it. */
public class ConnectorException extends Exception {
    public enum Kind {
        /** Token expired or revoked: the account needs a new token from an administrator. */
        AUTH,
        /** Budget exhausted: wait until {@link #resetAt()}. */
        RATE_LIMITED,
        /** Network, timeout, 5xx, malformed answer: retry with back-off. */
        TRANSIENT,
        /** The platform refuses this request for good (e.g. outside the messaging window). */
        REJECTED
    }

    private final Kind kind;
    private final transient Instant resetAt;

    public ConnectorException(Kind kind, String message, Instant resetAt, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.resetAt = resetAt;
    }

    public ConnectorException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    public ConnectorException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public Instant resetAt() {
        return resetAt;
    }
}
