package tr.hemsehri.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.PageSink;
import tr.hemsehri.connector.api.PollPage;
import tr.hemsehri.connector.api.RateLimit;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import twitter4j.HttpParameter;
import twitter4j.HttpResponse;
import twitter4j.PaginationToken;
import twitter4j.Tweet;
import twitter4j.TweetsResponse;
import twitter4j.TwitterException;
import twitter4j.User2;

/**
 * Reads X for {@link XConnector#poll}: the mentions timeline and each recent-search query with {@code since_id}
 * and pagination tokens, then the direct message events, each page handed over with the {@link XCursor} that is
 * safe to save once it is stored.
 */
final class XPolling {
    private static final String TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,lang";
    private static final String MENTIONS = "mentions";
    private static final String DMS = "dm";

    private final XClient client;
    private final ObjectMapper mapper;
    private final ConnectorsConfig config;

    XPolling(XClient client, ObjectMapper mapper, ConnectorsConfig config) {
        this.client = client;
        this.mapper = mapper;
        this.config = config;
    }

    void poll(String cursor, PageSink sink) throws ConnectorException {
        XCursor state = XCursor.parse(mapper, cursor);
        pollStream(MENTIONS, state, sink, (since, token) -> client.v2.getUserMentions(client.ownId, null, "author_id",
                pageSize(), null, token, null, null, since, null, TWEET_FIELDS, null, "username,name"));
        for (String q : client.queries) {
            pollStream("search:" + q, state, sink, (since, token) -> client.v2.searchRecent(q, null, "author_id",
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
                throw client.classify(e);
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
            sink.accept(new PollPage(batch, state.toJson(mapper), XClient.limit(res.getRateLimitStatus())));
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
                HttpResponse res = client.http.get(client.v2Base + "dm_events", params.toArray(new HttpParameter[0]),
                        client.twitter.getAuthorization(), null);
                body = mapper.readTree(res.asString());
                rl = XClient.headerLimit(res.getResponseHeader("x-rate-limit-remaining"),
                        res.getResponseHeader("x-rate-limit-reset"), res.getResponseHeader("x-rate-limit-limit"));
            } catch (TwitterException e) {
                throw client.classify(e);
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
}
