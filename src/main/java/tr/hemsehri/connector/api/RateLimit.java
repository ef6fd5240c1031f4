package tr.hemsehri.connector.api;

import java.time.Instant;

/**
 * What the platform said about our remaining budget. X reports calls left of {@code limit} and a reset time;
 * Meta reports usage in percent (stored as percent remaining of 100) and, for business use cases, minutes until
 * access is regained (as {@code resetAt}).
 */
public record RateLimit(Integer remaining, Instant resetAt, Integer limit) {
    public static final RateLimit UNKNOWN = new RateLimit(null, null, null);
    /** Below this share of the budget the poller slows down instead of running into the wall. */
    public static final int LOW_PERCENT = 10;

    public RateLimit(Integer remaining, Instant resetAt) {
        this(remaining, resetAt, null);
    }

    public boolean exhausted() {
        return remaining != null && remaining <= 0;
    }

    /** At most {@link #LOW_PERCENT} % of the budget left (for Meta: usage of 90 % or more). */
    public boolean low() {
        return remaining != null && limit != null && limit > 0 && remaining * 100L <= (long) LOW_PERCENT * limit;
    }
}
