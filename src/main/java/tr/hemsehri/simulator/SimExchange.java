package tr.hemsehri.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tr.hemsehri.simulator.SimServer.Request;
import tr.hemsehri.simulator.SimServer.Response;

/** The JDK HTTP server's exchange as a simulator {@link Request}, and a {@link Response} back onto it. */
final class SimExchange {
    private SimExchange() {
    }

    static Request read(HttpExchange ex) throws IOException {
        Map<String, String> query = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        parseForm(raw, query);
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            parseForm(body, query);
        }
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.isEmpty() ? "" : v.get(0)));
        String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        return new Request(ex.getRequestMethod(), path, query, body, headers);
    }

    static void parseForm(String raw, Map<String, String> into) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            into.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
    }

    static void write(HttpExchange ex, Response res) throws IOException {
        byte[] bytes = res.body() == null ? new byte[0] : res.body().getBytes(StandardCharsets.UTF_8);
        res.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        if (!res.headers().containsKey("Content-Type")) {
            ex.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        }
        try {
            if (res.status() == 204 || bytes.length == 0) {
                ex.sendResponseHeaders(res.status(), -1);
            } else {
                ex.sendResponseHeaders(res.status(), bytes.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // the client gave up (our timeout fault); nothing to tell it
        }
    }
}
