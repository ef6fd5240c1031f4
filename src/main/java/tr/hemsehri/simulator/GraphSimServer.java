package tr.hemsehri.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What Facebook, Instagram and WhatsApp simulators share: Graph API versioned paths, tokens in the Authorization
 * header or access_token parameter, Graph error bodies (OAuthException 190, code 4, code 2) and the
 * X-App-Usage / X-Business-Use-Case-Usage headers.
 */
public abstract class GraphSimServer extends SimServer {
    protected static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    /**
     * Calls in the current 10-minute usage window. Meta's window is a rolling hour; the old unbounded count reached
     * 99 % in a long test run and would have slowed every Graph poller of the suite.
     */
    private final AtomicInteger calls = new AtomicInteger();
    private volatile long windowStart = System.currentTimeMillis();
    private volatile String forcedAppUsage;
    private volatile String forcedBusinessUsage;
    protected final String ownId;

    protected GraphSimServer(Scenario scenario, String ownId) {
        super(scenario);
        this.ownId = ownId;
    }

    /** Serves a Graph call with the version segment stripped: {@code /{id}/{edge}}. */
    protected abstract Response graph(Request req, String[] parts) throws java.io.IOException;

    @Override
    protected Response route(Request req) throws java.io.IOException {
        String auth = req.headers().get("authorization");
        if ((auth == null || auth.isBlank()) && req.q("access_token") == null) {
            return error(400, 190, null, "An active access token must be used to query information about the "
                    + "current user.");
        }
        String path = req.path().replaceFirst("^/v\\d+\\.\\d+", "");
        String[] parts = path.replaceFirst("^/", "").split("/");
        Response res = graph(req, parts);
        if (System.currentTimeMillis() - windowStart > 600_000) {
            windowStart = System.currentTimeMillis();
            calls.set(0);
        }
        // A steady load never comes near the limit; tests force high usage with usage(...).
        int pct = Math.min(60, calls.incrementAndGet() / 20);
        String app = forcedAppUsage;
        res.headers().put("X-App-Usage", app != null ? app : "{\"call_count\":" + pct + ",\"total_cputime\":"
                + (pct / 2) + ",\"total_time\":" + (pct / 2) + "}");
        String buc = forcedBusinessUsage;
        if (buc != null) {
            res.headers().put("X-Business-Use-Case-Usage", buc);
        }
        return res;
    }

    /**
     * Makes every answer report this usage: {@code appPercent} as X-App-Usage call count, and when
     * {@code bucPercent} is not null a X-Business-Use-Case-Usage entry for our id at that call count with
     * {@code regainMinutes} as estimated_time_to_regain_access. Nulls go back to the steady default.
     */
    public void usage(Integer appPercent, Integer bucPercent, Integer regainMinutes) {
        forcedAppUsage = appPercent == null ? null : "{\"call_count\":" + appPercent + ",\"total_cputime\":"
                + (appPercent / 2) + ",\"total_time\":" + (appPercent / 3) + "}";
        forcedBusinessUsage = bucPercent == null ? null : "{\"" + ownId + "\":[{\"type\":\"pages\",\"call_count\":"
                + bucPercent + ",\"total_cputime\":5,\"total_time\":5,\"estimated_time_to_regain_access\":"
                + (regainMinutes == null ? 0 : regainMinutes) + "}]}";
    }

    protected Response error(int status, int code, Integer subcode, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("message", message);
        e.put("type", code == 100 ? "GraphMethodException" : "OAuthException");
        e.put("code", code);
        if (subcode != null) {
            e.put("error_subcode", subcode);
        }
        e.put("fbtrace_id", "Sim" + seq.get());
        return Response.json(status, json(Map.of("error", e)));
    }

    /** A Graph connection page: data plus cursors and an absolute {@code next} URL, as restfb follows it. */
    protected Response connection(Request req, List<SimItem> list, java.util.function.Function<SimItem, Object> view,
            int defaultLimit) {
        int limit = req.q("limit") == null ? defaultLimit : Integer.parseInt(req.q("limit"));
        int offset = req.q("after") == null ? 0 : Integer.parseInt(req.q("after").substring(1));
        Slice slice = page(list, offset, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", slice.items().stream().map(view).toList());
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("cursors", Map.of("before", "o" + offset, "after", "o" + Math.max(slice.nextOffset(), 0)));
        if (slice.nextOffset() > 0) {
            StringBuilder next = new StringBuilder(baseUrl()).append(req.path()).append('?');
            req.query().forEach((k, v) -> {
                if (!k.equals("after")) {
                    next.append(enc(k)).append('=').append(enc(v)).append('&');
                }
            });
            next.append("after=o").append(slice.nextOffset());
            paging.put("next", next.toString());
        }
        body.put("paging", paging);
        return Response.json(200, json(body));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    protected static long since(Request req) {
        String s = req.q("since");
        if (s == null || s.isBlank()) {
            return Long.MIN_VALUE;
        }
        return s.matches("\\d+") ? Long.parseLong(s) : Instant.parse(s).getEpochSecond();
    }

    protected static String time(Instant t) {
        return GRAPH_TIME.format(t);
    }

    protected static String userIdOf(String handle) {
        return Long.toString(6_000_000_000_000_000L + Math.floorMod(handle.hashCode(), 1_000_000_000));
    }

    @Override
    protected Response authError() {
        return error(400, 190, 463, "Error validating access token: Session has expired on Monday, 01-Jan-24 "
                + "10:00:00 PST. The current time is later.");
    }

    @Override
    protected Response rateLimited() {
        Response r = error(400, 4, null, "(#4) Application request limit reached");
        r.headers().put("X-App-Usage", "{\"call_count\":100,\"total_cputime\":40,\"total_time\":60}");
        r.headers().put("X-Business-Use-Case-Usage", "{\"" + ownId + "\":[{\"type\":\"pages\",\"call_count\":100,"
                + "\"total_cputime\":40,\"total_time\":60,\"estimated_time_to_regain_access\":1}]}");
        return r;
    }

    @Override
    protected Response serverError() {
        Response r = error(500, 2, null, "An unexpected error has occurred. Please retry your request later.");
        return r;
    }
}
