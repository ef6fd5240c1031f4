package tr.hemsehri.connector.api;

import java.time.Instant;

/**
 * What the platform said about our remaining budget. X reports calls left and a reset time; Meta reports usage
 * in percent (stored as percent remaining) and, for business use cases, minutes until access is regained.
 */
public record RateLimit(Integer remaining, Instant resetAt) {
    public static final RateLimit UNKNOWN = new RateLimit(null, null);

    public boolean exhausted() {
        return remaining != null && remaining <= 0;
    }
}
