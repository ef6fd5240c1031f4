package tr.hemsehri.connector.facebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.restfb.Connection;
import com.restfb.Parameter;
import com.restfb.json.JsonObject;
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
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.simulator.SimulatorLauncher;

/**
 * A Facebook Page through restfb: visitor posts, comments and replies under recent Page posts, and Messenger
 * conversations. The cursor is the newest item time seen (epoch seconds); each poll re-reads from a little
 * before it ({@code overlap}), and dedup on the item id absorbs the repeats. Replies go under the comment;
 * private replies use {@code recipient.comment_id}; Messenger answers only inside the 24-hour window.
 */
@ApplicationScoped
public class FacebookConnector implements Connector {
    private static final Logger LOG = Logger.getLogger(FacebookConnector.class);
    static final Duration MESSAGING_WINDOW = Duration.ofHours(24);

    @Inject
    ConnectorsConfig config;
    @Inject
    SimulatorLauncher simulators;
    @Inject
    ObjectMapper mapper;

    private volatile ChannelSpec channel;
    private GraphClient graph;
    private String pageId;

    @Override
    public Platform platform() {
        return Platform.FACEBOOK;
    }

    @Override
    public ChannelSpec channel() {
        return channel;
    }

    @Override
    public synchronized ChannelSpec open() {
        ConnectorsConfig.Facebook cfg = config.facebook();
        if (!cfg.enabled()) {
            return null;
        }
        Optional<Secret> token = Secret.of(cfg.pageToken());
        String url = cfg.graphUrl();
        String id = cfg.pageId().orElse(null);
        Secret appSecret = Secret.of(cfg.appSecret()).orElse(null);
        boolean simulated = false;
        if (token.isEmpty() || id == null) {
            if (!simulators.enabled()) {
                return null;
            }
            url = simulators.facebook().baseUrl();
            id = SimulatorLauncher.FACEBOOK_PAGE_ID;
            token = Optional.of(Secret.of(SimulatorLauncher.TOKEN));
            appSecret = null;
            simulated = true;
        }
        graph = new GraphClient(url, token.get(), appSecret, config.httpTimeout());
        pageId = id;
        channel = new ChannelSpec(Platform.FACEBOOK, id, cfg.pageName(), id, false, simulated);
        LOG.infof("Facebook channel %s %s", cfg.pageName(), simulated ? "on the simulator at " + url : "on the Graph API");
        return channel;
    }

    @Override
    public void poll(String cursor, PageSink sink) throws ConnectorException {
        long since = since(cursor);
        long[] newest = {since};
        List<InboundMessage> out = new ArrayList<>();
        try {
            Connection<JsonObject> feed = graph.client().fetchConnection(pageId + "/feed", JsonObject.class,
                    Parameter.with("fields", "id,message,created_time,updated_time,from"),
                    Parameter.with("limit", config.facebook().postLimit()));
            for (JsonObject post : feed.getData()) {
                Instant created = GraphItems.time(post, "created_time");
                if (created.getEpochSecond() >= since && GraphItems.text(post, "message") != null) {
                    out.add(message(post, post.getString("id", null), null, "message", "created_time",
                            Visibility.PUBLIC));
                }
                readComments(post.getString("id", null), since, out);
            }
            readConversations(since, out);
        } catch (RuntimeException e) {
            throw graph.classify("Facebook poll", e);
        }
        out.forEach(m -> newest[0] = Math.max(newest[0], m.createdAt().getEpochSecond()));
        sink.accept(new PollPage(out, "{\"since\":" + newest[0] + "}", graph.usage()));
    }

