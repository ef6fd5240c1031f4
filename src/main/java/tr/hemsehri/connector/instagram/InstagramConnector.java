package tr.hemsehri.connector.instagram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.restfb.Connection;
import com.restfb.Parameter;
import com.restfb.json.JsonObject;
import com.restfb.json.JsonValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.api.ChannelSpec;
import tr.hemsehri.connector.api.Connector;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.PageSink;
import tr.hemsehri.connector.api.PollPage;
import tr.hemsehri.connector.api.ReplyTarget;
import tr.hemsehri.connector.api.Secret;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.connector.facebook.GraphClient;
import tr.hemsehri.connector.facebook.GraphItems;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.simulator.SimulatorLauncher;

/**
 * An Instagram professional account through restfb: comments and their replies on our recent media, media we
 * are tagged in (mentions), and Instagram direct conversations. Instagram offers no {@code since} on comments,
 * so every poll re-reads the recent media's comments and relies on dedup; the cursor (newest time seen) keeps
 * direct-message reading short.
 */
@ApplicationScoped
public class InstagramConnector implements Connector {
    private static final Logger LOG = Logger.getLogger(InstagramConnector.class);
    private static final String COMMENT_FIELDS = "id,text,timestamp,username,from";

    @Inject
    ConnectorsConfig config;
    @Inject
    SimulatorLauncher simulators;
    @Inject
    ObjectMapper mapper;

    private volatile ChannelSpec channel;
    private GraphClient graph;
    private String igUserId;

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    public ChannelSpec channel() {
        return channel;
    }

    @Override
    public synchronized ChannelSpec open() {
        ConnectorsConfig.Instagram cfg = config.instagram();
        if (!cfg.enabled()) {
            return null;
        }
        Optional<Secret> token = Secret.of(cfg.accessToken());
        String url = cfg.graphUrl();
        String id = cfg.userId().orElse(null);
        Secret appSecret = Secret.of(cfg.appSecret()).orElse(null);
        boolean simulated = false;
        if (token.isEmpty() || id == null) {
            if (!simulators.enabled()) {
                return null;
            }
            url = simulators.instagram(cfg.username()).baseUrl();
            id = SimulatorLauncher.INSTAGRAM_USER_ID;
            token = Optional.of(Secret.of(SimulatorLauncher.TOKEN));
            appSecret = null;
            simulated = true;
        }
        graph = new GraphClient(url, token.get(), appSecret, config.httpTimeout());
        igUserId = id;
        channel = new ChannelSpec(Platform.INSTAGRAM, cfg.username(), "@" + cfg.username(), id, false, simulated);
        LOG.infof("Instagram channel @%s %s", cfg.username(), simulated ? "on the simulator at " + url
                : "on the Graph API");
        return channel;
    }

    @Override
    public void poll(String cursor, PageSink sink) throws ConnectorException {
        long since = since(cursor);
        List<InboundMessage> out = new ArrayList<>();
        try {
            Connection<JsonObject> media = graph.client().fetchConnection(igUserId + "/media", JsonObject.class,
                    Parameter.with("fields", "id,caption,timestamp,username"),
                    Parameter.with("limit", config.instagram().mediaLimit()));
            for (JsonObject m : media.getData()) {
                readComments(m.getString("id", null), out);
            }
            Connection<JsonObject> tags = graph.client().fetchConnection(igUserId + "/tags", JsonObject.class,
                    Parameter.with("fields", "id,caption,timestamp,username,owner"), Parameter.with("limit", 25));
            for (JsonObject t : tags.getData()) {
                out.add(new InboundMessage(Platform.INSTAGRAM, t.getString("id", null), t.getString("id", null), null,
                        GraphItems.nested(t, "owner", "id"), GraphItems.text(t, "username"), null,
                        String.valueOf(GraphItems.text(t, "caption")), GraphItems.time(t, "timestamp"),
                        Visibility.PUBLIC, t.toString()));
            }
            readConversations(since, out);
        } catch (RuntimeException e) {
            throw graph.classify("Instagram poll", e);
        }
        long newest = since;
        for (InboundMessage m : out) {
            newest = Math.max(newest, m.createdAt().getEpochSecond());
        }
        sink.accept(new PollPage(out, "{\"since\":" + newest + "}", graph.usage()));
    }

    private void readComments(String mediaId, List<InboundMessage> out) {
        Connection<JsonObject> comments = graph.client().fetchConnection(mediaId + "/comments", JsonObject.class,
                Parameter.with("fields", COMMENT_FIELDS + ",replies{" + COMMENT_FIELDS + "}"),
                Parameter.with("limit", config.instagram().commentPageSize()));
        for (List<JsonObject> page : comments) {
            for (JsonObject c : page) {
                String commentId = c.getString("id", null);
                out.add(comment(c, mediaId, mediaId));
                JsonValue replies = c.get("replies");
                if (replies != null && replies.isObject() && replies.asObject().get("data") != null) {
                    for (JsonValue r : replies.asObject().get("data").asArray()) {
                        out.add(comment(r.asObject(), mediaId, commentId));
                    }
                }
            }
        }
    }

    private InboundMessage comment(JsonObject c, String mediaId, String parent) {
        return new InboundMessage(Platform.INSTAGRAM, c.getString("id", null), mediaId, parent,
                GraphItems.nested(c, "from", "id"), GraphItems.text(c, "username"), null,
                String.valueOf(GraphItems.text(c, "text")), GraphItems.time(c, "timestamp"), Visibility.PUBLIC,
                c.toString());
    }

