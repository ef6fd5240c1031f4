package tr.hemsehri.report;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/** Folds the report roll-up's deltas (report_deltas) into its counters (report_counts), in the background. */
@ApplicationScoped
class ReportRollupFold {
    // the roll-up's category, where its messages have always been logged
    private static final Logger LOG = Logger.getLogger(ReportRollup.class);

    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;

    /** Heap blocks of report_deltas folded per transaction (≈ 100,000 deltas when full). */
    static final int FOLD_BLOCKS = 1_000;
    /** A deltas table this large (≈ 8 MB) is vacuumed after a fold. */
    static final int VACUUM_BLOCKS = 1_000;

    /**
     * Folds the deltas every few seconds, walking report_deltas in block ranges (one transaction each) for up to
     * 4 s; a replica already folding makes the others skip. A steady ingest leaves a few blocks per fold; a bulk
     * import is worked off over several folds, its deltas counted by every report meanwhile (slower, still exact).
     */
    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fold() {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(4);
        try {
            long blocks = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select pg_relation_size('report_deltas') / current_setting('block_size')::bigint")
                    .getSingleResult()).longValue());
            for (long from = 0; from < blocks && System.nanoTime() < until; from += FOLD_BLOCKS) {
                long start = from;
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select report_compact(" + start + ", "
                        + (start + FOLD_BLOCKS) + ")").getSingleResult());
            }
            if (blocks > VACUUM_BLOCKS) {
                // every report reads the deltas table whole: after a burst, its dead rows would slow them all
                // until autovacuum came by
                try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
                    st.execute("vacuum report_deltas");
                }
            }
        } catch (RuntimeException | java.sql.SQLException e) {
            // e.g. the database is restarting: the deltas wait, reports read them meanwhile
            LOG.debugf("Report roll-up fold skipped: %s", e.getMessage());
        }
    }
}
