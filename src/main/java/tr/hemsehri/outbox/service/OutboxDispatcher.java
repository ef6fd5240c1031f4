package tr.hemsehri.outbox.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.jboss.logging.Logger;
import tr.hemsehri.outbox.repository.OutboxItem;

/**
 * Sends outbox items. Each item is claimed with a row lock (so replicas never share one), sent outside any
 * transaction, and its platform id recorded. An item left SENDING by a crash is only sent again after a search
 * of the platform for its idempotency key says it never arrived: at most once, even across crashes.
 */
@ApplicationScoped
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    @Inject
    OutboxConfig config;
    @Inject
    OutboxRecorder recorder;
    @Inject
    OutboundChannel channel;

    private final String worker = ManagementFactory.getRuntimeMXBean().getName();

    @Scheduled(every = "${hemsehri.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (!config.enabled()) {
            return;
        }
        try {
            dispatchAll();
        } catch (RuntimeException e) {
            // The database may be away for a while; the next tick tries again.
            LOG.warnf("Outbox round failed: %s", e.getMessage());
        }
    }

    /** One full round: resolve stale claims, then send until nothing is due. Returns the items handled. */
    public int dispatchAll() {
        int handled = recoverStale();
        // One item claimed per send: a crash then leaves only the item really in flight SENDING. A batch claim
        // stranded items never attempted, and where the platform cannot be searched (WhatsApp) they ended FAILED
        // although they had never been sent.
        List<Long> ids;
        while (!(ids = recorder.claim(worker, 1)).isEmpty()) {
            send(ids.get(0));
            handled++;
        }
        return handled;
    }

    private void send(Long id) {
        OutboxItem item = recorder.load(id);
        OutboundChannel.Delivery d;
        try {
            d = channel.send(item);
        } catch (RuntimeException e) {
            d = OutboundChannel.Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), true, null);
        }
        if (d.ok()) {
            recorder.sent(id, d.externalId(), d.threadExternalId());
        } else {
            LOG.infof("Outbox item %d (%s) not sent: %s", id, item.idempotencyKey, d.error());
            recorder.failed(id, d.error(), d.retryable(), d.retryAfter());
        }
    }

    private int recoverStale() {
        List<Long> stale = recorder.claimStale(worker);
        for (Long id : stale) {
            OutboxItem item = recorder.load(id);
            OutboundChannel.Lookup found;
            try {
                found = channel.find(item);
            } catch (RuntimeException e) {
                continue; // ask again next round; the claim keeps others off it meanwhile
            }
            switch (found.found()) {
                case YES -> recorder.sent(id, found.externalId(), null);
                case NO -> recorder.requeue(id);
                case CANNOT_TELL -> recorder.failed(id,
                        "Gönderimin platforma ulaşıp ulaşmadığı bilinmiyor; iki kez gönderilmemesi için durduruldu",
                        false, null);
            }
        }
        return stale.size();
    }
}
