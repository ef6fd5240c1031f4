package tr.hemsehri.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.connector.poll.PollerService.Outcome;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.Fault;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;

/**
 * The contract every polling connector must keep against its simulator: whatever the platform does, each
 * simulated citizen item ends up stored exactly once, and the account shows what happened.
 */
public abstract class PollingContractTest extends ConnectorTestSupport {
    protected abstract Platform platform();

    protected abstract SimServer sim();

    /** Our database id of a simulator item (X prefixes direct messages). */
    protected String dbId(SimItem item) {
        return item.id();
    }

    protected void assertAllStoredOnce() {
        List<String> expected = sim().citizenItems().stream().map(this::dbId).toList();
        long once = storedOnce(platform(), expected);
        if (once != expected.size()) {
            List<String> missing = sim().citizenItems().stream().filter(i -> count("select count(*) from messages "
                    + "where platform = ? and external_id = ?", platform().name(), dbId(i)) != 1)
                    .map(i -> i.kind() + ":" + i.id() + ":" + i.text() + " rows with that text: "
                            + string("select string_agg(external_id || '/' || direction || '/' || coalesce(author_id,'-'), ',') "
                            + "from messages where text = ?", i.text())).toList();
            assertEquals(expected.size(), once, "every simulated item stored exactly once; not: " + missing);
        }
        assertEquals(expected.size(), count("select count(*) from messages where platform = ? and direction = 'IN' "
                + "and account_id = ?", platform().name(), accountId(platform())), "nothing else stored");
    }

    protected String cursor() {
        return string("select cursor from checkpoints where account_id = ?", accountId(platform()));
    }

    @AfterEach
    void clean() {
        hooks.afterFetch(null);
        sim().clearFaults();
    }

    @Test
    void readsEveryItemOnceAndSavesTheCheckpoint() {
        sim().emit(14);
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        assertAllStoredOnce();
        assertNotNull(cursor());
        assertEquals("ACTIVE", account(platform()).status());
        assertNotNull(account(platform()).lastSuccessAt());
        // a second poll with nothing new stores nothing
        long before = count("select count(*) from messages where platform = ?", platform().name());
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        assertEquals(before, count("select count(*) from messages where platform = ?", platform().name()));
    }

    @Test
    void survivesEveryMisbehaviour() {
        for (Fault f : List.of(Fault.RATE_LIMIT, Fault.SERVER_ERROR, Fault.SLOW, Fault.MALFORMED, Fault.TRUNCATED,
                Fault.EXPIRED_TOKEN)) {
            sim().emit(4);
            sim().inject(f, 1);
            assertEquals(Outcome.FAILED, poller.pollOnce(accountId(platform())), f + " must fail the poll");
            String expected = switch (f) {
                case RATE_LIMIT -> "RATE_LIMITED";
                case EXPIRED_TOKEN -> "NEEDS_REAUTH";
                default -> "ERROR";
            };
            assertEquals(expected, account(platform()).status(), f.name());
            assertTrue(account(platform()).consecutiveFailures() >= 1);
            assertNotNull(account(platform()).nextPollAt());
            assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())), "recovers after " + f);
            assertEquals("ACTIVE", account(platform()).status());
            assertAllStoredOnce();
        }
        for (Fault f : List.of(Fault.DUPLICATE_ACROSS_PAGES, Fault.OUT_OF_ORDER)) {
            sim().emit(12);
            sim().inject(f, 3);
            assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())), f.name());
            assertAllStoredOnce();
        }
    }

    @Test
    void crashBetweenFetchAndCommitLosesAndDoublesNothing() {
        sim().emit(12);
        AtomicInteger pages = new AtomicInteger();
        hooks.afterFetch(p -> {
            if (pages.incrementAndGet() == crashOnPage()) {
                throw new IllegalStateException("simulated crash after fetch, before commit");
            }
        });
        assertEquals(Outcome.FAILED, poller.pollOnce(accountId(platform())));
        hooks.afterFetch(null);
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        assertAllStoredOnce();
    }

    /** Which fetched page the crash hits: a later page proves that committed pages and cursors stay. */
    protected int crashOnPage() {
        return 1;
    }

    @Test
    void publicReplyAppearsInTheCitizensThreadAndIsNotIngested() {
        SimItem citizen = sim().emit(1).get(0);
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        SimItem target = replyTarget(citizen);
        SentMessage sent = outbound.replyPublic(platform(), dbId(target), "Merhaba, talebiniz ilgili birime iletildi. İzmir belediye ekipleri yolda.");
        assertNotNull(sent.externalId());
        List<SimItem> thread = sim().thread(target.threadId());
        assertTrue(thread.stream().anyMatch(i -> i.ours() && i.id().equals(sent.externalId())), "reply in thread");
        assertTrue(sim().received().stream().anyMatch(r -> sent.externalId().equals(r.get("id"))));
        assertEquals(1, count("select count(*) from messages where platform = ? and external_id = ? and direction = 'OUT'",
                platform().name(), sent.externalId()));
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        assertEquals(0, count("select count(*) from messages where platform = ? and direction = 'IN' and author_id = ?",
                platform().name(), account(platform()).externalUserId()), "our own words are never citizen messages");
        assertAllStoredOnce();
    }

    /** The item to answer publicly, given a freshly emitted one. */
    protected abstract SimItem replyTarget(SimItem emitted);
}
