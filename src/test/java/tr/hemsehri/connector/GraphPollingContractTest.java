package tr.hemsehri.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.account.ConnectorAccount;
import tr.hemsehri.connector.poll.PollerService.Outcome;
import tr.hemsehri.simulator.GraphSimServer;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;

/** What Facebook and Instagram share beyond the polling contract: Meta usage headers and the messaging window. */
public abstract class GraphPollingContractTest extends PollingContractTest {
    @Inject
    ConnectorsConfig config;

    private GraphSimServer graph() {
        return (GraphSimServer) sim();
    }

    @Test
    void highMetaUsageSlowsPollingUntilAccessReturns() {
        long id = accountId(platform());
        sim().emit(2);
        try {
            graph().usage(93, null, null);
            assertEquals(Outcome.POLLED, poller.pollOnce(id));
            ConnectorAccount a = account(platform());
            assertEquals(7, a.rateLimitRemaining(), "X-App-Usage call_count 93 % leaves 7 %");
            assertTrue(a.nextPollAt().isAfter(Instant.now().plus(config.pollInterval()).plusSeconds(1)),
                    "at 93 % usage the next poll comes later than the normal interval: " + a.nextPollAt());
            assertEquals(Outcome.NOT_DUE, poller.pollIfDue(id));

            // the business use case is throttled already: nothing until estimated_time_to_regain_access (3 min)
            graph().usage(40, 100, 3);
            assertEquals(Outcome.POLLED, poller.pollOnce(id));
            a = account(platform());
            assertEquals(0, a.rateLimitRemaining());
            assertNotNull(a.rateLimitResetAt());
            Duration toReset = Duration.between(Instant.now(), a.rateLimitResetAt());
            assertTrue(toReset.compareTo(Duration.ofSeconds(170)) > 0 && toReset.compareTo(Duration.ofSeconds(181)) < 0,
                    "reset in about 3 minutes: " + toReset);
            assertFalse(a.nextPollAt().isBefore(a.rateLimitResetAt()), "no poll before access returns");
        } finally {
            graph().usage(null, null, null);
        }
        assertEquals(Outcome.POLLED, poller.pollOnce(id));
        ConnectorAccount back = account(platform());
        assertTrue(back.rateLimitRemaining() > 10, "steady usage again: " + back.rateLimitRemaining());
        assertFalse(back.nextPollAt().isAfter(Instant.now().plus(config.pollInterval())), "normal interval again");
        assertAllStoredOnce();
        assertCheckpointCoversEverything();
    }

    @Test
    void privateMessageOutsideThe24HourWindowIsRefusedAndNotSent() {
        String handle = "pencere_" + System.nanoTime();
        SimItem dm = sim().say(new Scenario.Line("DM", handle, "Pencere Testi", "Dün yazmıştım, Buca'da su yok"));
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        // the citizen's last private message is 25 hours old in our records
        assertEquals(1, execute("update messages set created_at = now() - interval '25 hours' where platform = ? "
                + "and author_id = ? and direction = 'IN' and visibility = 'PRIVATE'", platform().name(), dm.authorId()));
        int sentBefore = sim().received().size();
        ApiException refused = assertThrows(ApiException.class,
                () -> outbound.sendPrivate(platform(), dm.id(), "Merhaba, talebiniz çözüldü."));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("24 saatlik yanıt süresi doldu"), refused.getMessage());
        assertEquals(sentBefore, sim().received().size(), "nothing reached the platform");
        assertEquals(0, count("select count(*) from messages where platform = ? and direction = 'OUT' "
                + "and parent_external_id = ?", platform().name(), dm.id()));
    }
}
