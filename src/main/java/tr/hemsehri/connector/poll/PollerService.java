package tr.hemsehri.connector.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.account.AccountLease;
import tr.hemsehri.connector.account.ConnectorAccount;
import tr.hemsehri.connector.account.ConnectorAccountRepository;
import tr.hemsehri.connector.api.Connector;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.PollPage;
import tr.hemsehri.connector.api.RateLimit;
import tr.hemsehri.connector.api.Secret;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;

/**
 * One poll of one account, Camel ScheduledPollConsumer style: every failure is caught, classified and turned
 * into account state and a next-attempt time; nothing escapes to the scheduler. Each page is stored together
 * with its cursor (IngestionService, saveCursor=true), so a crash between fetch and commit re-reads that page.
 */
@ApplicationScoped
public class PollerService {
    private static final Logger LOG = Logger.getLogger(PollerService.class);

    public enum Outcome { POLLED, FAILED, LOCKED, SKIPPED, NOT_DUE }

    /** With 10 % or less of the budget left, poll this many times less often until it recovers. */
    static final int LOW_BUDGET_SLOWDOWN = 4;

    @Inject
    ConnectorAccountRepository accounts;
    @Inject
    AccountLease leases;
    @Inject
    ConnectorRegistry registry;
    @Inject
    CheckpointService checkpoints;
    @Inject
    IngestionService ingestion;
    @Inject
    PollHooks hooks;
    @Inject
    ConnectorsConfig config;

    /** Polls now whatever the schedule says (tests, an administrator after fixing a token). */
    public Outcome pollOnce(long accountId) {
        return poll(accountId, When.NOW);
    }

    /**
     * The scheduler's poll: skipped when the account is not due any more. The due list is read without the
     * lock, so another replica may have polled (and hit a 429 with a reset an hour away) in between; only the
     * state read under the lock counts.
     */
    public Outcome pollIfDue(long accountId) {
        return poll(accountId, When.DUE);
    }

    /**
     * The first poll after this replica took the account over (from a replica that died or stopped, or at
     * start-up): now, unless the account is waiting on purpose. The previous owner may have died between fetch and
     * commit, or just before its next poll, so waiting for the schedule it left would add up to a poll interval
     * to the takeover. A deliberate wait (a failure's back-off, a rate-limit reset, a low budget's slow-down) is
     * kept: the new owner must not spend a budget the old one was saving.
     */
    public Outcome pollOnTakeover(long accountId) {
        return poll(accountId, When.TAKEOVER);
    }

    private enum When { NOW, DUE, TAKEOVER }

    private Outcome poll(long accountId, When when) {
        AccountLease.Held lease;
        try {
            lease = leases.tryAcquire(accountId);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Poll lease unavailable for account %d: %s", accountId, e.getMessage());
            return Outcome.SKIPPED;
        }
        if (lease == null) {
            return Outcome.LOCKED;
        }
        try (lease) {
            ConnectorAccount account = accounts.find(accountId).orElse(null);
            if (account == null || !account.enabled() || account.pushOnly()) {
                return Outcome.SKIPPED;
            }
            if (!due(account, when, Instant.now())) {
                return Outcome.NOT_DUE;
            }
            Connector connector = registry.connector(Platform.valueOf(account.platform())).orElse(null);
            if (connector == null || connector.channel() == null) {
                return Outcome.SKIPPED;
            }
            return poll(account, connector);
        }
    }

    private boolean due(ConnectorAccount account, When when, Instant now) {
        Instant next = account.nextPollAt();
        if (when == When.NOW || next == null || !next.isAfter(now)) {
            return true;
        }
        if (when == When.DUE) {
            return false;
        }
        // a regular schedule is "last poll + one interval" (the second allows for the app and database clocks);
        // anything later, or any state but ACTIVE, is a wait the previous owner chose
        return "ACTIVE".equals(account.status()) && account.lastPollAt() != null
                && !next.isAfter(account.lastPollAt().plus(config.pollInterval()).plusSeconds(1));
    }

