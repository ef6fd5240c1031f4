package tr.hemsehri.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.connector.poll.PollerService.Outcome;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;

@QuarkusTest
class InstagramConnectorContractTest extends GraphPollingContractTest {
    @Override
    protected Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    protected SimServer sim() {
        return simulators.instagram("hemsehri.belediye");
    }

    @Override
    protected SimItem replyTarget(SimItem emitted) {
        return sim().citizenItems().stream().filter(i -> i.kind().equals("COMMENT"))
                .max(Comparator.comparingLong(SimItem::seq)).orElseThrow();
    }

    /** A private reply answers a public comment in the commenter's inbox, without any open messaging window. */
    @Test
    void privateReplyToACommentReachesTheCommenterOnce() {
        SimItem comment = sim().say(new Scenario.Line("COMMENT", "ozel_" + System.nanoTime(), "Özel Yanıt",
                "Buca Kuruçeşme'de sokak lambaları yanmıyor, adresimi özelden yazabilirim"));
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        SentMessage sent = outbound.sendPrivate(platform(), comment.id(), "Merhaba, açık adresinizi buradan iletir misiniz?");
        assertEquals("PRIVATE_REPLY", sent.kind());
        assertTrue(sim().received().stream().anyMatch(r -> "private_reply".equals(r.get("type"))
                && comment.authorId().equals(r.get("to")) && sent.externalId().equals(r.get("id"))), "sent to the commenter");
        assertTrue(sim().thread("ig_t_" + comment.authorId()).stream().anyMatch(i -> i.ours()
                && i.id().equals(sent.externalId())), "in the commenter's Direct inbox");
        assertEquals(1, count("select count(*) from messages where platform = 'INSTAGRAM' and direction = 'OUT' "
                + "and visibility = 'PRIVATE' and external_id = ?", sent.externalId()));
        // Instagram allows one private reply per comment
        ApiException twice = assertThrows(ApiException.class, () -> outbound.sendPrivate(platform(), comment.id(), "tekrar"));
        assertEquals(422, twice.status());
    }
}
