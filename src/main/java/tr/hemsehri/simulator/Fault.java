package tr.hemsehri.simulator;

/** Ways a simulator can be told to misbehave, each for a number of requests. */
public enum Fault {
    /** 429 (X) or error code 4 (Graph) with usage/reset headers. */
    RATE_LIMIT,
    /** 500 with a platform-style error body. */
    SERVER_ERROR,
    /** Answers only after {@link SimServer#slowMillis(long)}, past the client's timeout. */
    SLOW,
    /** 200 with a body that is not JSON. */
    MALFORMED,
    /** 200 with the correct body cut in half. */
    TRUNCATED,
    /** The last item of a page is served again as the first of the next. */
    DUPLICATE_ACROSS_PAGES,
    /** A page's items are shuffled instead of newest first. */
    OUT_OF_ORDER,
    /** 401 (X) or OAuthException code 190 (Graph). */
    EXPIRED_TOKEN
}