    private void readConversations(long since, List<InboundMessage> out) {
        Connection<JsonObject> convs = graph.client().fetchConnection(igUserId + "/conversations", JsonObject.class,
                Parameter.with("platform", "instagram"), Parameter.with("fields", "id,updated_time"),
                Parameter.with("limit", 25));
        for (JsonObject conv : convs.getData()) {
            if (GraphItems.time(conv, "updated_time").getEpochSecond() < since) {
                continue;
            }
            String convId = conv.getString("id", null);
            Connection<JsonObject> msgs = graph.client().fetchConnection(convId + "/messages", JsonObject.class,
                    Parameter.with("fields", "id,message,created_time,from"), Parameter.with("limit", 50));
            for (JsonObject m : msgs.getData()) {
                if (GraphItems.time(m, "created_time").getEpochSecond() >= since) {
                    out.add(new InboundMessage(Platform.INSTAGRAM, m.getString("id", null), convId, null,
                            GraphItems.nested(m, "from", "id"), GraphItems.nested(m, "from", "username"), null,
                            String.valueOf(GraphItems.text(m, "message")), GraphItems.time(m, "created_time"),
                            Visibility.PRIVATE, m.toString()));
                }
            }
        }
    }

    private long since(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return mapper.readTree(cursor).path("since").asLong() - config.overlap().toSeconds();
        } catch (Exception e) {
            return 0;
        }
    }

    @Override
    public SentMessage replyPublic(ReplyTarget target, String text) throws ConnectorException {
        if (target.visibility() == Visibility.PRIVATE) {
            return sendPrivate(target, text);
        }
        try {
            JsonObject res = graph.client().publish(target.externalId() + "/replies", JsonObject.class,
                    Parameter.with("message", text));
            return new SentMessage(res.getString("id", null), target.threadExternalId(), target.externalId(),
                    target.authorId(), Visibility.PUBLIC, "REPLY");
        } catch (RuntimeException e) {
            throw graph.classify("Instagram comment reply", e);
        }
    }

    /**
     * Looks for our post carrying {@code marker}: among the replies in the comment's thread, then in the
     * citizen's Direct conversation.
     */
    @Override
    public Optional<String> findSent(ReplyTarget target, String marker) throws ConnectorException {
        try {
            if (target.visibility() == Visibility.PUBLIC && target.threadExternalId() != null) {
                Connection<JsonObject> comments = graph.client().fetchConnection(target.threadExternalId() + "/comments",
                        JsonObject.class, Parameter.with("fields", COMMENT_FIELDS + ",replies{" + COMMENT_FIELDS + "}"),
                        Parameter.with("limit", 50));
                for (List<JsonObject> page : comments) {
                    for (JsonObject c : page) {
                        JsonValue replies = c.get("replies");
                        if (replies != null && replies.isObject() && replies.asObject().get("data") != null) {
                            for (JsonValue r : replies.asObject().get("data").asArray()) {
                                Optional<String> hit = ours(r.asObject(), "text", marker);
                                if (hit.isPresent()) {
                                    return hit;
                                }
                            }
                        }
                    }
                }
            }
            Connection<JsonObject> convs = graph.client().fetchConnection(igUserId + "/conversations", JsonObject.class,
                    Parameter.with("platform", "instagram"), Parameter.with("fields", "id"), Parameter.with("limit", 25));
            for (JsonObject conv : convs.getData()) {
                Connection<JsonObject> msgs = graph.client().fetchConnection(conv.getString("id", null) + "/messages",
                        JsonObject.class, Parameter.with("fields", "id,message,from"), Parameter.with("limit", 50));
                for (JsonObject m : msgs.getData()) {
                    Optional<String> hit = ours(m, "message", marker);
                    if (hit.isPresent()) {
                        return hit;
                    }
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            throw graph.classify("Instagram search for a sent reply", e);
        }
    }

    private Optional<String> ours(JsonObject o, String textField, String marker) {
        String text = String.valueOf(GraphItems.text(o, textField));
        return igUserId.equals(GraphItems.nested(o, "from", "id")) && text.contains(marker)
                ? Optional.ofNullable(o.getString("id", null)) : Optional.empty();
    }

    @Override
    public SentMessage sendPrivate(ReplyTarget target, String text) throws ConnectorException {
        boolean comment = target.visibility() == Visibility.PUBLIC;
        if (!comment && (target.lastInboundAt() == null
                || target.lastInboundAt().isBefore(Instant.now().minus(Duration.ofHours(24))))) {
            throw new ConnectorException(ConnectorException.Kind.REJECTED,
                    "Instagram 24 saatlik yanıt süresi doldu; vatandaş yeniden yazana kadar mesaj gönderilemez");
        }
        try {
            JsonObject recipient = new JsonObject().add(comment ? "comment_id" : "id",
                    comment ? target.externalId() : target.authorId());
            JsonObject res = graph.client().publish(igUserId + "/messages", JsonObject.class,
                    Parameter.with("recipient", recipient.toString()),
                    Parameter.with("message", new JsonObject().add("text", text).toString()));
            return new SentMessage(res.getString("message_id", null), comment ? null : target.threadExternalId(),
                    target.externalId(), target.authorId(), Visibility.PRIVATE, comment ? "PRIVATE_REPLY" : "TEXT");
        } catch (RuntimeException e) {
            throw graph.classify("Instagram private message", e);
        }
    }
}
