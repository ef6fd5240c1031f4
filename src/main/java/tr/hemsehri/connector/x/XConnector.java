package tr.hemsehri.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.api.ChannelSpec;
import tr.hemsehri.connector.api.Connector;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.PageSink;
import tr.hemsehri.connector.api.PollPage;
import tr.hemsehri.connector.api.RateLimit;
import tr.hemsehri.connector.api.ReplyTarget;
import tr.hemsehri.connector.api.Secret;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.simulator.SimulatorLauncher;
import tr.hemsehri.simulator.XSimulator;
import twitter4j.CreateTweetResponse;
import twitter4j.HttpClient;
import twitter4j.HttpClientFactory;
import twitter4j.HttpParameter;
import twitter4j.HttpResponse;
import twitter4j.JSONObject;
import twitter4j.PaginationToken;
import twitter4j.Tweet;
import twitter4j.TweetsResponse;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterV2;
import twitter4j.TwitterV2ExKt;
import twitter4j.User2;
import twitter4j.V2ConfigurationKt;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

/**
 * X through twitter4j (OAuth 1.0a user context) and takke's twitter4j-v2 (API v2): the mentions timeline and
 * configured recent-search queries with {@code since_id} and pagination tokens, direct message events, replies
 * with {@code reply.in_reply_to_tweet_id}, and DMs. The cursor is a small JSON document per stream (see
 * {@link XCursor}) so a poll cut off between pages resumes from the saved token.
 */
@ApplicationScoped
public class XConnector implements Connector {
    private static final Logger LOG = Logger.getLogger(XConnector.class);
    private static final String TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,lang";
    private static final String MENTIONS = "mentions";
    private static final String DMS = "dm";

    @Inject
    ConnectorsConfig config;
    @Inject
    SimulatorLauncher simulators;
    @Inject
    ObjectMapper mapper;

    private volatile ChannelSpec channel;
    private Twitter twitter;
    private TwitterV2 v2;
    private HttpClient http;
    private String v2Base;
    private long ownId;
    private List<String> queries = List.of();
    private Secret[] secrets = new Secret[0];

    @Override
    public Platform platform() {
        return Platform.X;
    }

    @Override
    public ChannelSpec channel() {
        return channel;
    }

    /** Resolves real credentials or the simulator; returns null when the channel is off. */
    public synchronized ChannelSpec open() {
        ConnectorsConfig.X cfg = config.x();
        if (!cfg.enabled()) {
            return null;
        }
        Optional<Secret> key = Secret.of(cfg.consumerKey());
        Optional<Secret> keySecret = Secret.of(cfg.consumerSecret());
        Optional<Secret> token = Secret.of(cfg.accessToken());
        Optional<Secret> tokenSecret = Secret.of(cfg.accessTokenSecret());
        String restBase = cfg.restBaseUrl();
        String v2Url = cfg.v2BaseUrl();
        String userId = cfg.userId().orElse(null);
        boolean simulated = false;
        if (key.isEmpty() || keySecret.isEmpty() || token.isEmpty() || tokenSecret.isEmpty()) {
            if (!simulators.enabled()) {
                LOG.info("X: no credentials and simulators off; channel disabled");
                return null;
            }
            XSimulator sim = simulators.x(cfg.account());
            restBase = sim.baseUrl() + "/1.1/";
            v2Url = sim.baseUrl() + "/2/";
            userId = SimulatorLauncher.X_USER_ID;
            key = keySecret = token = tokenSecret = Optional.of(Secret.of(SimulatorLauncher.TOKEN));
            simulated = true;
        } else if (userId == null) {
            LOG.error("X: hemsehri.connectors.x.user-id is required with real credentials; channel disabled");
            return null;
        }
        int timeout = (int) config.httpTimeout().toMillis();
        Configuration conf = new ConfigurationBuilder()
                .setDebugEnabled(false)
                .setOAuthConsumerKey(key.get().reveal()).setOAuthConsumerSecret(keySecret.get().reveal())
                .setOAuthAccessToken(token.get().reveal()).setOAuthAccessTokenSecret(tokenSecret.get().reveal())
                .setRestBaseURL(restBase)
                .setHttpConnectionTimeout(timeout).setHttpReadTimeout(timeout)
                .setHttpRetryCount(0)
                .build();
        twitter = new TwitterFactory(conf).getInstance();
        V2ConfigurationKt.getV2Configuration(twitter.getConfiguration()).setBaseURL(v2Url);
        v2 = TwitterV2ExKt.getV2(twitter);
        http = HttpClientFactory.getInstance(twitter.getConfiguration().getHttpClientConfiguration());
        v2Base = v2Url;
        ownId = Long.parseLong(userId);
        queries = cfg.searchQueries().orElse(List.of()).stream().filter(q -> !q.isBlank()).toList();
        if (simulated && queries.isEmpty()) {
            // the demo scenario has SEARCH lines (tweets that do not mention us); read them as a real setup would
            queries = List.of(SimulatorLauncher.X_DEMO_SEARCH);
        }
        secrets = new Secret[] {key.get(), keySecret.get(), token.get(), tokenSecret.get()};
        channel = new ChannelSpec(Platform.X, cfg.account(), "@" + cfg.account(), userId, false, simulated);
        LOG.infof("X channel @%s %s (%d search queries)", cfg.account(), simulated ? "on the simulator at " + v2Url
                : "on the real API", queries.size());
        return channel;
    }