    private Outcome poll(ConnectorAccount account, Connector connector) {
        long id = account.id();
        String ownId = account.externalUserId();
        RateLimit[] lastLimit = {RateLimit.UNKNOWN};
        Instant[] slowUntil = {null};
        Instant[] newest = {null};
        int[] stored = {0};
        try {
            connector.poll(checkpoints.cursor(id), page -> {
                hooks.fetched(page);
                List<InboundMessage> citizens = new ArrayList<>(page.messages().size());
                for (InboundMessage m : page.messages()) {
                    // Our own posts and replies come back in timelines and searches; they are not citizen messages.
                    if (ownId != null && ownId.equals(m.authorId())) {
                        continue;
                    }
                    citizens.add(m);
                    if (newest[0] == null || m.createdAt().isAfter(newest[0])) {
                        newest[0] = m.createdAt();
                    }
                }
                stored[0] += ingestion.ingest(id, citizens, page.cursor(), true).stored();
                if (page.rateLimit() != null && page.rateLimit() != RateLimit.UNKNOWN) {
                    lastLimit[0] = page.rateLimit();
                    slowUntil[0] = later(slowUntil[0], slowDown(page.rateLimit()));
                }
            });
            Instant next = later(Instant.now().plus(config.pollInterval()), slowUntil[0]);
            RateLimit limit = lastLimit[0];
            accounts.recordSuccess(id, limit.remaining(), limit.resetAt(), newest[0], next);
            if (stored[0] > 0) {
                LOG.debugf("%s/%s: %d new messages", account.platform(), account.account(), stored[0]);
            }
            return Outcome.POLLED;
        } catch (ConnectorException e) {
            fail(account, e.kind(), e.getMessage(), e.resetAt());
        } catch (RuntimeException | Error e) {
            // A bug or a crash injected between fetch and commit: the page rolled back, back off and retry.
            fail(account, ConnectorException.Kind.TRANSIENT, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    null);
        }
        return Outcome.FAILED;
    }

    private void fail(ConnectorAccount account, ConnectorException.Kind kind, String message, Instant resetAt) {
        int failures = account.consecutiveFailures() + 1;
        Instant now = Instant.now();
        String status;
        Instant next;
        Integer remaining = null;
        switch (kind) {
            case AUTH -> {
                status = "NEEDS_REAUTH";
                next = now.plus(config.backoffMax());
            }
            case RATE_LIMITED -> {
                status = "RATE_LIMITED";
                remaining = 0;
                Instant backoff = now.plus(backoff(failures));
                next = resetAt != null && resetAt.isAfter(backoff) ? resetAt : backoff;
            }
            default -> {
                status = "ERROR";
                next = now.plus(backoff(failures));
            }
        }
        String safe = Secret.scrub(message);
        LOG.warnf("%s/%s poll failed (%s, %d in a row), next attempt %s: %s", account.platform(), account.account(),
                kind, failures, next, safe);
        accounts.recordFailure(account.id(), status, safe, remaining, kind == ConnectorException.Kind.RATE_LIMITED
                ? resetAt : null, next);
    }

    /**
     * When a page's budget says to wait: an exhausted budget until its reset (Meta: estimated time to regain
     * access); a low one ({@link RateLimit#low()}, e.g. Meta usage of 90 % or more) for a few poll intervals, or
     * until the reset if that comes sooner, since the budget is full again then.
     */
    Instant slowDown(RateLimit limit) {
        if (limit.exhausted()) {
            return limit.resetAt();
        }
        if (limit.low()) {
            Instant slow = Instant.now().plus(config.pollInterval().multipliedBy(LOW_BUDGET_SLOWDOWN));
            return limit.resetAt() != null && limit.resetAt().isBefore(slow) ? limit.resetAt() : slow;
        }
        return null;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** initial × 2^(failures-1), capped. */
    Duration backoff(int failures) {
        Duration d = config.backoffInitial();
        Duration max = config.backoffMax();
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
