package tr.hemsehri.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.connector.poll.PollerService.Outcome;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;

@QuarkusTest
class XConnectorContractTest extends PollingContractTest {
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
        assertNull(account(platform()).lastError() == null ? null : null);
        assertTrue(account(platform()).rateLimitRemaining() != null, "x-rate-limit-remaining recorded");
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