    @Override
    public void poll(String cursor, PageSink sink) throws ConnectorException {
        XCursor state = XCursor.parse(mapper, cursor);
        pollStream(MENTIONS, state, sink, (since, token) -> v2.getUserMentions(ownId, null, "author_id", pageSize(),
                null, token, null, null, since, null, TWEET_FIELDS, null, "username,name"));
        for (String q : queries) {
            pollStream("search:" + q, state, sink, (since, token) -> v2.searchRecent(q, null, "author_id",
                    Math.max(10, pageSize()), null, token, null, null, since, null, TWEET_FIELDS, null,
                    "username,name"));
        }
        pollDirectMessages(state, sink);
    }

    private int pageSize() {
        return Math.max(5, Math.min(100, config.x().pageSize()));
    }

    interface Fetch {
        TweetsResponse fetch(Long sinceId, PaginationToken token) throws TwitterException;
    }

    private void pollStream(String key, XCursor state, PageSink sink, Fetch fetch) throws ConnectorException {
        XCursor.Stream s = state.stream(key);
        for (int pages = 0; pages < config.x().maxPages(); pages++) {
            TweetsResponse res;
            try {
                res = fetch.fetch(s.since(), s.token() == null ? null : new PaginationToken(s.token()));
            } catch (TwitterException e) {
                throw classify(e);
            } catch (RuntimeException e) {
                throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "X answer unreadable: " + e, e);
            }
            List<InboundMessage> batch = new ArrayList<>();
            Long runNewest = s.runNewest();
            for (Tweet t : res.getTweets()) {
                batch.add(toMessage(t, res.getUsersMap()));
                runNewest = runNewest == null || t.getId() > runNewest ? t.getId() : runNewest;
            }
            PaginationToken next = res.getMeta() == null ? null : res.getMeta().getNextToken();
            // While paging, since_id stays put and the run's newest id waits; it becomes since_id after the last page.
            s = next != null ? new XCursor.Stream(s.since(), next.getValue(), runNewest)
                    : new XCursor.Stream(runNewest != null ? runNewest : s.since(), null, null);
            state.put(key, s);
            sink.accept(new PollPage(batch, state.toJson(mapper), limit(res.getRateLimitStatus())));
            if (next == null) {
                return;
            }
        }
    }

    /** DM events arrive newest first without since_id: read until the last seen id, then remember the newest. */
    private void pollDirectMessages(XCursor state, PageSink sink) throws ConnectorException {
        XCursor.Stream s = state.stream(DMS);
        Long last = s.since();
        Long runNewest = null;
        String token = null;
        for (int pages = 0; pages < config.x().maxPages(); pages++) {
            JsonNode body;
            RateLimit rl;
            try {
                List<HttpParameter> params = new ArrayList<>(List.of(
                        new HttpParameter("dm_event_fields", "id,text,sender_id,created_at,dm_conversation_id"),
                        new HttpParameter("event_types", "MessageCreate"),
                        new HttpParameter("expansions", "sender_id"),
                        new HttpParameter("user.fields", "username,name"),
                        new HttpParameter("max_results", 50)));
                if (token != null) {
                    params.add(new HttpParameter("pagination_token", token));
                }
                HttpResponse res = http.get(v2Base + "dm_events", params.toArray(new HttpParameter[0]),
                        twitter.getAuthorization(), null);
                body = mapper.readTree(res.asString());
                rl = headerLimit(res.getResponseHeader("x-rate-limit-remaining"),
                        res.getResponseHeader("x-rate-limit-reset"), res.getResponseHeader("x-rate-limit-limit"));
            } catch (TwitterException e) {
                throw classify(e);
            } catch (Exception e) {
                throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "X DM answer unreadable: " + e, e);
            }
            Map<String, JsonNode> users = new java.util.HashMap<>();
            body.path("includes").path("users").forEach(u -> users.put(u.path("id").asText(), u));
            List<InboundMessage> batch = new ArrayList<>();
            boolean reachedLast = false;
            for (JsonNode e : body.path("data")) {
                long id = e.path("id").asLong();
                if (last != null && id <= last) {
                    reachedLast = true;
                    continue;
                }
                runNewest = runNewest == null || id > runNewest ? id : runNewest;
                String sender = e.path("sender_id").asText();
                JsonNode u = users.get(sender);
                batch.add(new InboundMessage(Platform.X, "dm:" + e.path("id").asText(),
                        "dm:" + e.path("dm_conversation_id").asText(), null, sender,
                        u == null ? null : u.path("username").asText(null), u == null ? null : u.path("name").asText(null),
                        e.path("text").asText(""), Instant.parse(e.path("created_at").asText()), Visibility.PRIVATE,
                        e.toString()));
            }
            token = body.path("meta").path("next_token").asText(null);
            boolean done = token == null || reachedLast;
            if (done && runNewest != null) {
                state.put(DMS, new XCursor.Stream(Math.max(runNewest, last == null ? 0 : last), null, null));
            }
            sink.accept(new PollPage(batch, state.toJson(mapper), rl));
            if (done) {
                return;
            }
        }
    }

    private InboundMessage toMessage(Tweet t, Map<Long, User2> users) {
        User2 u = t.getAuthorId() == null ? null : users.get(t.getAuthorId());
        ObjectNode raw = mapper.createObjectNode();
        raw.put("id", Long.toString(t.getId()));
        raw.put("text", t.getText());
        raw.put("author_id", t.getAuthorId() == null ? null : t.getAuthorId().toString());
        raw.put("conversation_id", t.getConversationId() == null ? null : t.getConversationId().toString());
        raw.put("in_reply_to", t.getRepliedToTweetId() == null ? null : t.getRepliedToTweetId().toString());
        raw.put("created_at", t.getCreatedAt() == null ? null : t.getCreatedAt().toInstant().toString());
        return new InboundMessage(Platform.X, Long.toString(t.getId()),
                t.getConversationId() == null ? null : t.getConversationId().toString(),
                t.getRepliedToTweetId() == null ? null : t.getRepliedToTweetId().toString(),
                t.getAuthorId() == null ? null : t.getAuthorId().toString(),
                u == null ? null : u.getScreenName(), u == null ? null : u.getName(), t.getText(),
                t.getCreatedAt() == null ? Instant.now() : t.getCreatedAt().toInstant(), Visibility.PUBLIC,
                raw.toString());
    }

    @Override
    public SentMessage replyPublic(ReplyTarget target, String text) throws ConnectorException {
        if (target.externalId().startsWith("dm:")) {
            return sendPrivate(target, text);
        }
        long inReplyTo;
        try {
            inReplyTo = Long.parseLong(target.externalId());
        } catch (NumberFormatException e) {
            // Not a tweet id (e.g. a message entered by hand): retrying cannot help.
            throw new ConnectorException(ConnectorException.Kind.REJECTED,
                    "X yanıtı gönderilemez: '" + target.externalId() + "' bir tweet kimliği değil");
        }
        try {
            CreateTweetResponse res = v2.createTweet(null, null, null, null, null, null, null, null, null,
                    inReplyTo, null, text);
            return new SentMessage(Long.toString(res.getId()), target.threadExternalId(), target.externalId(),
                    target.authorId(), Visibility.PUBLIC, "REPLY");
        } catch (TwitterException e) {
            throw classify(e);
        } catch (RuntimeException e) {
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "X reply failed: " + e, e);
        }
    }

    @Override
    public SentMessage sendPrivate(ReplyTarget target, String text) throws ConnectorException {
        // X only delivers a DM when the citizen follows us or has open DMs; the API answers 403 otherwise.
        try {
            JSONObject body = new JSONObject();
            body.put("text", text);
            HttpResponse res = http.post(v2Base + "dm_conversations/with/" + target.authorId() + "/messages",
                    new HttpParameter[] {new HttpParameter(body)}, twitter.getAuthorization(), null);
            JsonNode data = mapper.readTree(res.asString()).path("data");
            return new SentMessage("dm:" + data.path("dm_event_id").asText(),
                    "dm:" + data.path("dm_conversation_id").asText(), target.externalId(), target.authorId(),
                    Visibility.PRIVATE, "DIRECT_MESSAGE");
        } catch (TwitterException e) {
            if (e.getStatusCode() == 403) {
                throw new ConnectorException(ConnectorException.Kind.REJECTED,
                        "X refused the direct message (the citizen does not accept DMs from us)", e);
            }
            throw classify(e);
        } catch (Exception e) {
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "X DM failed: " + e, e);
        }
    }

    /**
     * Looks for our post carrying {@code marker}. A reply is a tweet of ours newer than the tweet it answers
     * (ids are time-ordered snowflakes), so our own timeline ({@code GET /2/users/:id/tweets}) is read with
     * {@code since_id} = the citizen's tweet; unlike recent search it has no indexing delay. A direct message is
     * looked for in the 1:1 conversation with the citizen ({@code GET /2/dm_conversations/with/:id/dm_events}),
     * newest first, down to the citizen's message. Both are read because the outbox may have sent either.
     */
    @Override
    public Optional<String> findSent(ReplyTarget target, String marker) throws ConnectorException {
        Long after = snowflake(target.externalId());
        if (!target.externalId().startsWith("dm:")) {
            Optional<String> tweet = findTweet(after, marker);
            if (tweet.isPresent()) {
                return tweet;
            }
        }
        return target.authorId() == null ? Optional.empty() : findDirectMessage(target.authorId(), after, marker);
    }

    private static Long snowflake(String externalId) {
        try {
            return Long.valueOf(externalId.startsWith("dm:") ? externalId.substring(3) : externalId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Our own tweets newer than {@code sinceId}, all pages up to the timeline's 3,200-tweet reach. */
    private Optional<String> findTweet(Long sinceId, String marker) throws ConnectorException {
        PaginationToken token = null;
        for (int pages = 0; pages < 32; pages++) {
            TweetsResponse res;
            try {
                res = v2.getUserTweets(ownId, null, null, null, 100, null, token, null, null, sinceId, null,
                        "created_at,author_id,conversation_id,referenced_tweets", null, null);
            } catch (TwitterException e) {
                throw classify(e);
            } catch (RuntimeException e) {
                throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "X timeline unreadable: " + e, e);
            }
            for (Tweet t : res.getTweets()) {
                if (carries(t.getText(), marker) && (t.getAuthorId() == null || t.getAuthorId() == ownId)) {
                    return Optional.of(Long.toString(t.getId()));
                }
            }
            token = res.getMeta() == null ? null : res.getMeta().getNextToken();
            if (token == null) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** DM events with {@code participant}, newest first, until one older than {@code notBefore}. */
    private Optional<String> findDirectMessage(String participant, Long notBefore, String marker)
            throws ConnectorException {
        String token = null;
        String own = Long.toString(ownId);
        for (int pages = 0; pages < 20; pages++) {
            JsonNode body;
            try {
                List<HttpParameter> params = new ArrayList<>(List.of(
                        new HttpParameter("dm_event_fields", "id,text,sender_id,created_at,dm_conversation_id"),
                        new HttpParameter("event_types", "MessageCreate"),
                        new HttpParameter("max_results", 100)));
                if (token != null) {
                    params.add(new HttpParameter("pagination_token", token));
                }
                HttpResponse res = http.get(v2Base + "dm_conversations/with/" + participant + "/dm_events",
                        params.toArray(new HttpParameter[0]), twitter.getAuthorization(), null);
                body = mapper.readTree(res.asString());
            } catch (TwitterException e) {
                throw classify(e);
            } catch (Exception e) {
                throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "X DM answer unreadable: " + e, e);
            }
            boolean older = false;
            for (JsonNode e : body.path("data")) {
                String id = e.path("id").asText();
                if (own.equals(e.path("sender_id").asText()) && carries(e.path("text").asText(""), marker)) {
                    return Optional.of("dm:" + id);
                }
                try {
                    older |= notBefore != null && Long.parseLong(id) < notBefore;
                } catch (NumberFormatException ignored) {
                    // not a snowflake: keep reading
                }
            }
            token = body.path("meta").path("next_token").asText(null);
            if (token == null || older) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** X returns text HTML-escaped ({@code &amp;}); the marker is compared with the text as we wrote it. */
    static boolean carries(String text, String marker) {
        if (text == null) {
            return false;
        }
        return text.contains(marker) || text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .contains(marker);
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

    private static RateLimit limit(twitter4j.RateLimitStatus s) {
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
