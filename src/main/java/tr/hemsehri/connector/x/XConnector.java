package tr.hemsehri.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.api.ChannelSpec;
import tr.hemsehri.connector.api.Connector;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.PageSink;
import tr.hemsehri.connector.api.ReplyTarget;
import tr.hemsehri.connector.api.Secret;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.simulator.SimulatorLauncher;
import tr.hemsehri.simulator.XSimulator;
import twitter4j.CreateTweetResponse;
import twitter4j.HttpParameter;
import twitter4j.HttpResponse;
import twitter4j.JSONObject;
import twitter4j.TwitterException;
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

    @Inject
    ConnectorsConfig config;
    @Inject
    SimulatorLauncher simulators;
    @Inject
    ObjectMapper mapper;

    private volatile ChannelSpec channel;
    private final XClient client = new XClient();
    private XPolling polling;
    private XSentLookup sentLookup;

    @PostConstruct
    void init() {
        polling = new XPolling(client, mapper, config);
        sentLookup = new XSentLookup(client, mapper);
    }

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
        client.connect(conf, v2Url, userId);
        client.queries = cfg.searchQueries().orElse(List.of()).stream().filter(q -> !q.isBlank()).toList();
        if (simulated && client.queries.isEmpty()) {
            // the demo scenario has SEARCH lines (tweets that do not mention us); read them as a real setup would
            client.queries = List.of(SimulatorLauncher.X_DEMO_SEARCH);
        }
        client.secrets = new Secret[] {key.get(), keySecret.get(), token.get(), tokenSecret.get()};
        channel = new ChannelSpec(Platform.X, cfg.account(), "@" + cfg.account(), userId, false, simulated);
        LOG.infof("X channel @%s %s (%d search queries)", cfg.account(), simulated ? "on the simulator at " + v2Url
                : "on the real API", client.queries.size());
        return channel;
    }

    @Override
    public void poll(String cursor, PageSink sink) throws ConnectorException {
        polling.poll(cursor, sink);
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
            CreateTweetResponse res = client.v2.createTweet(null, null, null, null, null, null, null, null, null,
                    inReplyTo, null, text);
            return new SentMessage(Long.toString(res.getId()), target.threadExternalId(), target.externalId(),
                    target.authorId(), Visibility.PUBLIC, "REPLY");
        } catch (TwitterException e) {
            throw client.classify(e);
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
            HttpResponse res = client.http.post(
                    client.v2Base + "dm_conversations/with/" + target.authorId() + "/messages",
                    new HttpParameter[] {new HttpParameter(body)}, client.twitter.getAuthorization(), null);
            JsonNode data = mapper.readTree(res.asString()).path("data");
            return new SentMessage("dm:" + data.path("dm_event_id").asText(),
                    "dm:" + data.path("dm_conversation_id").asText(), target.externalId(), target.authorId(),
                    Visibility.PRIVATE, "DIRECT_MESSAGE");
        } catch (TwitterException e) {
            if (e.getStatusCode() == 403) {
                throw new ConnectorException(ConnectorException.Kind.REJECTED,
                        "X refused the direct message (the citizen does not accept DMs from us)", e);
            }
            throw client.classify(e);
        } catch (Exception e) {
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "X DM failed: " + e, e);
        }
    }

    @Override
    public Optional<String> findSent(ReplyTarget target, String marker) throws ConnectorException {
        return sentLookup.findSent(target, marker);
    }
}
