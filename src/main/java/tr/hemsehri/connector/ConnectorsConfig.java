package tr.hemsehri.connector;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Connector settings. A platform whose credentials are absent runs against its built-in simulator (when
 * {@code hemsehri.simulator.enabled}); setting the credentials switches it to the real platform. Secrets are
 * read here and wrapped in {@link tr.hemsehri.connector.api.Secret} at once, so they never reach a log line.
 */
@ConfigMapping(prefix = "hemsehri.connectors")
public interface ConnectorsConfig {
    /** Scheduled polling on this replica; off in tests that drive polls by hand. */
    @WithDefault("true")
    boolean pollingEnabled();

    /** How often the scheduler looks for due accounts (a Quarkus scheduler interval such as {@code 1s}). */
    @WithDefault("1s")
    String tick();

    /** Wait after start-up before the first tick, so start-up work is not slowed by polls. */
    @WithDefault("2s")
    String startDelay();

    /** How often each account is polled when healthy. */
    @WithDefault("PT30S")
    Duration pollInterval();

    /** First wait after a failure; doubled per consecutive failure up to {@link #backoffMax()}. */
    @WithDefault("PT5S")
    Duration backoffInitial();

    /** Longest wait between attempts of a failing account (also the retry interval of NEEDS_REAUTH). */
    @WithDefault("PT15M")
    Duration backoffMax();

    /** Connect and read timeout of every platform call; a slower answer counts as a failure. */
    @WithDefault("PT10S")
    Duration httpTimeout();

    /** Time-window pollers (Facebook, Instagram) re-read this much before their cursor; dedup absorbs repeats. */
    @WithDefault("PT2M")
    Duration overlap();

    /** Threads that run polls; one account never runs twice at once whatever this is. */
    @WithDefault("4")
    int workers();

    X x();

    Facebook facebook();

    Instagram instagram();

    WhatsApp whatsapp();

    interface X {
        /** Turns the channel off entirely (no simulator either). */
        @WithDefault("true")
        boolean enabled();

        /** Our account's handle without '@', shown in the connectors list. */
        @WithDefault("hemsehri_belediye")
        String account();

        /** Numeric user id of our account: mentions are read for it and its own tweets are skipped. */
        Optional<String> userId();

        /** OAuth 1.0a consumer (API) key; with the access token it selects the real X API. Env X_CONSUMER_KEY. */
        Optional<String> consumerKey();

        /** OAuth 1.0a consumer secret. */
        Optional<String> consumerSecret();

        /** OAuth 1.0a user access token of our account (needed to reply and send DMs). */
        Optional<String> accessToken();

        /** OAuth 1.0a user access token secret. */
        Optional<String> accessTokenSecret();

        /** v1.1 REST base URL (twitter4j {@code restBaseURL}). */
        @WithDefault("https://api.twitter.com/1.1/")
        String restBaseUrl();

        /** API v2 base URL (twitter4j-v2 {@code V2Configuration.baseURL}). */
        @WithDefault("https://api.twitter.com/2/")
        String v2BaseUrl();

        /** Recent-search queries polled besides mentions, e.g. {@code "izmir su kesintisi -is:retweet"}. */
        Optional<List<String>> searchQueries();

        /** Most pages read per stream and poll; the rest is read on the next poll from the saved token. */
        @WithDefault("5")
        int maxPages();

        /** Page size (X allows 5..100). */
        @WithDefault("50")
        int pageSize();
    }

    interface Facebook {
        /** Turns the channel off entirely (no simulator either). */
        @WithDefault("true")
        boolean enabled();

        /** Page id; with the page token it selects the real Graph API. Env HEMSEHRI_CONNECTORS_FACEBOOK_PAGE_ID. */
        Optional<String> pageId();

        /** Page name shown in the connectors list. */
        @WithDefault("Hemşehri Belediyesi")
        String pageName();

        /** Long-lived Page access token (pages_read_engagement, pages_manage_engagement, pages_messaging). */
        Optional<String> pageToken();

        /** App secret, used for appsecret_proof on every call. */
        Optional<String> appSecret();

        /** Graph API base URL (restfb {@code FacebookEndpoints.getGraphEndpoint}). */
        @WithDefault("https://graph.facebook.com")
        String graphUrl();

        /** Most recent Page posts whose comments are read on each poll. */
        @WithDefault("25")
        int postLimit();

        /** Comments per page when reading a post's comments (Graph allows up to 100). */
        @WithDefault("100")
        int commentPageSize();
    }

    interface Instagram {
        /** Turns the channel off entirely (no simulator either). */
        @WithDefault("true")
        boolean enabled();

        /** Instagram professional account id; with the token it selects the real Graph API. */
        Optional<String> userId();

        /** Username shown in the connectors list. */
        @WithDefault("hemsehri.belediye")
        String username();

        /** Access token (instagram_basic, instagram_manage_comments, instagram_manage_messages). */
        Optional<String> accessToken();

        /** App secret, used for appsecret_proof. */
        Optional<String> appSecret();

        /** Graph API base URL. */
        @WithDefault("https://graph.facebook.com")
        String graphUrl();

        /** Most recent media whose comments are read on each poll. */
        @WithDefault("20")
        int mediaLimit();

        /** Comments per page when reading a media's comments (Graph allows up to 50 with nested replies). */
        @WithDefault("50")
        int commentPageSize();
    }

    interface WhatsApp {
        /** Turns the channel off entirely (no simulator either). */
        @WithDefault("true")
        boolean enabled();

        /** Phone number id of the business number; with the token it selects the real Cloud API. */
        Optional<String> phoneNumberId();

        /** Display phone number shown in the connectors list. */
        @WithDefault("+90 232 000 00 00")
        String displayNumber();

        /** System-user access token with whatsapp_business_messaging. */
        Optional<String> accessToken();

        /** App secret: webhook bodies must carry its HMAC-SHA256 in X-Hub-Signature-256. */
        Optional<String> appSecret();

        /** Token Meta echoes in the webhook verification GET. */
        Optional<String> verifyToken();

        /** Graph API base URL. */
        @WithDefault("https://graph.facebook.com")
        String graphUrl();

        /** Approved template sent when the 24-hour customer-service window is closed. */
        @WithDefault("hemsehri_basvuru_yanit")
        String template();

        /** Language code of that template. */
        @WithDefault("tr")
        String templateLanguage();
    }
}