    private void readComments(String postId, long since, List<InboundMessage> out) {
        Connection<JsonObject> comments = graph.client().fetchConnection(postId + "/comments", JsonObject.class,
                Parameter.with("fields", "id,message,created_time,from,parent{id}"),
                Parameter.with("filter", "stream"), Parameter.with("order", "chronological"),
                Parameter.with("since", since), Parameter.with("limit", config.facebook().commentPageSize()));
        for (List<JsonObject> page : comments) {
            for (JsonObject c : page) {
                String parent = GraphItems.nested(c, "parent", "id");
                out.add(message(c, postId, parent != null ? parent : postId, "message", "created_time",
                        Visibility.PUBLIC));
            }
        }
    }

    private void readConversations(long since, List<InboundMessage> out) {
        Connection<JsonObject> convs = graph.client().fetchConnection(pageId + "/conversations", JsonObject.class,
                Parameter.with("platform", "messenger"), Parameter.with("fields", "id,updated_time"),
                Parameter.with("limit", 25));
        for (JsonObject conv : convs.getData()) {
            if (GraphItems.time(conv, "updated_time").getEpochSecond() < since) {
                continue;
            }
            String convId = conv.getString("id", null);
            Connection<JsonObject> msgs = graph.client().fetchConnection(convId + "/messages", JsonObject.class,
                    Parameter.with("fields", "id,message,created_time,from"), Parameter.with("limit", 50));
            pages:
            for (List<JsonObject> page : msgs) {
                boolean older = false;
                for (JsonObject m : page) {
                    if (GraphItems.time(m, "created_time").getEpochSecond() < since) {
                        older = true;
                        continue;
                    }
                    out.add(message(m, convId, null, "message", "created_time", Visibility.PRIVATE));
                }
                if (older) {
                    break pages;
                }
            }
        }
    }

    private InboundMessage message(JsonObject o, String thread, String parent, String textField, String timeField,
            Visibility visibility) {
        return new InboundMessage(Platform.FACEBOOK, o.getString("id", null), thread, parent,
                GraphItems.nested(o, "from", "id"), null, GraphItems.nested(o, "from", "name"),
                String.valueOf(GraphItems.text(o, textField)), GraphItems.time(o, timeField), visibility, o.toString());
    }

