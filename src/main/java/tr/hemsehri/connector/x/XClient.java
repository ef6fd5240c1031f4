package tr.hemsehri.connector.x;

import java.time.Instant;
import java.util.List;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.RateLimit;
import tr.hemsehri.connector.api.Secret;
import twitter4j.HttpClient;
import twitter4j.HttpClientFactory;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterV2;
import twitter4j.TwitterV2ExKt;
import twitter4j.V2ConfigurationKt;
import twitter4j.conf.Configuration;

/**
 * The X account's API handles that {@link XConnector#open()} sets up and that the poller, the sender and the
 * sent-post look-up share, and how X's errors map to what the poller must do. Filled in place by each open rather
 * than replaced, so the helpers the connector made at construction always see the current handles.
 */
final class XClient {
    Twitter twitter;
    TwitterV2 v2;
    HttpClient http;
    String v2Base;
    long ownId;
    List<String> queries = List.of();
    Secret[] secrets = new Secret[0];

    /** twitter4j for v1.1 and its DM HTTP client, takke's v2 extension on the same configuration. */
    void connect(Configuration conf, String v2Url, String userId) {
        twitter = new TwitterFactory(conf).getInstance();
        V2ConfigurationKt.getV2Configuration(twitter.getConfiguration()).setBaseURL(v2Url);
        v2 = TwitterV2ExKt.getV2(twitter);
        http = HttpClientFactory.getInstance(twitter.getConfiguration().getHttpClientConfiguration());
        v2Base = v2Url;
        ownId = Long.parseLong(userId);
    }

    ConnectorException classify(TwitterException e) {
        String msg = "X " + e.getStatusCode() + ": " + Secret.scrub(e.getErrorMessage() != null ? e.getErrorMessage()
                : String.valueOf(e.getMessage()), secrets);
        int status = e.getStatusCode();
        if (status == 401 || status == 403) {
            return new ConnectorException(ConnectorException.Kind.AUTH, msg, e);
        }
        if (status == 429 || e.exceededRateLimitation()) {
            // getRateLimitStatus reads headers case-insensitively; getResponseHeader would NPE on a missing one
            RateLimit rl;
            try {
                rl = limit(e.getRateLimitStatus());
            } catch (RuntimeException ignored) {
                rl = RateLimit.UNKNOWN;
            }
            return new ConnectorException(ConnectorException.Kind.RATE_LIMITED, msg,
                    rl.resetAt() != null ? rl.resetAt() : Instant.now().plusSeconds(60), e);
        }
        return new ConnectorException(ConnectorException.Kind.TRANSIENT, msg, e);
    }

    static RateLimit limit(twitter4j.RateLimitStatus s) {
        if (s == null) {
            return RateLimit.UNKNOWN;
        }
        return new RateLimit(s.getRemaining(), s.getResetTimeInSeconds() > 0
                ? Instant.ofEpochSecond(s.getResetTimeInSeconds()) : null, s.getLimit() > 0 ? s.getLimit() : null);
    }

    static RateLimit headerLimit(String remaining, String reset, String limit) {
        try {
            return new RateLimit(remaining == null ? null : Integer.valueOf(remaining.trim()),
                    reset == null ? null : Instant.ofEpochSecond(Long.parseLong(reset.trim())),
                    limit == null ? null : Integer.valueOf(limit.trim()));
        } catch (NumberFormatException e) {
            return RateLimit.UNKNOWN;
        }
    }
}
