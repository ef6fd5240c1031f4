package tr.hemsehri.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;

@QuarkusTest
class FacebookConnectorContractTest extends GraphPollingContractTest {
    @Override
    protected Platform platform() {
        return Platform.FACEBOOK;
    }

    @Override
    protected SimServer sim() {
        return simulators.facebook();
    }

    @Override
    protected SimItem replyTarget(SimItem emitted) {
        return sim().citizenItems().stream().filter(i -> i.kind().equals("COMMENT"))
                .max(Comparator.comparingLong(SimItem::seq)).orElseThrow();
    }

    @Test
    void privateReplyToACommentAndMessengerInsideTheWindow() {
        sim().emit(8);
        poller.pollOnce(accountId(platform()));
        SimItem comment = replyTarget(null);
        SentMessage sent = outbound.sendPrivate(platform(), comment.id(), "Merhaba, adresinizi buradan paylaşır mısınız?");
        assertEquals("PRIVATE_REPLY", sent.kind());
        assertTrue(sim().received().stream().anyMatch(r -> "private_reply".equals(r.get("type"))
                && comment.id().equals(r.get("comment_id"))));
        // only one private reply per comment: the platform refuses the second
        ApiException twice = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> outbound.sendPrivate(platform(), comment.id(), "tekrar"));
        assertEquals(422, twice.status());
        SimItem dm = sim().citizenItems().stream().filter(i -> i.kind().equals("DM"))
                .max(Comparator.comparingLong(SimItem::seq)).orElseThrow();
        SentMessage messenger = outbound.sendPrivate(platform(), dm.id(), "Talebiniz alındı.");
        assertEquals("TEXT", messenger.kind());
    }
}
