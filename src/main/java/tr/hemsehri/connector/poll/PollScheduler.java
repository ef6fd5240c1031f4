package tr.hemsehri.connector.poll;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.account.AccountLease;
import tr.hemsehri.connector.account.ConnectorAccount;
import tr.hemsehri.connector.account.ConnectorAccountRepository;

/**
 * Every tick: hands each due account this replica owns to a worker, and keeps a standby session waiting for
 * every account another replica owns ({@link AccountLease#standBy}). An account taken over (its owner died or
 * stopped, or it had no owner yet) is polled at once, from the standby thread's callback, not on a tick. Within
 * this replica an account already running is not started again; across replicas the account's advisory lock
 * decides who owns it. A slow platform holds one worker, never the tick. So a takeover after a replica's death
 * takes one poll, whatever the poll interval.
 */
@ApplicationScoped
public class PollScheduler {
    private static final Logger LOG = Logger.getLogger(PollScheduler.class);

    @Inject
    ConnectorsConfig config;
    @Inject
    ConnectorAccountRepository accounts;
    @Inject
    PollerService poller;
    @Inject
    AccountLease leases;

    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;
    private volatile boolean enabled;

    @PostConstruct
    void init() {
        enabled = config.pollingEnabled();
        workers = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> {
            Thread t = new Thread(r, "connector-poller");
            t.setDaemon(true);
            return t;
        });
    }

    void stop(@Observes ShutdownEvent ev) {
        enabled = false;
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // after the pollers stopped, so the next owner never overlaps one of ours
        leases.releaseAll();
    }

    /** Pauses or resumes scheduled polling on this replica (tests; maintenance). */
    public void setEnabled(boolean on) {
        this.enabled = on;
    }

    @Scheduled(every = "${hemsehri.connectors.tick:1s}", delayed = "${hemsehri.connectors.start-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!enabled) {
            return;
        }
        try {
            Instant now = Instant.now();
            List<ConnectorAccount> polling = accounts.polling();
            leases.standBy(polling.stream().map(ConnectorAccount::id).toList(), this::takenOver);
            for (ConnectorAccount a : polling) {
                if (leases.owns(a.id()) && (a.nextPollAt() == null || !a.nextPollAt().isAfter(now))) {
                    submit(a.id(), false);
                }
            }
        } catch (RuntimeException e) {
            // e.g. the database is restarting; the next tick tries again
            LOG.warnf("Connector scheduler tick failed: %s", e.getMessage());
        }
    }

    private void takenOver(long id) {
        LOG.infof("Now polling account %d on this replica", id);
        if (enabled) {
            submit(id, true);
        }
    }

    private void submit(long id, boolean takeover) {
        if (!running.add(id)) {
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    if (takeover) {
                        poller.pollOnTakeover(id);
                    } else {
                        poller.pollIfDue(id);
                    }
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Poll of account %d failed unexpectedly", id);
                } finally {
                    running.remove(id);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            running.remove(id);
        }
    }
}
