package tr.hemsehri.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.account.ConnectorAccount;
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
        assertCheckpointCoversEverything();
        assertEquals("ACTIVE", account(platform()).status());
        assertNotNull(account(platform()).lastSuccessAt());
        // a second poll with nothing new stores nothing
        long before = count("select count(*) from messages where platform = ?", platform().name());
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(platform())));
        assertEquals(before, count("select count(*) from messages where platform = ?", platform().name()));
    }

    @Test
    void survivesEveryMisbehaviour() {
        long id = accountId(platform());
        for (Fault f : List.of(Fault.RATE_LIMIT, Fault.SERVER_ERROR, Fault.SLOW, Fault.MALFORMED, Fault.TRUNCATED,
                Fault.EXPIRED_TOKEN)) {
            sim().emit(4);
            String before = cursor();
            sim().inject(f, 1);
            assertEquals(Outcome.FAILED, poller.pollOnce(id), f + " must fail the poll");
            assertEquals(0, sim().pendingFaults(f), f + " was served");
            String expected = switch (f) {
                case RATE_LIMIT -> "RATE_LIMITED";
                case EXPIRED_TOKEN -> "NEEDS_REAUTH";
                default -> "ERROR";
            };
            assertEquals(expected, account(platform()).status(), f.name());
            assertTrue(account(platform()).consecutiveFailures() >= 1);
            assertNotNull(account(platform()).nextPollAt());
            assertEquals(before, cursor(), "a failed poll leaves the checkpoint where it was (" + f + ")");
            assertEquals(Outcome.POLLED, poller.pollOnce(id), "recovers after " + f);
            assertEquals("ACTIVE", account(platform()).status());
            assertAllStoredOnce();
            assertCheckpointCoversEverything();
        }
        for (Fault f : List.of(Fault.DUPLICATE_ACROSS_PAGES, Fault.OUT_OF_ORDER)) {
            sim().emit(15);
            sim().inject(f, 2);
            assertEquals(Outcome.POLLED, poller.pollOnce(id), f.name());
            assertEquals(0, sim().pendingFaults(f), f + " really fired (pages small enough to have a next one)");
            assertAllStoredOnce();
            assertCheckpointCoversEverything();
        }
    }

    /**
     * A 429 defers the account to the reset the platform announced. Another replica that read the due list
     * before the 429 takes the lock afterwards: it must find the account not due and not call the platform.
     */
    @Test
    void rateLimitResetIsHonouredEvenByAReplicaWithAStaleDueList() throws Exception {
        long id = accountId(platform());
        sim().emit(3);
        accounts.pollNow(id);
        assertTrue(accounts.due(Instant.now()).stream().anyMatch(a -> a.id() == id), "due before the 429");
        String before = cursor();
        sim().inject(Fault.RATE_LIMIT, 1);
        assertEquals(Outcome.FAILED, poller.pollIfDue(id));
        assertEquals(0, sim().pendingFaults(Fault.RATE_LIMIT));
        ConnectorAccount limited = account(platform());
        assertEquals("RATE_LIMITED", limited.status());
        assertNotNull(limited.rateLimitResetAt(), "the reset the platform announced is kept");
        assertFalse(limited.nextPollAt().isBefore(limited.rateLimitResetAt()), "next attempt not before the reset");
        long requests = sim().requestCount();
        assertEquals(Outcome.NOT_DUE, poller.pollIfDue(id), "the stale replica re-checks under the lock");
        assertFalse(accounts.due(Instant.now()).stream().anyMatch(a -> a.id() == id), "the scheduler skips it");
        assertEquals(requests, sim().requestCount(), "no call reached the platform before the reset");
        assertEquals(before, cursor());

        passResetTime(limited.nextPollAt());
        assertEquals(Outcome.POLLED, poller.pollIfDue(id), "polled once the reset has passed");
        assertTrue(sim().requestCount() > requests);
        assertEquals("ACTIVE", account(platform()).status());
        assertAllStoredOnce();
        assertCheckpointCoversEverything();
    }

    /**
     * X resets within two seconds: wait for it. A Graph reset is a minute or more away (its unit is minutes), so
     * the account's clock is moved instead of the test waiting.
     */
    /**
     * A replica that takes an account over polls it at once when its schedule was a regular one (the old owner may
     * have died just before its next poll), but keeps a rate-limit wait the old owner was honouring.
     */
    @Test
    void aTakeoverPollsAtOnceUnlessTheAccountWaitsOnPurpose() throws Exception {
        long id = accountId(platform());
        sim().emit(2);
        assertEquals(Outcome.POLLED, poller.pollOnce(id));
        assertEquals(Outcome.NOT_DUE, poller.pollIfDue(id), "by the schedule the next poll is an interval away");
        sim().emit(1);
        assertEquals(Outcome.POLLED, poller.pollOnTakeover(id), "a new owner polls a regular schedule at once");
        assertAllStoredOnce();

        sim().inject(Fault.RATE_LIMIT, 1);
        assertEquals(Outcome.FAILED, poller.pollOnce(id));
        long requests = sim().requestCount();
        assertEquals(Outcome.NOT_DUE, poller.pollOnTakeover(id), "the rate-limit wait survives a takeover");
        assertEquals(requests, sim().requestCount(), "no call reached the platform before the reset");
        passResetTime(account(platform()).nextPollAt());
        assertEquals(Outcome.POLLED, poller.pollIfDue(id));
        assertAllStoredOnce();
        assertCheckpointCoversEverything();
    }

    private void passResetTime(Instant at) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), at);
        if (left.compareTo(Duration.ofSeconds(4)) <= 0) {
            Thread.sleep(Math.max(0, left.toMillis()) + 50);
        } else {
            execute("update connector_accounts set next_poll_at = now() - interval '1 second' where id = ?",
                    accountId(platform()));
        }
    }

    /**
     * The checkpoint a time-window (Graph) connector must hold once it has read everything: the newest item time
     * it saw, in epoch seconds. Our own seeded posts and media are hours old and never the newest.
     */
    protected void assertCheckpointCoversEverything() {
        long newest = sim().allItems().stream().filter(i -> !i.kind().equals("PAGEPOST") && !i.kind().equals("MEDIA"))
                .mapToLong(i -> i.createdAt().getEpochSecond()).max().orElseThrow();
        String c = cursor();
        assertEquals("{\"since\":" + newest + "}", c, "checkpoint at the newest item read");
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
        assertCheckpointCoversEverything();
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
