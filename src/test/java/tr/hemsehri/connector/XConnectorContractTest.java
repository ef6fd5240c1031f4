package tr.hemsehri.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.account.ConnectorAccount;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.connector.poll.PollerService.Outcome;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;
import tr.hemsehri.simulator.XSimulator;

@QuarkusTest
class XConnectorContractTest extends PollingContractTest {
    @Inject
    ConnectorsConfig config;

    @Override
    protected Platform platform() {
        return Platform.X;
    }

    @Override
    protected SimServer sim() {
        return simulators.x("hemsehri_belediye");
    }

    @Override
    protected String dbId(SimItem item) {
        return item.kind().equals("DM") ? "dm:" + item.id() : item.id();
    }

    @Override
    protected int crashOnPage() {
        return 2; // page 1 and its pagination token are committed; the rerun resumes from that token
    }

    @Override
    protected SimItem replyTarget(SimItem emitted) {
        return sim().citizenItems().stream().filter(i -> i.kind().equals("MENTION"))
                .max(Comparator.comparingLong(SimItem::seq)).orElseThrow();
    }

    @Test
    void checkpointIsTheNewestMentionId() throws Exception {
        sim().emit(9);
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        JsonNode c = new ObjectMapper().readTree(cursor());
        long newestMention = sim().citizenItems().stream().filter(i -> i.kind().equals("MENTION")
                || i.kind().equals("REPLY")).mapToLong(i -> Long.parseLong(i.id())).max().orElseThrow();
        assertEquals(newestMention, c.path("mentions").path("since").asLong());
        assertTrue(c.path("mentions").path("token").isNull());
        ConnectorAccount a = account(platform());
        assertEquals("ACTIVE", a.status());
        assertEquals(0, a.consecutiveFailures());
        assertTrue(a.rateLimitRemaining() != null && a.rateLimitRemaining() < 450, "x-rate-limit-remaining recorded");
        assertTrue(a.rateLimitResetAt() != null && a.rateLimitResetAt().isAfter(Instant.now()),
                "x-rate-limit-reset recorded");
    }

    /**
     * Per stream: {@code since} at the newest id read (mentions with their replies; every DM event, ours
     * included, since the DM stream reads them all), and no run left half-way (no token, no pending newest).
     */
    @Override
    protected void assertCheckpointCoversEverything() {
        JsonNode c;
        try {
            c = new ObjectMapper().readTree(cursor());
        } catch (Exception e) {
            throw new AssertionError("unreadable X checkpoint: " + cursor(), e);
        }
        long newestMention = sim().citizenItems().stream().filter(i -> i.kind().equals("MENTION")
                || i.kind().equals("REPLY")).mapToLong(i -> Long.parseLong(i.id())).max().orElseThrow();
        assertEquals(newestMention, c.path("mentions").path("since").asLong(), "mentions checkpoint: " + c);
        OptionalLong newestDm = sim().allItems().stream().filter(i -> i.kind().equals("DM"))
                .mapToLong(i -> Long.parseLong(i.id())).max();
        if (newestDm.isPresent()) {
            assertEquals(newestDm.getAsLong(), c.path("dm").path("since").asLong(), "DM checkpoint: " + c);
        }
        c.fields().forEachRemaining(e -> {
            assertTrue(e.getValue().path("token").isNull(), e.getKey() + " left a pagination token: " + c);
            assertTrue(e.getValue().path("runNewest").isNull(), e.getKey() + " left a run open: " + c);
        });
    }

    /** With 10 % of the window left, polling slows down instead of running into the 429. */
    @Test
    void lowRemainingBudgetSlowsPolling() {
        sim().emit(2);
        ((XSimulator) sim()).remaining(40);
        try {
            assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
            ConnectorAccount a = account(platform());
            assertTrue(a.rateLimitRemaining() <= 45, "remaining " + a.rateLimitRemaining());
            assertTrue(a.nextPollAt().isAfter(Instant.now().plus(config.pollInterval()).plusSeconds(1)),
                    "next poll later than the normal interval: " + a.nextPollAt());
            assertEquals(Outcome.NOT_DUE, poller.pollIfDue(accountId(platform())));
        } finally {
            ((XSimulator) sim()).remaining(450);
        }
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        assertFalse(account(platform()).nextPollAt().isAfter(Instant.now().plus(config.pollInterval())),
                "back to the normal interval");
    }

    @Test
    void directMessageGoesToTheAuthor() {
        SimItem mention = sim().emit(1).get(0);
        poller.pollOnce(accountId(platform()));
        SentMessage sent = outbound.sendPrivate(platform(), dbId(mention), "Adres bilginizi DM ile iletebilir misiniz?");
        assertTrue(sent.externalId().startsWith("dm:"));
        assertTrue(sim().received().stream().anyMatch(r -> "dm".equals(r.get("type"))
                && mention.authorId().equals(r.get("to"))));
    }
}
