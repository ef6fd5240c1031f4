package tr.hemsehri.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.ReplyTarget;
import twitter4j.HttpParameter;
import twitter4j.HttpResponse;
import twitter4j.PaginationToken;
import twitter4j.Tweet;
import twitter4j.TweetsResponse;
import twitter4j.TwitterException;

/** Finds a post of ours on X after a crash left it unrecorded: {@link XConnector#findSent}. */
final class XSentLookup {
    private final XClient client;
    private final ObjectMapper mapper;

    XSentLookup(XClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    /**
     * Looks for our post carrying {@code marker}. A reply is a tweet of ours newer than the tweet it answers
     * (ids are time-ordered snowflakes), so our own timeline ({@code GET /2/users/:id/tweets}) is read with
     * {@code since_id} = the citizen's tweet; unlike recent search it has no indexing delay. A direct message is
     * looked for in the 1:1 conversation with the citizen ({@code GET /2/dm_conversations/with/:id/dm_events}),
     * newest first, down to the citizen's message. Both are read because the outbox may have sent either.
     */
    Optional<String> findSent(ReplyTarget target, String marker) throws ConnectorException {
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
                res = client.v2.getUserTweets(client.ownId, null, null, null, 100, null, token, null, null, sinceId,
                        null, "created_at,author_id,conversation_id,referenced_tweets", null, null);
            } catch (TwitterException e) {
                throw client.classify(e);
            } catch (RuntimeException e) {
                throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "X timeline unreadable: " + e, e);
            }
            for (Tweet t : res.getTweets()) {
                if (carries(t.getText(), marker) && (t.getAuthorId() == null || t.getAuthorId() == client.ownId)) {
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
        String own = Long.toString(client.ownId);
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
                HttpResponse res = client.http.get(
                        client.v2Base + "dm_conversations/with/" + participant + "/dm_events",
                        params.toArray(new HttpParameter[0]), client.twitter.getAuthorization(), null);
                body = mapper.readTree(res.asString());
            } catch (TwitterException e) {
                throw client.classify(e);
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
}