    private long since(String cursor) {
        long overlap = config.overlap().toSeconds();
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return mapper.readTree(cursor).path("since").asLong() - overlap;
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
            JsonObject res = graph.client().publish(target.externalId() + "/comments", JsonObject.class,
                    Parameter.with("message", text));
            return new SentMessage(res.getString("id", null), target.threadExternalId(), target.externalId(),
                    target.authorId(), Visibility.PUBLIC, "REPLY");
        } catch (RuntimeException e) {
            throw graph.classify("Facebook comment reply", e);
        }
    }

    /**
     * Looks for our post carrying {@code marker}. Public: the replies under the comment
     * ({@code /{comment-id}/comments}), then every comment of the post ({@code /{post-id}/comments?filter=stream},
     * newest first), because Facebook threads one level deep and an answer to a reply lands under the top-level
     * comment. Private: the Messenger conversation of a direct message, or for a private reply to a comment the
     * conversation with the commenter ({@code /{page-id}/conversations?user_id=}) and then the most recently
     * updated conversations (a commenter's id is not always their Messenger PSID). Only messages from our Page
     * count. Both sides are searched because the outbox may have sent either.
     */
    @Override
    public Optional<String> findSent(ReplyTarget target, String marker) throws ConnectorException {
        try {
            if (target.visibility() == Visibility.PUBLIC) {
                List<String> under = new ArrayList<>();
                under.add(target.externalId());
                if (target.threadExternalId() != null && !target.threadExternalId().equals(target.externalId())) {
                    under.add(target.threadExternalId());
                }
                for (String objectId : under) {
                    Optional<String> hit = findComment(objectId, marker);
                    if (hit.isPresent()) {
                        return hit;
                    }
                }
            }
            List<String> conversations = new ArrayList<>();
            if (target.visibility() == Visibility.PRIVATE && target.threadExternalId() != null) {
                conversations.add(target.threadExternalId());
            }
            if (target.authorId() != null) {
                Connection<JsonObject> withUser = graph.client().fetchConnection(pageId + "/conversations",
                        JsonObject.class, Parameter.with("platform", "messenger"),
                        Parameter.with("user_id", target.authorId()), Parameter.with("fields", "id"));
                withUser.getData().forEach(c -> conversations.add(c.getString("id", null)));
            }
            for (String conv : conversations) {
                Optional<String> hit = findMessage(conv, marker);
                if (hit.isPresent()) {
                    return hit;
                }
            }
            Connection<JsonObject> recent = graph.client().fetchConnection(pageId + "/conversations", JsonObject.class,
                    Parameter.with("platform", "messenger"), Parameter.with("fields", "id,updated_time"),
                    Parameter.with("limit", 25));
            for (JsonObject conv : recent.getData()) {
                String id = conv.getString("id", null);
                if (!conversations.contains(id)) {
                    Optional<String> hit = findMessage(id, marker);
                    if (hit.isPresent()) {
                        return hit;
                    }
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            throw graph.classify("Facebook search for a sent reply", e);
        }
    }

    private Optional<String> findComment(String objectId, String marker) {
        Connection<JsonObject> comments = graph.client().fetchConnection(objectId + "/comments", JsonObject.class,
                Parameter.with("fields", "id,message,created_time,from"), Parameter.with("filter", "stream"),
                Parameter.with("order", "reverse_chronological"), Parameter.with("limit", 100));
        int pages = 0;
        for (List<JsonObject> page : comments) {
            for (JsonObject c : page) {
                if (ours(c, marker)) {
                    return Optional.ofNullable(c.getString("id", null));
                }
            }
            if (++pages >= 50) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The conversation's messages, newest first; our answer is recent, so a few pages suffice. */
    private Optional<String> findMessage(String conversationId, String marker) {
        Connection<JsonObject> msgs = graph.client().fetchConnection(conversationId + "/messages", JsonObject.class,
                Parameter.with("fields", "id,message,created_time,from"), Parameter.with("limit", 50));
        int pages = 0;
        for (List<JsonObject> page : msgs) {
            for (JsonObject m : page) {
                if (ours(m, marker)) {
                    return Optional.ofNullable(m.getString("id", null));
                }
            }
            if (++pages >= 4) {
                break;
            }
        }
        return Optional.empty();
    }

    private boolean ours(JsonObject o, String marker) {
        String text = GraphItems.text(o, "message");
        return text != null && text.contains(marker) && pageId.equals(GraphItems.nested(o, "from", "id"));
    }

    @Override
    public SentMessage sendPrivate(ReplyTarget target, String text) throws ConnectorException {
        boolean comment = target.visibility() == Visibility.PUBLIC;
        if (!comment && (target.lastInboundAt() == null
                || target.lastInboundAt().isBefore(Instant.now().minus(MESSAGING_WINDOW)))) {
            throw new ConnectorException(ConnectorException.Kind.REJECTED,
                    "Messenger 24 saatlik yanıt süresi doldu; vatandaş yeniden yazana kadar mesaj gönderilemez");
        }
        try {
            JsonObject recipient = new JsonObject();
            recipient.add(comment ? "comment_id" : "id", comment ? target.externalId() : target.authorId());
            JsonObject message = new JsonObject().add("text", text);
            JsonObject res = graph.client().publish(pageId + "/messages", JsonObject.class,
                    Parameter.with("recipient", recipient.toString()), Parameter.with("message", message.toString()),
                    Parameter.with("messaging_type", "RESPONSE"));
            return new SentMessage(res.getString("message_id", null), comment ? null : target.threadExternalId(),
                    target.externalId(), target.authorId(), Visibility.PRIVATE, comment ? "PRIVATE_REPLY" : "TEXT");
        } catch (RuntimeException e) {
            throw graph.classify("Facebook private message", e);
        }
    }
}
