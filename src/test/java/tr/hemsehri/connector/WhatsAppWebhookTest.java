package tr.hemsehri.connector;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimulatorLauncher;
import tr.hemsehri.simulator.WhatsAppSimulator;

@QuarkusTest
class WhatsAppWebhookTest extends ConnectorTestSupport {
    @TestHTTPResource("/webhooks/whatsapp")
    URL webhook;

    WhatsAppSimulator sim;

    @BeforeEach
    void point() {
        sim = simulators.whatsapp();
        sim.webhookUrl(webhook.toString());
    }

    private long whatsappRows() {
        return count("select count(*) from messages where platform = 'WHATSAPP' and direction = 'IN'");
    }

    private String event(String wamid, String from, long epochSeconds, String text) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"902320000000\","
                + "\"phone_number_id\":\"" + SimulatorLauncher.WHATSAPP_PHONE_ID + "\"},"
                + "\"contacts\":[{\"profile\":{\"name\":\"Test Vatandaş\"},\"wa_id\":\"" + from + "\"}],"
                + "\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + epochSeconds
                + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]}}]}]}";
    }

    @Test
    void verificationHandshake() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", SimulatorLauncher.VERIFY_TOKEN)
                .queryParam("hub.challenge", "1158201444").when().get("/webhooks/whatsapp")
                .then().statusCode(200).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "yanlis")
                .queryParam("hub.challenge", "1").when().get("/webhooks/whatsapp").then().statusCode(403);
    }

    @Test
    void forgedOrMissingSignatureIsRefusedAndNothingStored() {
        String body = event("wamid.forged1", "905551112233", Instant.now().getEpochSecond(), "Bostanlı'da su yok");
        long before = whatsappRows();
        assertEquals(401, sim.post(body, "sha256=" + "0".repeat(64)));
        assertEquals(401, sim.post(body, null));
        assertEquals(401, sim.post(body, "sha256=nothex"));
        // signed for a different body: the signature covers the raw bytes
        assertEquals(401, sim.post(body.replace("su yok", "su var"), sim.sign(body)));
        assertEquals(before, whatsappRows());
        assertEquals(0, count("select count(*) from messages where external_id = 'wamid.forged1'"));
    }

    @Test
    void replayedEventIsStoredOnce() {
        String body = event("wamid.replay1", "905551112244", Instant.now().getEpochSecond(), "Karşıyaka'da çöp alınmadı");
        assertEquals(200, sim.post(body, sim.sign(body)));
        assertEquals(200, sim.post(body, sim.sign(body)));
        assertEquals(1, count("select count(*) from messages where platform = 'WHATSAPP' and external_id = 'wamid.replay1'"));
    }

    @Test
    void everyMessageTypeIsStoredOnceWithItsContent() {
        List<SimItem> emitted = sim.emit(18);
        sim.redeliver();
        List<String> ids = ids(sim.citizenItems());
        assertEquals(ids.size(), storedOnce(Platform.WHATSAPP, ids));
        SimItem location = emitted.stream().filter(i -> i.kind().equals("LOCATION")).findFirst().orElseThrow();
        String text = string("select text from messages where external_id = ?", location.id());
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> coords = (java.util.Map<String, Object>) location.extra().get("location");
        assertTrue(text.startsWith("Konum: " + coords.get("latitude") + "," + coords.get("longitude")), text);
        assertEquals(String.valueOf(coords.get("latitude")), string(
                "select raw->'location'->>'latitude' from messages where external_id = ?", location.id()));
        SimItem image = emitted.stream().filter(i -> i.kind().equals("IMAGE")).findFirst().orElseThrow();
        assertEquals(image.text(), string("select text from messages where external_id = ?", image.id()));
        SimItem button = emitted.stream().filter(i -> i.kind().equals("BUTTON")).findFirst().orElseThrow();
        assertEquals(button.text(), string("select text from messages where external_id = ?", button.id()));
        assertEquals("ACTIVE", account(Platform.WHATSAPP).status());
    }

    @Test
    void replyInsideTheWindowIsTextAndStatusesArrive() throws Exception {
        SimItem citizen = sim.emit(1).get(0);
        SentMessage sent = outbound.replyPublic(Platform.WHATSAPP, citizen.id(), "Merhaba, ekiplerimiz bilgilendirildi.");
        assertEquals("TEXT", sent.kind());
        assertTrue(sim.thread(citizen.authorId()).stream().anyMatch(i -> i.ours() && i.id().equals(sent.externalId())));
        long deadline = System.currentTimeMillis() + 10_000;
        String status = null;
        while (System.currentTimeMillis() < deadline) {
            status = string("select delivery_status from connector_outbound where external_id = ?", sent.externalId());
            if ("read".equals(status)) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("read", status);
    }

    @Test
    void outsideTheWindowATemplateIsSent() {
        String body = event("wamid.old1", "905551119999", Instant.now().minusSeconds(3 * 86400).getEpochSecond(),
                "Üç gün önce yazmıştım, Buca'da çukur");
        assertEquals(200, sim.post(body, sim.sign(body)));
        SentMessage sent = outbound.sendPrivate(Platform.WHATSAPP, "wamid.old1", "Talebiniz çözüldü.");
        assertEquals("TEMPLATE", sent.kind());
        assertTrue(sim.received().stream().anyMatch(r -> "template".equals(r.get("type"))
                && "905551119999".equals(r.get("to"))));
    }
}
