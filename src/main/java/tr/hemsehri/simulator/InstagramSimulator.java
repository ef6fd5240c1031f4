package tr.hemsehri.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Graph API for an Instagram professional account: its media, comments with nested replies, media it is
 * tagged in (mentions), Instagram direct conversations, comment replies and private replies / DMs.
 */
public class InstagramSimulator extends GraphSimServer {
    private final String username;
    private final Set<String> privatelyAnswered = ConcurrentHashMap.newKeySet();

    public InstagramSimulator(Scenario scenario, String igUserId, String username) {
        super(scenario, igUserId);
        this.username = username;
        String[] media = {
            "Yeni parkımız Buca Şirinyer'de hizmete açıldı 🌳 #izmir #park",
            "Bostanlı sahilinde bisiklet yolu çalışmalarımız tamamlandı 🚲",
            "Konak Alsancak'ta gece temizlik ekiplerimiz iş başında 🧹"};
        for (String caption : media) {
            String id = Long.toString(18_000_000_000_000_000L + seq.incrementAndGet());
            items.add(new SimItem(id, seq.get(), "MEDIA", id, null, igUserId, username, username, caption,
                    now().minus(Duration.ofHours(5)), true, Map.of()));
        }
    }

    @Override
    public String name() {
        return "Instagram";
    }

    private String newId() {
        return Long.toString(17_900_000_000_000_000L + seq.incrementAndGet());
    }

    @Override
    protected synchronized SimItem create(Scenario.Line line) {
        String author = userIdOf(line.handle());
        String id = newId();
        long n = seq.get();
        SimItem item;
        switch (line.kind()) {
            case "TAG" -> item = new SimItem(id, n, "TAG", id, null, author, line.handle(), line.name(),
                    line.text().replace("@kurum", "@" + username), now(), false, Map.of());
            case "DM" -> item = new SimItem("ig_m_" + n, n, "DM", "ig_t_" + author, null, author, line.handle(),
                    line.name(), line.text(), now(), false, Map.of());
            case "REPLY" -> {
                SimItem parent = items.stream().filter(i -> i.kind().equals("COMMENT"))
                        .max(Comparator.comparingLong(SimItem::seq)).orElse(null);
                if (parent == null) {
                    return create(new Scenario.Line("COMMENT", line.handle(), line.name(), line.text()));
                }
                item = new SimItem(id, n, "REPLY", parent.threadId(), parent.id(), author, line.handle(),
                        line.name(), line.text(), now(), false, Map.of());
            }
            default -> {
                List<SimItem> media = items.stream().filter(i -> i.kind().equals("MEDIA")).toList();
                SimItem m = media.get(random.nextInt(media.size()));
                item = new SimItem(id, n, "COMMENT", m.id(), m.id(), author, line.handle(), line.name(),
                        line.text(), now(), false, Map.of());
            }
        }
        items.add(item);
        return item;
    }

    @Override
    protected Response graph(Request req, String[] p) throws IOException {
        boolean get = req.method().equals("GET");
        if (get && p.length == 2 && p[0].equals(ownId) && p[1].equals("media")) {
            return connection(req, newestFirst(i -> i.kind().equals("MEDIA")), this::media, 25);
        }
        if (get && p.length == 2 && p[0].equals(ownId) && p[1].equals("tags")) {
            return connection(req, newestFirst(i -> i.kind().equals("TAG")), this::media, 25);
        }
        if (get && p.length == 2 && p[1].equals("comments")) {
            List<SimItem> top = items.stream().filter(i -> p[0].equals(i.threadId()) && p[0].equals(i.parentId()))
                    .sorted(Comparator.comparingLong(SimItem::seq).reversed()).toList();
            return connection(req, top, this::comment, 50);
        }
        if (get && p.length == 2 && p[0].equals(ownId) && p[1].equals("conversations")) {
            Map<String, SimItem> byConv = new LinkedHashMap<>();
            newestFirst(i -> i.kind().equals("DM")).forEach(i -> byConv.putIfAbsent(i.threadId(), i));
            return connection(req, List.copyOf(byConv.values()), i -> Map.of("id", i.threadId(),
                    "updated_time", time(i.createdAt())), 25);
        }
        if (get && p.length == 2 && p[1].equals("messages")) {
            return connection(req, newestFirst(i -> i.kind().equals("DM") && p[0].equals(i.threadId())),
                    i -> Map.of("id", i.id(), "message", i.text(), "created_time", time(i.createdAt()),
                            "from", Map.of("id", i.authorId(), "username", i.authorHandle())), 25);
        }
        if (!get && p.length == 2 && p[1].equals("replies")) {
            return reply(p[0], req.q("message"));
        }
        if (!get && p.length == 2 && p[0].equals(ownId) && p[1].equals("messages")) {
            return send(mapper.readTree(req.q("recipient")), mapper.readTree(req.q("message")));
        }
        return error(400, 100, 33, "Unsupported request - method type: " + req.method().toLowerCase());
    }

