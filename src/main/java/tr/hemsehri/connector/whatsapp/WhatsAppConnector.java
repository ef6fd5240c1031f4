package tr.hemsehri.connector.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.api.ChannelSpec;
import tr.hemsehri.connector.api.Connector;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.PageSink;
import tr.hemsehri.connector.api.ReplyTarget;
import tr.hemsehri.connector.api.Secret;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.connector.facebook.GraphClient;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.simulator.SimulatorLauncher;

/**
 * WhatsApp Cloud API. Inbound traffic arrives by webhook ({@link WhatsAppWebhookService}); this class sends:
 * free text (threaded with {@code context.message_id}) inside the 24-hour customer-service window, the
 * approved template outside it. Plain JSON over HTTP, as the Cloud API expects JSON bodies.
 */
@ApplicationScoped
public class WhatsAppConnector implements Connector {
    private static final Logger LOG = Logger.getLogger(WhatsAppConnector.class);
    static final Duration WINDOW = Duration.ofHours(24);

    @Inject
    ConnectorsConfig config;
    @Inject
    SimulatorLauncher simulators;
    @Inject
    ObjectMapper mapper;

    private volatile ChannelSpec channel;
    private HttpClient http;
    private String messagesUrl;
    private Secret token;
    private Secret appSecret;
    private Secret verifyToken;
    private String phoneNumberId;
    private volatile Instant lastWebhookAt;

    @Override
    public Platform platform() {
        return Platform.WHATSAPP;
    }

    @Override
    public ChannelSpec channel() {
        return channel;
    }

    @Override
    public boolean polls() {
        return false;
    }

    @Override
    public synchronized ChannelSpec open() {
        ConnectorsConfig.WhatsApp cfg = config.whatsapp();
        if (!cfg.enabled()) {
            return null;
        }
        Optional<Secret> t = Secret.of(cfg.accessToken());
        Optional<Secret> s = Secret.of(cfg.appSecret());
        Optional<Secret> v = Secret.of(cfg.verifyToken());
        String url = cfg.graphUrl();
        String id = cfg.phoneNumberId().orElse(null);
        boolean simulated = false;
        if (t.isEmpty() || s.isEmpty() || v.isEmpty() || id == null) {
            if (!simulators.enabled()) {
                return null;
            }
            url = simulators.whatsapp().baseUrl();
            id = SimulatorLauncher.WHATSAPP_PHONE_ID;
            t = Optional.of(Secret.of(SimulatorLauncher.TOKEN));
            s = Optional.of(Secret.of(SimulatorLauncher.APP_SECRET));
            v = Optional.of(Secret.of(SimulatorLauncher.VERIFY_TOKEN));
            simulated = true;
        }
        token = t.get();
        appSecret = s.get();
        verifyToken = v.get();
        phoneNumberId = id;
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        messagesUrl = base + "/" + GraphClient.VERSION.getUrlElement() + "/" + id + "/messages";
        http = HttpClient.newBuilder().connectTimeout(config.httpTimeout()).build();
        channel = new ChannelSpec(Platform.WHATSAPP, id, cfg.displayNumber(), id, true, simulated);
        LOG.infof("WhatsApp channel %s %s", cfg.displayNumber(), simulated ? "on the simulator at " + base
                : "on the Cloud API");
        return channel;
    }

    Secret appSecret() {
        return appSecret;
    }

    Secret verifyToken() {
        return verifyToken;
    }

    String phoneNumberId() {
        return phoneNumberId;
    }

    void webhookSeen() {
        lastWebhookAt = Instant.now();
    }

    @Override
    public String healthNote() {
        return lastWebhookAt == null ? "Bu çalışmadan beri webhook çağrısı gelmedi"
                : "Son webhook: " + lastWebhookAt;
    }

    @Override
    public void poll(String cursor, PageSink sink) {
        // webhook-fed: nothing to poll
    }

    @Override
    public SentMessage replyPublic(ReplyTarget target, String text) throws ConnectorException {
        // WhatsApp has no public side: an answer is always a message in the citizen's chat.
        return sendPrivate(target, text);
    }

    @Override
    public SentMessage sendPrivate(ReplyTarget target, String text) throws ConnectorException {
        boolean open = target.lastInboundAt() != null && target.lastInboundAt().isAfter(Instant.now().minus(WINDOW));
        ObjectNode body = mapper.createObjectNode();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", target.authorId());
        if (open) {
            body.put("type", "text");
            body.putObject("text").put("body", text).put("preview_url", false);
            if (target.externalId() != null && target.externalId().startsWith("wamid.")) {
                body.putObject("context").put("message_id", target.externalId());
            }
        } else {
            // Outside the window only an approved template may be sent; its variable carries our answer.
            body.put("type", "template");
            ObjectNode tpl = body.putObject("template");
            tpl.put("name", config.whatsapp().template());
            tpl.putObject("language").put("code", config.whatsapp().templateLanguage());
            tpl.putArray("components").addObject().put("type", "body").putArray("parameters").addObject()
                    .put("type", "text").put("text", text.length() > 1000 ? text.substring(0, 1000) : text);
        }
        try {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(messagesUrl))
                    .timeout(config.httpTimeout())
                    .header("Authorization", "Bearer " + token.reveal())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = mapper.readTree(res.body());
            if (res.statusCode() != 200) {
                throw error(res.statusCode(), json.path("error"));
            }
            return new SentMessage(json.path("messages").path(0).path("id").asText(), target.authorId(),
                    target.externalId(), target.authorId(), Visibility.PRIVATE, open ? "TEXT" : "TEMPLATE");
        } catch (ConnectorException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "WhatsApp send interrupted", e);
        } catch (Exception e) {
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT,
                    "WhatsApp send failed: " + Secret.scrub(String.valueOf(e.getMessage()), token), e);
        }
    }

    /**
     * Not available: the Cloud API cannot tell whether a message of ours reached the citizen. It has no endpoint
     * that lists or searches the messages a business number sent (there is no conversation history to read, only
     * {@code POST /{phone-number-id}/messages}); the only trace of a send is the wamid in the send's answer,
     * which a crash before recording loses, and the status webhooks that follow, which carry that wamid and the
     * recipient but not our text, so the idempotency marker cannot be matched. The outbox therefore marks an item
     * left SENDING by a crash as FAILED for a person to check, instead of risking a second message.
     * (A future option: send {@code biz_opaque_callback_data} = the idempotency key, which Meta echoes in status
     * webhooks, and persist statuses of unknown wamids so a restart can look the key up.)
     */
    @Override
    public Optional<String> findSent(ReplyTarget target, String marker) {
        throw new UnsupportedOperationException(
                "WhatsApp Cloud API offers no way to list or search sent messages");
    }

    private ConnectorException error(int status, JsonNode error) {
        int code = error.path("code").asInt(-1);
        String msg = "WhatsApp " + status + " (" + code + "): " + Secret.scrub(error.path("message").asText(), token);
        if (code == 190 || status == 401) {
            return new ConnectorException(ConnectorException.Kind.AUTH, msg);
        }
        if (code == 4 || code == 80007 || code == 130429 || code == 131056 || status == 429) {
            return new ConnectorException(ConnectorException.Kind.RATE_LIMITED, msg,
                    Instant.now().plusSeconds(60), null);
        }
        if (status >= 500) {
            return new ConnectorException(ConnectorException.Kind.TRANSIENT, msg);
        }
        return new ConnectorException(ConnectorException.Kind.REJECTED, msg);
    }
}
