package tr.hemsehri.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.ConnectorTestSupport;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.outbox.repository.OutboxItem;
import tr.hemsehri.outbox.service.OutboundChannel;
import tr.hemsehri.outbox.service.OutboxDispatcher;
import tr.hemsehri.outbox.service.OutboxRecorder;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;
import tr.hemsehri.workflow.service.ReplyService;

/**
 * The dispatcher dies after the platform accepted a reply but before we recorded it. After the restart the
 * reply is found on the platform by its idempotency key and is not posted again.
 */
@QuarkusTest
class DispatcherCrashTest extends ConnectorTestSupport {
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxRecorder recorder;
    @Inject
    OutboundChannel channel;
    @Inject
    ReplyService replies;
    @Inject
    ConnectorsConfig config;

    private long caseFor(SimServer sim, String handle, String text) {
        poller.pollOnce(accountId(Platform.INSTAGRAM));
        SimItem comment = sim.say(new Scenario.Line("COMMENT", handle, handle, text));
        poller.pollOnce(accountId(Platform.INSTAGRAM));
        return Long.parseLong(string("select case_id::text from messages where platform = 'INSTAGRAM' and external_id = ?",
                comment.id()));
    }

    private long enqueue(long caseId, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CaseEntity c = CaseEntity.findById(caseId);
            return replies.system(c, "REPLY", "PUBLIC", text).id;
        });
    }

    /** The scheduled dispatcher runs beside the test and may take the item first: wait for whoever sends it. */
    private OutboxItem awaitSent(long itemId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        OutboxItem item = recorder.load(itemId);
        while (!"SENT".equals(item.status) && System.currentTimeMillis() < deadline) {
            dispatcher.dispatchAll();
            Thread.sleep(200);
            item = recorder.load(itemId);
        }
        assertEquals("SENT", item.status, String.valueOf(item.lastError));
        return item;
    }

    private long postsWith(SimServer sim, String key) {
        String marker = tr.hemsehri.outbox.service.OutboxService.marker(key);
        return sim.received().stream().filter(r -> String.valueOf(r.get("text")).contains(marker)).count();
    }

    @Test
    void crashAfterThePlatformAcceptedDoesNotPostTwice() throws Exception {
        SimServer sim = simulators.instagram(config.instagram().username());
        long caseId = caseFor(sim, "cokme_35", "Bornova'da kaldırım çöktü, yaşlılar düşüyor");
        long itemId = enqueue(caseId, "Ekiplerimiz yönlendirildi.");
        // What a dispatcher does up to the crash: claim the item and post it; the recording never happens.
        // items other classes left pending would fill the claim before ours
        execute("update outbox set status = 'CANCELLED' where status = 'PENDING' and id <> ?", itemId);
        assertTrue(recorder.claim("crashed-worker", 100).contains(itemId));
        OutboxItem item = recorder.load(itemId);
        assertTrue(channel.send(item).ok());
        assertEquals(1, postsWith(sim, item.idempotencyKey));
        // After the restart the claim is stale; the next round resolves it.
        Thread.sleep(1_200);
        OutboxItem after = awaitSent(itemId);
        assertEquals(1, postsWith(sim, item.idempotencyKey), "posted exactly once");
        assertEquals(1, count("select count(*) from messages where platform = 'INSTAGRAM' and direction = 'OUT' "
                + "and external_id = ?", after.externalId));
    }

    @Test
    void crashBeforeThePlatformAcceptedSendsOnce() throws Exception {
        SimServer sim = simulators.instagram(config.instagram().username());
        long caseId = caseFor(sim, "lamba_35", "Alsancak'ta sokak lambası yanmıyor");
        long itemId = enqueue(caseId, "Talebiniz ilgili birime iletildi.");
        // items other classes left pending would fill the claim before ours
        execute("update outbox set status = 'CANCELLED' where status = 'PENDING' and id <> ?", itemId);
        assertTrue(recorder.claim("crashed-worker", 100).contains(itemId));
        OutboxItem item = recorder.load(itemId);
        Thread.sleep(1_200);
        awaitSent(itemId);
        assertEquals(1, postsWith(sim, item.idempotencyKey));
    }

    @Test
    void everyItemIsSentOnceUnderConcurrentDispatchers() throws Exception {
        SimServer sim = simulators.instagram(config.instagram().username());
        long caseId = caseFor(sim, "cok_35", "Buca'da çöpler 3 gündür alınmadı");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(enqueue(caseId, "Bilgilendirme " + i));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> dispatcher.dispatchAll()));
        }
        for (var f : runs) {
            f.get();
        }
        pool.shutdown();
        for (Long id : ids) {
            OutboxItem item = awaitSent(id);
            assertEquals(1, postsWith(sim, item.idempotencyKey), item.idempotencyKey);
        }
    }
}