    private List<SimItem> newestFirst(java.util.function.Predicate<SimItem> p) {
        return items.stream().filter(p).sorted(Comparator.comparingLong(SimItem::seq).reversed()).toList();
    }

    private Map<String, Object> media(SimItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("caption", i.text());
        m.put("timestamp", time(i.createdAt()));
        m.put("username", i.authorHandle());
        m.put("owner", Map.of("id", i.authorId()));
        return m;
    }

    private Map<String, Object> comment(SimItem c) {
        Map<String, Object> m = commentFields(c);
        List<Map<String, Object>> replies = items.stream().filter(i -> c.id().equals(i.parentId()))
                .sorted(Comparator.comparingLong(SimItem::seq)).map(this::commentFields).toList();
        if (!replies.isEmpty()) {
            m.put("replies", Map.of("data", replies));
        }
        return m;
    }

    private Map<String, Object> commentFields(SimItem c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("text", c.text());
        m.put("timestamp", time(c.createdAt()));
        m.put("username", c.authorHandle());
        m.put("from", Map.of("id", c.authorId(), "username", c.authorHandle()));
        return m;
    }

    private synchronized Response reply(String commentId, String text) {
        SimItem target = items.stream().filter(i -> i.id().equals(commentId)).findFirst().orElse(null);
        if (target == null) {
            return error(400, 100, 33, "Object with ID '" + commentId + "' does not exist");
        }
        String parent = target.kind().equals("REPLY") ? target.parentId() : target.id();
        String id = newId();
        items.add(new SimItem(id, seq.get(), "OURS", target.threadId(), parent, ownId, username, username, text,
                now(), true, Map.of()));
        received.add(new LinkedHashMap<>(Map.of("type", "comment_reply", "id", id, "in_reply_to", commentId,
                "text", text)));
        return Response.json(200, json(Map.of("id", id)));
    }

    private synchronized Response send(JsonNode recipient, JsonNode message) {
        String text = message.path("text").asText("");
        long n = seq.incrementAndGet();
        String to;
        if (recipient.has("comment_id")) {
            String commentId = recipient.path("comment_id").asText();
            SimItem c = items.stream().filter(i -> i.id().equals(commentId)).findFirst().orElse(null);
            if (c == null || !privatelyAnswered.add(commentId)) {
                return error(400, 10900, null, "Activity already replied to");
            }
            to = c.authorId();
        } else {
            to = recipient.path("id").asText();
            boolean open = items.stream().anyMatch(i -> i.kind().equals("DM") && !i.ours() && i.authorId().equals(to)
                    && i.createdAt().isAfter(now().minus(Duration.ofHours(24))));
            if (!open) {
                return error(400, 10, 2534022, "This message is sent outside of allowed window.");
            }
        }
        items.add(new SimItem("ig_m_" + n, n, "DM", "ig_t_" + to, null, ownId, username, username, text, now(), true,
                Map.of()));
        received.add(new LinkedHashMap<>(Map.of("type", recipient.has("comment_id") ? "private_reply" : "dm",
                "id", "ig_m_" + n, "to", to, "text", text)));
        return Response.json(200, json(Map.of("recipient_id", to, "message_id", "ig_m_" + n)));
    }
}
