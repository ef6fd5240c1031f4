package tr.hemsehri.connector.poll;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.account.ConnectorAccount;
import tr.hemsehri.connector.account.ConnectorAccountRepository;

/**
 * Every tick, hands each due account to a worker. Within this replica an account already running is not
 * started again; across replicas the advisory lock in {@link PollerService} decides. A slow platform holds one
 * worker, never the tick.
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
            for (ConnectorAccount a : accounts.due(Instant.now())) {
                if (running.add(a.id())) {
                    workers.execute(() -> {
                        try {
                            poller.pollIfDue(a.id());
                        } catch (RuntimeException e) {
                            LOG.errorf(e, "Poll of account %d failed unexpectedly", a.id());
                        } finally {
                            running.remove(a.id());
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            // e.g. the database is restarting; the next tick tries again
            LOG.warnf("Connector scheduler tick failed: %s", e.getMessage());
        }
    }
}
