package tr.hemsehri.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Graph API for a Facebook Page: feed (Page and visitor posts), comments of a post ({@code filter=toplevel|stream},
 * {@code order}) and replies of a comment, Messenger conversations (optionally for one {@code user_id}) and their
 * messages,
 * comment replies, private replies ({@code recipient.comment_id}, once per comment) and Messenger sends
 * (refused outside the 24-hour window, like the platform's error 10 / 2018278).
 */
public class FacebookSimulator extends GraphSimServer {
    private final Set<String> privatelyAnswered = ConcurrentHashMap.newKeySet();

    public FacebookSimulator(Scenario scenario, String pageId) {
        super(scenario, pageId);
        String[] posts = {
            "Değerli hemşehrilerimiz, Karşıyaka ve Bostanlı'da yarın 09.00-15.00 arası planlı su kesintisi yapılacaktır.",
            "Bornova'da asfalt yenileme çalışmalarımız sürüyor. Anlayışınız için teşekkür ederiz.",
            "Sokak hayvanları için mama ve su noktalarımızı artırıyoruz. Yaralı hayvan bildirimlerinizi bekliyoruz."};
        for (String text : posts) {
            String id = pageId + "_" + seq.incrementAndGet();
            items.add(new SimItem(id, seq.get(), "PAGEPOST", id, null, pageId, "hemsehri", "Hemşehri Belediyesi",
                    text, now().minus(Duration.ofHours(3)), true, Map.of()));
        }
    }

    @Override
    public String name() {
        return "Facebook";
    }

    @Override
    protected synchronized SimItem create(Scenario.Line line) {
        String author = userIdOf(line.handle());
        long n = seq.incrementAndGet();
        SimItem item;
        switch (line.kind()) {
            case "POST" -> {
                String id = ownId + "_" + n;
                item = new SimItem(id, n, "POST", id, null, author, null, line.name(), line.text(), now(), false,
                        Map.of());
            }
            case "REPLY" -> {
                SimItem parent = latest("COMMENT");
                if (parent == null) {
                    return create(new Scenario.Line("COMMENT", line.handle(), line.name(), line.text()));
                }
                item = new SimItem(parent.threadId().split("_")[1] + "_" + n, n, "REPLY", parent.threadId(),
                        parent.id(), author, null, line.name(), line.text(), now(), false, Map.of());
            }
            case "DM" -> item = new SimItem("m_" + n, n, "DM", "t_" + author, null, author, null, line.name(),
                    line.text(), now(), false, Map.of());
            default -> {
                List<SimItem> posts = items.stream().filter(i -> i.kind().equals("PAGEPOST")).toList();
                SimItem post = posts.get(random.nextInt(posts.size()));
                item = new SimItem(post.id().split("_")[1] + "_" + n, n, "COMMENT", post.id(), post.id(), author,
                        null, line.name(), line.text(), now(), false, Map.of());
            }
        }
        items.add(item);
        return item;
    }

    private SimItem latest(String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).max(Comparator.comparingLong(SimItem::seq))
                .orElse(null);
    }

    @Override
    protected Response graph(Request req, String[] p) throws IOException {
        boolean get = req.method().equals("GET");
        if (get && p.length == 2 && p[0].equals(ownId) && p[1].equals("feed")) {
            long since = since(req);
            return connection(req, newestFirst(i -> (i.kind().equals("PAGEPOST") || i.kind().equals("POST"))
                    && i.createdAt().getEpochSecond() >= since), this::post, 25);
        }
        if (get && p.length == 2 && p[1].equals("comments")) {
            // On a post: top-level comments (filter=toplevel, the default) or all of them, replies included
            // (filter=stream). On a comment: the replies under it. Chronological unless order=reverse_chronological.
            long since = since(req);
            boolean onPost = items.stream().anyMatch(i -> i.id().equals(p[0]) && i.id().equals(i.threadId()));
            boolean stream = "stream".equals(req.q("filter"));
            List<SimItem> list = items.stream().filter(i -> (i.kind().equals("COMMENT") || i.kind().equals("REPLY")
                    || i.kind().equals("OURS")) && i.createdAt().getEpochSecond() >= since
                    && (onPost ? p[0].equals(i.threadId()) && (stream || p[0].equals(i.parentId()))
                            : p[0].equals(i.parentId())))
                    .sorted("reverse_chronological".equals(req.q("order"))
                            ? Comparator.comparingLong(SimItem::seq).reversed() : Comparator.comparingLong(SimItem::seq))
                    .toList();
            return connection(req, list, this::comment, 25);
        }
        if (get && p.length == 2 && p[0].equals(ownId) && p[1].equals("conversations")) {
            // user_id narrows the list to the conversation with that person (PSID), as on the Graph API
            String user = req.q("user_id");
            Map<String, SimItem> latestByConv = new LinkedHashMap<>();
            newestFirst(i -> i.kind().equals("DM") && (user == null || i.threadId().equals("t_" + user)))
                    .forEach(i -> latestByConv.putIfAbsent(i.threadId(), i));
            return connection(req, List.copyOf(latestByConv.values()), i -> Map.of("id", i.threadId(),
                    "updated_time", time(i.createdAt())), 25);
        }
        if (get && p.length == 2 && p[1].equals("messages")) {
            return connection(req, newestFirst(i -> i.kind().equals("DM") && p[0].equals(i.threadId())),
                    this::message, 25);
        }
        if (!get && p.length == 2 && p[1].equals("comments")) {
            return replyToComment(p[0], req.q("message"));
        }
        if (!get && p.length == 2 && p[0].equals(ownId) && p[1].equals("messages")) {
            return send(mapper.readTree(req.q("recipient")), mapper.readTree(req.q("message")));
        }
        return error(400, 100, 33, "Unsupported request - method type: " + req.method().toLowerCase());
    }

    private List<SimItem> newestFirst(java.util.function.Predicate<SimItem> p) {
        return items.stream().filter(p).sorted(Comparator.comparingLong(SimItem::seq).reversed()).toList();
    }

    private Map<String, Object> post(SimItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("message", i.text());
        m.put("created_time", time(i.createdAt()));
        m.put("updated_time", time(i.createdAt()));
        m.put("from", Map.of("id", i.authorId(), "name", i.authorName()));
        return m;
    }

    private Map<String, Object> comment(SimItem i) {
        Map<String, Object> m = post(i);
        m.remove("updated_time");
        if (i.kind().equals("REPLY") || (i.parentId() != null && !i.parentId().equals(i.threadId()))) {
            m.put("parent", Map.of("id", i.parentId()));
        }
        return m;
    }

    private Map<String, Object> message(SimItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("message", i.text());
        m.put("created_time", time(i.createdAt()));
        m.put("from", Map.of("id", i.authorId(), "name", i.authorName()));
        return m;
    }

    private synchronized Response replyToComment(String commentId, String text) {
        SimItem target = items.stream().filter(i -> i.id().equals(commentId)).findFirst().orElse(null);
        if (target == null) {
            return error(400, 100, 33, "Object with ID '" + commentId + "' does not exist");
        }
        // Facebook threads one level deep: a reply to a reply lands under the top-level comment.
        String parent = target.kind().equals("REPLY") ? target.parentId() : target.id();
        long n = seq.incrementAndGet();
        String id = target.threadId().split("_")[1] + "_" + n;
        items.add(new SimItem(id, n, "OURS", target.threadId(), parent, ownId, "hemsehri", "Hemşehri Belediyesi",
                text, now(), true, Map.of()));
        received.add(new LinkedHashMap<>(Map.of("type", "comment_reply", "id", id, "in_reply_to", commentId,
                "text", text)));
        return Response.json(200, json(Map.of("id", id)));
    }

    private synchronized Response send(JsonNode recipient, JsonNode message) {
        String text = message.path("text").asText("");
        long n = seq.incrementAndGet();
        if (recipient.has("comment_id")) {
            String commentId = recipient.path("comment_id").asText();
            SimItem c = items.stream().filter(i -> i.id().equals(commentId)).findFirst().orElse(null);
            if (c == null || !privatelyAnswered.add(commentId)) {
                return error(400, 10900, null, "Activity already replied to");
            }
            items.add(new SimItem("m_" + n, n, "DM", "t_" + c.authorId(), null, ownId, "hemsehri",
                    "Hemşehri Belediyesi", text, now(), true, Map.of()));
            received.add(new LinkedHashMap<>(Map.of("type", "private_reply", "id", "m_" + n, "comment_id",
                    commentId, "text", text)));
            return Response.json(200, json(Map.of("recipient_id", c.authorId(), "message_id", "m_" + n)));
        }
        String psid = recipient.path("id").asText();
        Instant last = items.stream().filter(i -> i.kind().equals("DM") && !i.ours() && i.authorId().equals(psid))
                .map(SimItem::createdAt).max(Comparator.naturalOrder()).orElse(null);
        if (last == null || last.isBefore(now().minus(Duration.ofHours(24)))) {
            return error(400, 10, 2018278, "(#10) This message is sent outside of allowed window.");
        }
        items.add(new SimItem("m_" + n, n, "DM", "t_" + psid, null, ownId, "hemsehri", "Hemşehri Belediyesi", text,
                now(), true, Map.of()));
        received.add(new LinkedHashMap<>(Map.of("type", "messenger", "id", "m_" + n, "to", psid, "text", text)));
        return Response.json(200, json(Map.of("recipient_id", psid, "message_id", "m_" + n)));
    }
}
