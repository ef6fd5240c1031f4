package tr.hemsehri.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * WhatsApp Cloud API: citizens' messages are pushed to our webhook as Meta does (signed with the app secret in
 * X-Hub-Signature-256, retried while we refuse them), and {@code POST /{phone-number-id}/messages} accepts our
 * messages, answering with a wamid and then delivery statuses (sent, delivered, read; failed with 131047 for
 * free text outside the 24-hour window).
 */
public class WhatsAppSimulator extends GraphSimServer {
    private final String appSecret;
    private volatile String webhookUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ConcurrentLinkedQueue<String> undelivered = new ConcurrentLinkedQueue<>();
    private final List<Integer> webhookStatuses = new CopyOnWriteArrayList<>();

    public WhatsAppSimulator(Scenario scenario, String phoneNumberId, String appSecret, String webhookUrl) {
        super(scenario, phoneNumberId);
        this.appSecret = appSecret;
        this.webhookUrl = webhookUrl;
    }

    @Override
    public String name() {
        return "WhatsApp";
    }

    public void webhookUrl(String url) {
        this.webhookUrl = url;
    }

    /** HTTP statuses our webhook answered, in order. */
    public List<Integer> webhookStatuses() {
        return List.copyOf(webhookStatuses);
    }

    public static String phoneOf(String handle) {
        return "90" + (5_300_000_000L + Math.floorMod(handle.hashCode(), 99_999_999));
    }

    @Override
    protected synchronized SimItem create(Scenario.Line line) {
        String from = phoneOf(line.handle());
        String id = "wamid.HBgM" + from + "FQIAEhg" + seq.incrementAndGet();
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("from", from);
        msg.put("id", id);
        msg.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
        String text = line.text();
        switch (line.kind()) {
            case "IMAGE" -> {
                msg.put("type", "image");
                msg.put("image", Map.of("caption", text, "mime_type", "image/jpeg", "sha256", "c2ltdWxhdG9y",
                        "id", "media" + seq.get()));
            }
            case "LOCATION" -> {
                String[] parts = text.split(";", 2);
                String[] ll = parts[0].split(",");
                text = parts.length > 1 ? parts[1].trim() : "";
                msg.put("type", "location");
                msg.put("location", Map.of("latitude", Double.parseDouble(ll[0].trim()),
                        "longitude", Double.parseDouble(ll[1].trim()), "name", text, "address", text));
            }
            case "BUTTON" -> {
                msg.put("type", "interactive");
                msg.put("interactive", Map.of("type", "button_reply", "button_reply",
                        Map.of("id", "btn_" + Math.floorMod(text.hashCode(), 1000), "title", text)));
            }
            default -> {
                msg.put("type", "text");
                msg.put("text", Map.of("body", text));
            }
        }
        SimItem item = new SimItem(id, seq.get(), line.kind(), from, null, from, from, line.name(), text, now(),
                false, msg);
        items.add(item);
        Map<String, Object> value = value();
        value.put("contacts", List.of(Map.of("profile", Map.of("name", line.name()), "wa_id", from)));
        value.put("messages", List.of(msg));
        deliver(envelope(value));
        return item;
    }

    private Map<String, Object> value() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("messaging_product", "whatsapp");
        value.put("metadata", Map.of("display_phone_number", "902320000000", "phone_number_id", ownId));
        return value;
    }

    private String envelope(Map<String, Object> value) {
        return json(Map.of("object", "whatsapp_business_account", "entry", List.of(Map.of("id", "WABA" + ownId,
                "changes", List.of(Map.of("field", "messages", "value", value))))));
    }

    public String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a body to our webhook with the given signature header (null: none); returns the HTTP status. */
    public int post(String body, String signature) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(webhookUrl)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (signature != null) {
                b.header("X-Hub-Signature-256", signature);
            }
            int status = http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            webhookStatuses.add(status);
            return status;
        } catch (IOException e) {
            webhookStatuses.add(-1);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Delivers with Meta's behaviour: anything but 200 is kept and retried on the next delivery. */
    private void deliver(String body) {
        undelivered.add(body);
        redeliver();
    }

    public synchronized int redeliver() {
        int delivered = 0;
        List<String> retry = new ArrayList<>();
        for (String b; (b = undelivered.poll()) != null; ) {
            if (post(b, sign(b)) == 200) {
                delivered++;
            } else {
                retry.add(b);
            }
        }
        undelivered.addAll(retry);
        return delivered;
    }

    @Override
    protected Response graph(Request req, String[] p) throws IOException {
        if (req.method().equals("POST") && p.length == 2 && p[0].equals(ownId) && p[1].equals("messages")) {
            return send(mapper.readTree(req.body()));
        }
        return error(400, 100, 33, "Unsupported request - method type: " + req.method().toLowerCase());
    }

    private synchronized Response send(JsonNode body) {
        String to = body.path("to").asText();
        String type = body.path("type").asText("text");
        String text = type.equals("template") ? "[template " + body.path("template").path("name").asText() + "]"
                : body.path("text").path("body").asText();
        String id = "wamid.HBgMout" + seq.incrementAndGet();
        Instant last = items.stream().filter(i -> !i.ours() && i.authorId().equals(to)).map(SimItem::createdAt)
                .max(Instant::compareTo).orElse(null);
        boolean windowOpen = last != null && last.isAfter(now().minus(Duration.ofHours(24)));
        items.add(new SimItem(id, seq.get(), "OURS", to, body.path("context").path("message_id").asText(null), ownId,
                ownId, "Hemşehri", text, now(), true, Map.of("type", type)));
        received.add(new LinkedHashMap<>(Map.of("type", type, "id", id, "to", to, "text", text)));
        List<String> statuses = type.equals("text") && !windowOpen ? List.of("failed")
                : List.of("sent", "delivered", "read");
        Thread statusThread = new Thread(() -> {
            for (String s : statuses) {
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("id", id);
                st.put("status", s);
                st.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
                st.put("recipient_id", to);
                if (s.equals("failed")) {
                    st.put("errors", List.of(Map.of("code", 131047, "title", "Re-engagement message")));
                }
                Map<String, Object> value = value();
                value.put("statuses", List.of(st));
                deliver(envelope(value));
            }
        }, "sim-whatsapp-status");
        statusThread.setDaemon(true);
        statusThread.start();
        return Response.json(200, json(Map.of("messaging_product", "whatsapp",
                "contacts", List.of(Map.of("input", to, "wa_id", to)), "messages", List.of(Map.of("id", id)))));
    }
}
