package tr.hemsehri.connector.facebook;

import com.restfb.json.JsonObject;
import com.restfb.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Reading Graph JSON objects as restfb hands them over. */
public final class GraphItems {
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private GraphItems() {
    }

    public static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }

    public static String nested(JsonObject o, String object, String field) {
        JsonValue v = o.get(object);
        return v == null || !v.isObject() ? null : text(v.asObject(), field);
    }

    /** Graph times look like 2024-05-01T10:00:00+0000. */
    public static Instant time(JsonObject o, String name) {
        String t = text(o, name);
        if (t == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(t, GRAPH_TIME).toInstant();
        } catch (RuntimeException e) {
            return OffsetDateTime.parse(t).toInstant();
        }
    }
}
