package tr.hemsehri.connector.facebook;

import com.restfb.Connection;
import com.restfb.DebugHeaderInfo;
import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.DefaultWebRequestor;
import com.restfb.FacebookClient;
import com.restfb.FacebookEndpoints;
import com.restfb.Version;
import com.restfb.exception.FacebookGraphException;
import com.restfb.exception.FacebookNetworkException;
import com.restfb.exception.FacebookOAuthException;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.RateLimit;
import tr.hemsehri.connector.api.Secret;

/**
 * A restfb client for one Meta token, shared by the Facebook, Instagram and WhatsApp connectors: base URL
 * from {@code FacebookEndpoints} (the simulator or graph.facebook.com), our timeouts, the token in the
 * Authorization header rather than the URL, usage headers read after every call, and Graph errors mapped to
 * what the poller must do.
 */
public final class GraphClient {
    public static final Version VERSION = Version.LATEST;
    private final DefaultFacebookClient client;
    private final UsageRequestor requestor;
    private final Secret token;
    private final Secret appSecret;

    public GraphClient(String graphUrl, Secret token, Secret appSecret, Duration timeout) {
        this.token = token;
        this.appSecret = appSecret;
        this.requestor = new UsageRequestor((int) timeout.toMillis());
        String base = graphUrl.endsWith("/") ? graphUrl.substring(0, graphUrl.length() - 1) : graphUrl;
        this.client = appSecret == null
                ? new PagingClient(token.reveal(), requestor, base)
                : new PagingClient(token.reveal(), appSecret.reveal(), requestor, base);
        client.setFacebookEndpointUrls(new FacebookEndpoints() {
            @Override
            public String getGraphEndpoint() {
                return base;
            }

            @Override
            public String getGraphVideoEndpoint() {
                return base;
            }
        });
        client.setHeaderAuthorization(true);
    }

    public FacebookClient client() {
        return client;
    }

    /**
     * Remaining budget in percent: 100 minus the highest of call count, CPU time and total time that
     * X-App-Usage / X-Business-Use-Case-Usage report; a business use case also says when access returns
     * (estimated_time_to_regain_access, in minutes).
     */
    public RateLimit usage() {
        DebugHeaderInfo info = requestor.getDebugHeaderInfo();
        if (info == null) {
            return RateLimit.UNKNOWN;
        }
        int used = 0;
        Instant reset = null;
        DebugHeaderInfo.HeaderUsage app = info.getAppUsage();
        if (app != null) {
            used = Math.max(used, max(app.getCallCount(), app.getTotalCputime(), app.getTotalTime()));
        }
        DebugHeaderInfo.BusinessUseCaseUsage buc = info.getBusinessUseCaseUsage();
        if (buc != null) {
            for (String id : buc.getBusinessIds()) {
                List<DebugHeaderInfo.InnerBusinessUseCaseUsage> list = buc.get(id);
                for (DebugHeaderInfo.InnerBusinessUseCaseUsage u : list) {
                    used = Math.max(used, max(u.getCallCount(), u.getTotalCputime(), u.getTotalTime()));
                    Integer minutes = u.getEstimatedTimeToRegainAccess();
                    if (minutes != null && minutes > 0) {
                        Instant regain = Instant.now().plus(Duration.ofMinutes(minutes));
                        reset = reset == null || regain.isAfter(reset) ? regain : reset;
                    }
                }
            }
        }
        // A time to regain access means Meta is throttling this use case already: nothing is left until then.
        return new RateLimit(reset != null ? 0 : Math.max(0, 100 - used), reset, 100);
    }

    private static int max(Integer... values) {
        int m = 0;
        for (Integer v : values) {
            if (v != null && v > m) {
                m = v;
            }
        }
        return m;
    }

    /** Maps any restfb failure; token expiry (190 and friends) and rate limits by Graph error code. */
    public ConnectorException classify(String what, RuntimeException e) {
        String msg = what + ": " + Secret.scrub(String.valueOf(e.getMessage()), token, appSecret);
        if (e instanceof FacebookGraphException g) {
            Integer code = g.getErrorCode();
            int c = code == null ? -1 : code;
            if (c == 190 || c == 102 || c == 463 || c == 467 || (c == 10 && g.getErrorSubcode() == null)
                    || c == 200 && g.getHttpStatusCode() != null && g.getHttpStatusCode() == 403) {
                return new ConnectorException(ConnectorException.Kind.AUTH, msg, e);
            }
            if (c == 4 || c == 17 || c == 32 || c == 613 || (c >= 80000 && c <= 80014)
                    || (g.getHttpStatusCode() != null && g.getHttpStatusCode() == 429)) {
                RateLimit rl = usage();
                return new ConnectorException(ConnectorException.Kind.RATE_LIMITED, msg,
                        rl.resetAt() != null ? rl.resetAt() : Instant.now().plusSeconds(60), e);
            }
            if (c == 10 || c == 10900 || c == 100 || c == 551 || c == 131047 || c == 2018278 || c == 2534022) {
                return new ConnectorException(ConnectorException.Kind.REJECTED, msg, e);
            }
        }
        if (e instanceof FacebookOAuthException) {
            return new ConnectorException(ConnectorException.Kind.TRANSIENT, msg, e);
        }
        if (e instanceof FacebookNetworkException) {
            return new ConnectorException(ConnectorException.Kind.TRANSIENT, msg, e);
        }
        return new ConnectorException(ConnectorException.Kind.TRANSIENT, msg, e);
    }

    /**
     * restfb rewrites every {@code paging.next} URL to https. Against a plain-http Graph endpoint (the simulator,
     * a local proxy) the next page would then never load; such URLs of our own endpoint get their scheme back.
     */
    static final class PagingClient extends DefaultFacebookClient {
        private final String plainBase;

        PagingClient(String token, UsageRequestor requestor, String base) {
            super(token, requestor, new DefaultJsonMapper(), VERSION);
            this.plainBase = plain(base);
        }

        PagingClient(String token, String appSecret, UsageRequestor requestor, String base) {
            super(token, appSecret, requestor, new DefaultJsonMapper(), VERSION);
            this.plainBase = plain(base);
        }

        private static String plain(String base) {
            return base.startsWith("http://") ? base.substring("http://".length()) : null;
        }

        @Override
        public <T> Connection<T> fetchConnectionPage(String url, Class<T> type) {
            if (plainBase != null && url != null && url.startsWith("https://" + plainBase + "/")) {
                url = "http://" + url.substring("https://".length());
            }
            return super.fetchConnectionPage(url, type);
        }
    }

    /** restfb's requestor with our connect/read timeouts; its usage-header parsing is kept as is. */
    static final class UsageRequestor extends DefaultWebRequestor {
        private final int timeoutMillis;

        UsageRequestor(int timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        protected void customizeConnection(HttpURLConnection connection) {
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
        }
    }
}
