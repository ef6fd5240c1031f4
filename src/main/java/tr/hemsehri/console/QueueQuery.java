package tr.hemsehri.console;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console queue's filters as they arrive in the query string. {@code status} is a case status or OPEN
 * (new and triaged: the moderation queue, the default) or ALL; {@code sla} is OVERDUE, SOON, OK or NONE.
 */
@io.quarkus.qute.TemplateData
public record QueueQuery(String status, String category, String urgent, String platform, String department,
        String district, String neighborhood, String sla, String q, int page) {

    public static QueueQuery from(MultivaluedMap<String, String> p) {
        int page = 0;
        try {
            page = Math.max(0, Integer.parseInt(p.getFirst("page") == null ? "0" : p.getFirst("page")));
        } catch (NumberFormatException ignored) {
            // first page
        }
        String status = blank(p.getFirst("status"));
        return new QueueQuery(status == null ? "OPEN" : status, blank(p.getFirst("category")), blank(p.getFirst("urgent")),
                blank(p.getFirst("platform")), blank(p.getFirst("department")), blank(p.getFirst("district")),
                blank(p.getFirst("neighborhood")), blank(p.getFirst("sla")), blank(p.getFirst("q")), Math.min(page, 400));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Map<String, String> params() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("category", category);
        m.put("urgent", urgent);
        m.put("platform", platform);
        m.put("department", department);
        m.put("district", district);
        m.put("neighborhood", neighborhood);
        m.put("sla", sla);
        m.put("q", q);
        return m;
    }

    /** This query with one filter changed (null removes it), as a query string for links. */
    public String with(String key, String value) {
        Map<String, String> m = params();
        m.put(key, value);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (v != null) {
                sb.append(sb.length() == 0 ? "?" : "&").append(k).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.length() == 0 ? "?" : sb.toString();
    }

    /** Link that selects {@code value} for {@code key}, or clears it when it is already selected. */
    public String toggle(String key, String value) {
        return with(key, value != null && value.equals(params().get(key)) ? null : value);
    }

    public String pageLink(int p) {
        String base = with("page", null);
        return base + (base.equals("?") ? "" : "&") + "page=" + p;
    }

    public boolean isFiltered() {
        return category != null || urgent != null || platform != null || department != null || district != null
                || neighborhood != null || sla != null || q != null || !"OPEN".equals(status);
    }
}
