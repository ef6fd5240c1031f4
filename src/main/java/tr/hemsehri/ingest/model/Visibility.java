package tr.hemsehri.ingest.model;

public enum Visibility {
    /** Seen by everyone reading the thread: a post, a comment, a reply. */
    PUBLIC,
    /** A direct message or WhatsApp conversation. */
    PRIVATE
}
