package tr.hemsehri.outbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.ConnectorTestSupport;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.outbox.repository.OutboxItem;
import tr.hemsehri.outbox.service.OutboxConfig;
import tr.hemsehri.outbox.service.OutboxDispatcher;
import tr.hemsehri.outbox.service.OutboxRecorder;
import tr.hemsehri.outbox.service.OutboxService;
import tr.hemsehri.simulator.Fault;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;
import tr.hemsehri.testsupport.Users;

/**
 * A platform that fails transiently: the item is retried with doubling delays (test profile: 0.1 s, capped at
 * 0.5 s) and sent once the platform recovers; a platform that keeps failing leaves the item FAILED after
 * max-attempts, with the platform's error on the case.
 */
@QuarkusTest
class OutboxRetryTest extends ConnectorTestSupport {
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxRecorder recorder;
    @Inject
    OutboxConfig outboxConfig;
    @Inject
    ConnectorsConfig config;

    private SimServer sim() {
        return simulators.instagram(config.instagram().username());
    }

    @AfterEach
    void heal() {
        sim().clearFaults();
    }

    /** A citizen comments; a moderator answers publicly. Returns {caseId, outboxItemId}. */
    private long[] replyQueued(String handle, String complaint) {
        SimServer sim = sim();
        long account = accountId(Platform.INSTAGRAM);
        poller.pollOnce(account);
        SimItem comment = sim.say(new Scenario.Line("COMMENT", handle, handle, complaint));
        poller.pollOnce(account);
        long caseId = Long.parseLong(string("select case_id::text from messages where platform = 'INSTAGRAM' "
                + "and external_id = ?", comment.id()));
        int replyId = Users.moderator().contentType("application/json")
                .body("{\"text\":\"Ekiplerimiz yönlendirildi, teşekkür ederiz.\"}")
                .post("/api/v1/cases/" + caseId + "/replies").then().statusCode(202).extract().path("id");
        long itemId = count("select id from outbox where reply_id = ?", (long) replyId);
        return new long[] {caseId, itemId};
    }

    private Duration backoff(int attempt) {
        Duration d = outboxConfig.backoffInitial().multipliedBy(1L << (attempt - 1));
        return d.compareTo(outboxConfig.backoffMax()) > 0 ? outboxConfig.backoffMax() : d;
    }

    private void awaitDue(OutboxItem item) throws InterruptedException {
        long wait = Duration.between(Instant.now(), item.nextAttemptAt).toMillis();
        if (wait > 0) {
            Thread.sleep(wait + 20);
        }
    }

    /**
     * One dispatcher round; if the item failed again, its next attempt must lie the attempt's back-off after the
     * failure (which happened between before and after). Returns the back-off checked, or null.
     */
    private Duration roundAndCheckBackoff(long itemId) {
        Instant before = Instant.now();
        dispatcher.dispatchAll();
        Instant after = Instant.now();
        OutboxItem item = recorder.load(itemId);
        if (!"PENDING".equals(item.status)) {
            return null;
        }
        assertTrue(item.lastError.startsWith("TRANSIENT"), item.lastError);
        Duration b = backoff(item.attempts);
        assertTrue(!item.nextAttemptAt.isBefore(before.plus(b).minusMillis(1))
                && !item.nextAttemptAt.isAfter(after.plus(b).plusMillis(1)),
                "attempt " + item.attempts + ": next " + item.nextAttemptAt + " not in [" + before + ", " + after
                        + "] + " + b);
        return b;
    }

    @Test
    void transientFailuresAreRetriedWithGrowingDelaysThenSent() throws Exception {
        long[] ids = replyQueued("retry_ig", "Gaziemir'de çöpler iki gündür alınmadı");
        sim().inject(Fault.SERVER_ERROR, 3);
        // A round only retries an item that is already due again, so normally each round is one attempt; on a
        // loaded machine a round may take two, which the check below tolerates (it uses the attempt count).
        List<Duration> delays = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15_000;
        OutboxItem item = recorder.load(ids[1]);
        while (item.attempts < 3) {
            assertTrue(System.currentTimeMillis() < deadline, "attempts " + item.attempts);
            Duration b = roundAndCheckBackoff(ids[1]);
            item = recorder.load(ids[1]);
            assertEquals("PENDING", item.status, "three faults: still retrying after attempt " + item.attempts);
            delays.add(b);
            awaitDue(item);
        }
        assertTrue(delays.get(0).compareTo(Duration.ofMillis(100)) >= 0);
        for (int i = 1; i < delays.size(); i++) {
            assertTrue(delays.get(i).compareTo(delays.get(i - 1)) > 0, "growing delays: " + delays);
        }
        assertEquals(Duration.ofMillis(400), delays.get(delays.size() - 1), "third failure waits 0.1 s * 2^2");

        dispatcher.dispatchAll();
        OutboxItem sent = recorder.load(ids[1]);
        assertEquals("SENT", sent.status, String.valueOf(sent.lastError));
        assertEquals(4, sent.attempts);
        assertEquals(null, sent.lastError, "a success clears the error");
        String marker = OutboxService.marker(sent.idempotencyKey);
        assertEquals(1, sim().received().stream().filter(r -> String.valueOf(r.get("text")).contains(marker)).count(),
                "the failed attempts posted nothing; the fourth posted once");
        Users.moderator().get("/api/v1/cases/" + ids[0] + "/workflow").then().statusCode(200)
                .body("replies[0].status", equalTo("SENT"))
                .body("replies[0].externalId", equalTo(sent.externalId))
                .body("deliveries.find { it.id == " + ids[1] + " }.attempts", equalTo(4));
    }

    @Test
    void afterMaxAttemptsTheItemFailsWithThePlatformsErrorOnTheCase() throws Exception {
        long[] ids = replyQueued("fail_ig", "Karabağlar'da yol çöktü, araçlar geçemiyor");
        sim().inject(Fault.SERVER_ERROR, 100);
        long deadline = System.currentTimeMillis() + 20_000;
        OutboxItem item = recorder.load(ids[1]);
        while (!"FAILED".equals(item.status)) {
            assertTrue(System.currentTimeMillis() < deadline, "still " + item.status + " after " + item.attempts);
            Duration b = roundAndCheckBackoff(ids[1]);
            item = recorder.load(ids[1]);
            if (b != null) {
                assertTrue(b.compareTo(outboxConfig.backoffMax()) <= 0, "capped at backoff-max: " + b);
                awaitDue(item);
            }
        }
        assertEquals(outboxConfig.maxAttempts(), item.attempts, "gives up exactly at max-attempts");
        // Nothing more is tried once FAILED.
        dispatcher.dispatchAll();
        assertEquals(outboxConfig.maxAttempts(), recorder.load(ids[1]).attempts);
        Users.moderator().get("/api/v1/cases/" + ids[0] + "/workflow").then().statusCode(200)
                .body("deliveries.find { it.id == " + ids[1] + " }.status", equalTo("FAILED"))
                .body("deliveries.find { it.id == " + ids[1] + " }.attempts", equalTo(outboxConfig.maxAttempts()))
                .body("deliveries.find { it.id == " + ids[1] + " }.lastError", containsString("An unexpected error has occurred"))
                .body("replies[0].status", equalTo("FAILED"))
                .body("replies[0].error", containsString("An unexpected error has occurred"));
    }
}
