package tr.hemsehri.connector.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.connector.account.ConnectorAccountRepository;
import tr.hemsehri.connector.poll.ConnectorRegistry;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.ingest.service.IngestionService;

/**
 * WhatsApp webhooks: the verification handshake, and events whose raw body must carry a valid
 * X-Hub-Signature-256 (HMAC-SHA256 with the app secret) before anything is parsed or stored. Messages go into
 * the ingestion pipeline (a replayed event is absorbed by dedup on the wamid); statuses move our outbound
 * messages forward (sent → delivered → read, or failed), never backwards, since Meta may deliver them out of order.
 */
@ApplicationScoped
public class WhatsAppWebhookService {
    private static final Logger LOG = Logger.getLogger(WhatsAppWebhookService.class);
    private static final Map<String, Integer> STATUS_RANK = Map.of("sent", 1, "delivered", 2, "read", 3, "failed", 4);

    @Inject
    WhatsAppConnector connector;
    @Inject
    ConnectorRegistry registry;
    @Inject
    ConnectorAccountRepository accounts;
    @Inject
    IngestionService ingestion;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper mapper;

    public String verify(String mode, String token, String challenge) {
        if (connector.channel() == null || connector.verifyToken() == null) {
            throw ApiException.notFound("WhatsApp kanalı etkin değil");
        }
        if (!"subscribe".equals(mode) || token == null || challenge == null
                || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                        connector.verifyToken().reveal().getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.forbidden("Doğrulama belirteci geçersiz");
        }
        return challenge;
    }

    /** Returns how many new messages were stored. */
    public int receive(byte[] raw, String signature) {
        if (connector.channel() == null) {
            throw ApiException.notFound("WhatsApp kanalı etkin değil");
        }
        if (!signatureValid(raw, signature)) {
            LOG.warn("WhatsApp webhook refused: missing or invalid X-Hub-Signature-256");
            throw new ApiException(401, "İmza geçersiz", "X-Hub-Signature-256 eksik veya hatalı");
        }
        JsonNode root;
        try {
            root = mapper.readTree(raw);
        } catch (Exception e) {
            throw ApiException.badRequest("Gövde JSON değil");
        }
        connector.webhookSeen();
        long accountId = registry.accountId(Platform.WHATSAPP).orElseThrow();
        List<InboundMessage> batch = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                String phoneId = value.path("metadata").path("phone_number_id").asText(null);
                if (phoneId != null && !phoneId.equals(connector.phoneNumberId())) {
                    continue; // another number of the same app
                }
                Map<String, String> names = new HashMap<>();
                value.path("contacts").forEach(c -> names.put(c.path("wa_id").asText(),
                        c.path("profile").path("name").asText(null)));
                value.path("messages").forEach(m -> batch.add(toMessage(m, names)));
                value.path("statuses").forEach(this::applyStatus);
            }
        }
        int stored = 0;
        if (!batch.isEmpty()) {
            stored = ingestion.ingest(accountId, batch, null, false).stored();
            accounts.recordPush(accountId, batch.stream().map(InboundMessage::createdAt).max(Instant::compareTo)
                    .orElse(null));
        } else {
            accounts.recordPush(accountId, null);
        }
        return stored;
    }

    boolean signatureValid(byte[] raw, String header) {
        if (header == null || !header.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(connector.appSecret().reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(raw);
            byte[] given = HexFormat.of().parseHex(header.substring("sha256=".length()).trim());
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    private InboundMessage toMessage(JsonNode m, Map<String, String> names) {
        String from = m.path("from").asText();
        String type = m.path("type").asText("text");
        String text = switch (type) {
            case "text" -> m.path("text").path("body").asText("");
            case "image" -> m.path("image").path("caption").asText("[fotoğraf]");
            case "location" -> {
                JsonNode l = m.path("location");
                String name = l.path("name").asText("");
                String address = l.path("address").asText("");
                String place = name.equals(address) ? name : (name + " " + address).trim();
                yield ("Konum: " + l.path("latitude").asText() + "," + l.path("longitude").asText() + " " + place)
                        .trim();
            }
            case "interactive" -> {
                JsonNode i = m.path("interactive");
                JsonNode reply = i.has("button_reply") ? i.path("button_reply") : i.path("list_reply");
                yield reply.path("title").asText("");
            }
            case "button" -> m.path("button").path("text").asText("");
            default -> "[" + type + "]";
        };
        Instant at = m.hasNonNull("timestamp") ? Instant.ofEpochSecond(m.path("timestamp").asLong()) : Instant.now();
        return new InboundMessage(Platform.WHATSAPP, m.path("id").asText(), from,
                m.path("context").path("id").asText(null), from, from, names.get(from), text, at, Visibility.PRIVATE,
                m.toString());
    }

    private void applyStatus(JsonNode s) {
        String status = s.path("status").asText();
        Integer rank = STATUS_RANK.get(status);
        if (rank == null) {
            return;
        }
        String error = s.path("errors").path(0).path("title").asText(null);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                update connector_outbound set delivery_status = ?, status_at = ?, error = coalesce(?, error)
                where platform = 'WHATSAPP' and external_id = ?
                  and (case delivery_status when 'SENT' then 0 when 'sent' then 1 when 'delivered' then 2
                       when 'read' then 3 when 'failed' then 4 else 0 end) < ?""")) {
            ps.setString(1, status);
            ps.setTimestamp(2, Timestamp.from(s.hasNonNull("timestamp")
                    ? Instant.ofEpochSecond(s.path("timestamp").asLong()) : Instant.now()));
            ps.setString(3, error);
            ps.setString(4, s.path("id").asText());
            ps.setInt(5, rank);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a WhatsApp status", e);
        }
    }
}
