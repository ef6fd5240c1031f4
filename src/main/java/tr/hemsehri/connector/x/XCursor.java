package tr.hemsehri.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The X checkpoint: per stream (mentions, each search query, DMs) the committed {@code since_id} and, while a
 * multi-page run is under way, the next pagination token and the newest id seen in that run. Stored as JSON,
 * e.g. {@code {"mentions":{"since":"179...","token":null,"runNewest":null}}}.
 */
final class XCursor {
    record Stream(Long since, String token, Long runNewest) {
    }

    private final Map<String, Stream> streams = new LinkedHashMap<>();

    static XCursor parse(ObjectMapper mapper, String json) {
        XCursor c = new XCursor();
        if (json == null || json.isBlank()) {
            return c;
        }
        try {
            JsonNode root = mapper.readTree(json);
            root.fields().forEachRemaining(e -> c.streams.put(e.getKey(), new Stream(
                    longOrNull(e.getValue().get("since")), textOrNull(e.getValue().get("token")),
                    longOrNull(e.getValue().get("runNewest")))));
        } catch (Exception e) {
            // an unreadable cursor restarts from the newest page; dedup absorbs what is read twice
        }
        return c;
    }

    Stream stream(String key) {
        return streams.getOrDefault(key, new Stream(null, null, null));
    }

    void put(String key, Stream s) {
        streams.put(key, s);
    }

    String toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        streams.forEach((k, s) -> {
            ObjectNode n = root.putObject(k);
            n.put("since", s.since() == null ? null : s.since().toString());
            n.put("token", s.token());
            n.put("runNewest", s.runNewest() == null ? null : s.runNewest().toString());
        });
        return root.toString();
    }

    private static Long longOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : Long.valueOf(n.asText());
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
