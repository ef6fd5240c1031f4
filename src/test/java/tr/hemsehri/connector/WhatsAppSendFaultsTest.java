package tr.hemsehri.connector;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.outbox.service.OutboxDispatcher;
import tr.hemsehri.simulator.Fault;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.WhatsAppSimulator;
import tr.hemsehri.testsupport.Users;

/**
 * WhatsApp answers leave through the outbox: a 500 is retried after the back-off, a 429 after the wait the
 * platform asks for, and an expired token fails the item and shows the channel as needing re-authorisation
 * (WhatsApp is never polled, so nothing else would say so).
 */
@QuarkusTest
class WhatsAppSendFaultsTest extends ConnectorTestSupport {
    @TestHTTPResource("/webhooks/whatsapp")
    URL webhook;
    @Inject
    OutboxDispatcher dispatcher;

    WhatsAppSimulator sim;

    @BeforeEach
    void point() {
        sim = simulators.whatsapp();
        sim.webhookUrl(webhook.toString());
    }

    @AfterEach
    void clean() {
        sim.clearFaults();
    }

    /** A citizen writes; we queue a reply through the API and return its outbox id. */
    private long queueReply(String text) {
        SimItem citizen = sim.say(new Scenario.Line("TEXT", "wa_hata_" + System.nanoTime(), "Hata Testi",
                "Karşıyaka Donanmacı'da çöpler alınmadı"));
        long caseId = Long.parseLong(string("select case_id::text from messages where platform = 'WHATSAPP' "
                + "and external_id = ?", citizen.id()));
        Users.moderator().contentType("application/json").body("{\"text\":\"" + text + "\"}")
                .post("/api/v1/cases/" + caseId + "/replies").then().statusCode(202);
        return count("select max(id) from outbox where case_id = ? and kind = 'REPLY'", caseId);
    }

    private String status(long outboxId) {
        return string("select status from outbox where id = ?", outboxId);
    }

    private long received(String text) {
        return sim.received().stream().filter(r -> String.valueOf(r.get("text")).contains(text)).count();
    }

    @Test
    void serverErrorIsRetriedAfterTheBackoff() throws Exception {
        String text = "Ekiplerimiz yönlendirildi (500 testi " + System.nanoTime() + ")";
        long id = queueReply(text);
        sim.inject(Fault.SERVER_ERROR, 1);
        dispatcher.dispatchAll();
        assertEquals(0, sim.pendingFaults(Fault.SERVER_ERROR), "the send hit the 500");
        long deadline = System.currentTimeMillis() + 5_000;
        while (!"SENT".equals(status(id)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(150); // the test profile's outbox back-off is 0.1 s
            dispatcher.dispatchAll();
        }
        assertEquals("SENT", status(id));
        assertEquals(2, count("select attempts from outbox where id = ?", id), "sent on the second attempt");
        assertEquals(1, received(text), "the citizen gets the answer once");
        assertEquals("ACTIVE", account(Platform.WHATSAPP).status());
    }

    @Test
    void rateLimitDefersTheRetryToThePlatformsWait() {
        String text = "Talebiniz alındı (429 testi " + System.nanoTime() + ")";
        long id = queueReply(text);
        sim.inject(Fault.RATE_LIMIT, 1);
        dispatcher.dispatchAll();
        assertEquals(0, sim.pendingFaults(Fault.RATE_LIMIT));
        assertEquals("PENDING", status(id), "a rate limit is retried, not given up");
        assertEquals(1, count("select count(*) from outbox where id = ? and next_attempt_at > now() + interval '50 seconds'",
                id), "not before the wait the platform asked for");
        dispatcher.dispatchAll();
        assertEquals("PENDING", status(id));
        assertEquals(0, received(text));
        // the wait is over
        execute("update outbox set next_attempt_at = now() where id = ?", id);
        dispatcher.dispatchAll();
        assertEquals("SENT", status(id));
        assertEquals(1, received(text));
    }

    @Test
    void expiredTokenFailsTheItemAndMarksTheAccountUntilASendWorks() {
        String text = "Ekiplerimiz yolda (token testi " + System.nanoTime() + ")";
        long id = queueReply(text);
        sim.inject(Fault.EXPIRED_TOKEN, 1);
        dispatcher.dispatchAll();
        assertEquals(0, sim.pendingFaults(Fault.EXPIRED_TOKEN));
        assertEquals("FAILED", status(id), "a refused token does not heal by retrying");
        assertTrue(string("select last_error from outbox where id = ?", id).startsWith("AUTH"));
        assertEquals(0, received(text));
        assertEquals("NEEDS_REAUTH", account(Platform.WHATSAPP).status());
        Users.moderator().get("/api/v1/connectors").then().statusCode(200)
                .body("findAll { it.platform == 'WHATSAPP' }.status", hasItem("NEEDS_REAUTH"));
        // webhooks keep arriving whatever our token's state: they must not hide the broken token
        String later = "Sonraki yanıtımız (token yenilendi " + System.nanoTime() + ")";
        queueReplyAfterWebhook(later);
        assertEquals("ACTIVE", account(Platform.WHATSAPP).status(), "a send that works clears the mark");
    }

    private void queueReplyAfterWebhook(String text) {
        long id = queueReply(text);
        assertEquals("NEEDS_REAUTH", account(Platform.WHATSAPP).status(), "still marked after a webhook");
        dispatcher.dispatchAll();
        assertEquals("SENT", status(id));
        assertEquals(1, received(text));
    }
}
