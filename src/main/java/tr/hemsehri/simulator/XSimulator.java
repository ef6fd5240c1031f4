package tr.hemsehri.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The X API v2 surface the connector uses: mentions timeline, recent search, a user's Tweet timeline
 * ({@code /2/users/:id/tweets}), posting a tweet (reply), direct messages in and out, all DM events and the DM
 * events of one 1:1 conversation ({@code /2/dm_conversations/with/:id/dm_events}), with {@code x-rate-limit-*}
 * headers on every answer. Ids grow with time like snowflakes,
 * so {@code since_id} works as on X.
 */
public class XSimulator extends SimServer {
    private static final long ID_BASE = 1_790_000_000_000_000_000L;
    private static final int WINDOW_LIMIT = 450;

    private final String ownUserId;
    private final String ownHandle;
    private final AtomicInteger remaining = new AtomicInteger(WINDOW_LIMIT);
    /** X writes every time with milliseconds ("...:40.000Z"); ISO_INSTANT drops a zero fraction, which twitter4j rejects. */
    private static final DateTimeFormatter X_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);
    private volatile Instant windowReset = Instant.now().plus(15, ChronoUnit.MINUTES);

    public XSimulator(Scenario scenario, String ownUserId, String ownHandle) {
        super(scenario);
        this.ownUserId = ownUserId;
        this.ownHandle = ownHandle;
    }

    @Override
    public String name() {
        return "X";
    }

    public static String authorId(String handle) {
        return Long.toString(1_000_000_000L + Math.floorMod(handle.hashCode(), 900_000_000));
    }

    @Override
    protected synchronized SimItem create(Scenario.Line line) {
        String id = Long.toString(ID_BASE + seq.incrementAndGet() * 4096);
        String text = line.text().replace("@kurum", "@" + ownHandle);
        String thread = id;
        String parent = null;
        String kind = line.kind();
        if (kind.equals("REPLY")) {
            SimItem own = latest(i -> i.kind().equals("MENTION") && i.authorHandle().equals(line.handle()));
            SimItem root = own != null ? own : latest(i -> i.kind().equals("MENTION"));
            if (root == null) {
                kind = "MENTION";
            } else {
                thread = root.threadId();
                parent = latest(i -> i.threadId().equals(root.threadId())).id();
            }
        }
        if (kind.equals("DM")) {
            thread = dmConversation(authorId(line.handle()));
        }
        SimItem item = new SimItem(id, seq.get(), kind, thread, parent, authorId(line.handle()), line.handle(),
                line.name(), text, now(), false, Map.of());
        items.add(item);
        return item;
    }

    private String dmConversation(String userId) {
        return ownUserId + "-" + userId;
    }

    private SimItem latest(java.util.function.Predicate<SimItem> p) {
        SimItem best = null;
        for (SimItem i : items) {
            if (p.test(i) && (best == null || i.seq() > best.seq())) {
                best = i;
            }
        }
        return best;
    }

    @Override
    protected Response route(Request req) throws IOException {
        if (req.headers().get("authorization") == null) {
            return authError();
        }
        String p = req.path().replaceFirst("^/2/", "/");
        Response res;
        if (req.method().equals("GET") && p.matches("/users/[^/]+/mentions")) {
            String user = p.split("/")[2];
            res = timeline(req, items.stream().filter(i -> !i.ours() && user.equals(ownUserId)
                    && (i.kind().equals("MENTION") || i.kind().equals("REPLY"))).toList());
        } else if (req.method().equals("GET") && p.matches("/users/[^/]+/tweets")) {
            // the user Tweet timeline: everything the user posted (replies included), newest first
            String user = p.split("/")[2];
            res = timeline(req, items.stream().filter(i -> user.equals(i.authorId()) && !i.kind().equals("DM"))
                    .toList());
        } else if (req.method().equals("GET") && p.equals("/tweets/search/recent")) {
            List<String> terms = terms(req.q("query"));
            res = timeline(req, items.stream().filter(i -> !i.kind().equals("DM") && matches(i.text(), terms))
                    .toList());
        } else if (req.method().equals("POST") && p.equals("/tweets")) {
            res = postTweet(mapper.readTree(req.body()));
        } else if (req.method().equals("POST") && p.matches("/dm_conversations/with/[^/]+/messages")) {
            res = sendDm(p.split("/")[3], mapper.readTree(req.body()));
        } else if (req.method().equals("GET") && p.equals("/dm_events")) {
            res = dmEvents(req, i -> true);
        } else if (req.method().equals("GET") && p.matches("/dm_conversations/with/[^/]+/dm_events")) {
            String conv = dmConversation(p.split("/")[3]);
            res = dmEvents(req, i -> conv.equals(i.threadId()));
        } else {
            res = Response.json(404, "{\"title\":\"Not Found Error\",\"detail\":\"" + p + "\"}");
        }
        return withLimits(res);
    }

    /** Sets the calls left in the current window (tests of our slow-down near the limit). */
    public void remaining(int calls) {
        remaining.set(calls);
    }

    private Response withLimits(Response res) {
        if (Instant.now().isAfter(windowReset)) {
            windowReset = Instant.now().plus(15, ChronoUnit.MINUTES);
            remaining.set(WINDOW_LIMIT);
        }
        res.headers().put("x-rate-limit-limit", Integer.toString(WINDOW_LIMIT));
        res.headers().put("x-rate-limit-remaining", Integer.toString(Math.max(0, remaining.decrementAndGet())));
        res.headers().put("x-rate-limit-reset", Long.toString(windowReset.getEpochSecond()));
        return res;
    }

    private Response timeline(Request req, List<SimItem> candidates) {
        long since = req.q("since_id") == null ? 0 : Long.parseLong(req.q("since_id"));
        List<SimItem> newer = new ArrayList<>(candidates.stream().filter(i -> Long.parseLong(i.id()) > since)
                .sorted(Comparator.comparingLong(SimItem::seq).reversed()).toList());
        int max = req.q("max_results") == null ? 10 : Integer.parseInt(req.q("max_results"));
        // the mentions timeline pages with pagination_token, recent search with next_token (as on X)
        String token = req.q("pagination_token") != null ? req.q("pagination_token") : req.q("next_token");
        int offset = token == null ? 0 : Integer.parseInt(token.substring(1));
        Slice slice = page(newer, offset, max);
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("result_count", slice.items().size());
        if (!slice.items().isEmpty()) {
            body.put("data", slice.items().stream().map(this::tweetJson).toList());
            body.put("includes", Map.of("users", slice.items().stream().map(SimItem::authorHandle).distinct()
                    .map(h -> user(h)).toList()));
            meta.put("newest_id", slice.items().stream().map(SimItem::id).max(Comparator.comparingLong(Long::parseLong))
                    .get());
            meta.put("oldest_id", slice.items().stream().map(SimItem::id).min(Comparator.comparingLong(Long::parseLong))
                    .get());
        }
        if (slice.nextOffset() > 0) {
            meta.put("next_token", "t" + slice.nextOffset());
        }
        body.put("meta", meta);
        for (SimItem i : slice.items()) {
            served(i);
        }
        return Response.json(200, json(body));
    }

    /** Hook for subclasses and tests; the served record is the request count. */
    protected void served(SimItem item) {
    }

    private Map<String, Object> user(String handle) {
        SimItem any = items.stream().filter(i -> handle.equals(i.authorHandle())).findFirst().orElse(null);
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("id", any == null ? authorId(handle) : any.authorId());
        u.put("name", any == null ? handle : any.authorName());
        u.put("username", handle);
        return u;
    }

    private Map<String, Object> tweetJson(SimItem i) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", i.id());
        t.put("text", i.text());
        t.put("author_id", i.authorId());
        t.put("created_at", X_TIME.format(i.createdAt()));
        t.put("conversation_id", i.threadId());
        t.put("lang", "tr");
        t.put("edit_history_tweet_ids", List.of(i.id()));
        if (i.parentId() != null) {
            t.put("referenced_tweets", List.of(Map.of("type", "replied_to", "id", i.parentId())));
        }
        return t;
    }

    private synchronized Response postTweet(JsonNode body) {
        String text = body.path("text").asText("");
        String parentId = body.path("reply").path("in_reply_to_tweet_id").asText(null);
        SimItem parent = parentId == null ? null : items.stream().filter(i -> i.id().equals(parentId)).findFirst()
                .orElse(null);
        if (parentId != null && parent == null) {
            return Response.json(400, "{\"title\":\"Invalid Request\",\"detail\":\"in_reply_to_tweet_id not found\"}");
        }
        String id = Long.toString(ID_BASE + seq.incrementAndGet() * 4096);
        items.add(new SimItem(id, seq.get(), "OURS", parent == null ? id : parent.threadId(), parentId, ownUserId,
                ownHandle, ownHandle, text, now(), true, Map.of()));
        received.add(new LinkedHashMap<>(Map.of("type", "tweet", "id", id, "in_reply_to", String.valueOf(parentId),
                "text", text)));
        return Response.json(201, json(Map.of("data", Map.of("id", id, "text", text,
                "edit_history_tweet_ids", List.of(id)))));
    }

    private synchronized Response sendDm(String participant, JsonNode body) {
        String text = body.path("text").asText("");
        String id = Long.toString(ID_BASE + seq.incrementAndGet() * 4096);
        String conv = dmConversation(participant);
        items.add(new SimItem(id, seq.get(), "DM", conv, null, ownUserId, ownHandle, ownHandle, text, now(), true,
                Map.of("recipient", participant)));
        received.add(new LinkedHashMap<>(Map.of("type", "dm", "id", id, "to", participant, "text", text)));
        return Response.json(201, json(Map.of("data", Map.of("dm_conversation_id", conv, "dm_event_id", id))));
    }

    private Response dmEvents(Request req, java.util.function.Predicate<SimItem> which) {
        List<SimItem> dms = new ArrayList<>(items.stream().filter(i -> i.kind().equals("DM") && which.test(i))
                .sorted(Comparator.comparingLong(SimItem::seq).reversed()).toList());
        int max = req.q("max_results") == null ? 100 : Integer.parseInt(req.q("max_results"));
        int offset = req.q("pagination_token") == null ? 0 : Integer.parseInt(req.q("pagination_token").substring(1));
        Slice slice = page(dms, offset, max);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", slice.items().stream().map(i -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", i.id());
            e.put("event_type", "MessageCreate");
            e.put("text", i.text());
            e.put("sender_id", i.authorId());
            e.put("dm_conversation_id", i.threadId());
            e.put("created_at", X_TIME.format(i.createdAt()));
            return e;
        }).toList());
        body.put("includes", Map.of("users", slice.items().stream().map(SimItem::authorHandle).distinct()
                .map(this::user).toList()));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("result_count", slice.items().size());
        if (slice.nextOffset() > 0) {
            meta.put("next_token", "t" + slice.nextOffset());
        }
        body.put("meta", meta);
        return Response.json(200, json(body));
    }

    private static List<String> terms(String query) {
        List<String> out = new ArrayList<>();
        if (query == null) {
            return out;
        }
        for (String t : query.replace("(", " ").replace(")", " ").split("\\s+")) {
            if (t.isBlank() || t.equals("OR") || t.startsWith("-") || t.contains(":")) {
                continue;
            }
            out.add(fold(t.replace("#", "").replace("@", "").replace("\"", "")));
        }
        return out;
    }

    private static boolean matches(String text, List<String> terms) {
        String f = fold(text);
        return terms.stream().anyMatch(t -> !t.isEmpty() && f.contains(t));
    }

    private static String fold(String s) {
        return s.toLowerCase(new Locale("tr")).replace('ı', 'i').replace('ş', 's').replace('ğ', 'g')
                .replace('ü', 'u').replace('ö', 'o').replace('ç', 'c');
    }

    @Override
    protected Response authError() {
        return Response.json(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
                + "\"detail\":\"Unauthorized\"}");
    }

    @Override
    protected Response rateLimited() {
        Response r = Response.json(429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\","
                + "\"type\":\"about:blank\",\"status\":429}");
        r.headers().put("x-rate-limit-limit", Integer.toString(WINDOW_LIMIT));
        r.headers().put("x-rate-limit-remaining", "0");
        r.headers().put("x-rate-limit-reset", Long.toString(Instant.now().plusSeconds(2).getEpochSecond()));
        return r;
    }

    @Override
    protected Response serverError() {
        return Response.json(500, "{\"title\":\"Internal Server Error\",\"status\":500}");
    }
}
