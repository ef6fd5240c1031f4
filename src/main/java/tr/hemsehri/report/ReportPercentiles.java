package tr.hemsehri.report;

import static tr.hemsehri.report.RollupQueries.query;
import static tr.hemsehri.report.RollupQueries.single;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import tr.hemsehri.report.ReportRollup.Duration;
import tr.hemsehri.report.ReportRollup.Scope;

/**
 * Exact percentiles of a report duration without sorting the range, through the roll-up's duration histogram (see
 * {@link #percentiles}). Reads in the caller's transaction, so inside {@link ReportService}'s snapshot.
 */
@ApplicationScoped
class ReportPercentiles {
    // the roll-up's category, where its warnings have always been logged
    private static final Logger LOG = Logger.getLogger(ReportRollup.class);

    @Inject
    EntityManager em;

    /** Times the histogram disagreed with the cases and a percentile was sorted instead (should stay 0). */
    private final java.util.concurrent.atomic.AtomicLong fallbacks = new java.util.concurrent.atomic.AtomicLong();

    long fallbacks() {
        return fallbacks.get();
    }

    /**
     * Exact percentile_cont values of a duration over the n cases of the range that have it: the histogram tells
     * which bucket holds each needed rank and how many cases come before it, and only that bucket's cases are walked
     * in duration order. Falls back to sorting every duration of the range if the two ever disagree.
     */
    public double[] percentiles(Scope s, Duration d, TreeMap<Integer, Long> histogram, long n, double... ps) {
        Map<Long, Double> values = new HashMap<>();
        long[] lo = new long[ps.length];
        long[] hi = new long[ps.length];
        Map<Integer, long[]> wanted = new TreeMap<>(); // bucket -> first and last offset inside it
        Map<Long, long[]> where = new HashMap<>(); // rank -> bucket, offset
        for (int i = 0; i < ps.length; i++) {
            double pos = ps[i] * (n - 1);
            lo[i] = (long) Math.floor(pos);
            hi[i] = (long) Math.ceil(pos);
            for (long rank : new long[] {lo[i], hi[i]}) {
                long before = 0;
                for (Map.Entry<Integer, Long> b : histogram.entrySet()) {
                    if (rank < before + b.getValue()) {
                        long offset = rank - before;
                        where.put(rank, new long[] {b.getKey(), offset});
                        wanted.merge(b.getKey(), new long[] {offset, offset},
                                (x, y) -> new long[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
                        break;
                    }
                    before += b.getValue();
                }
            }
        }
        for (Map.Entry<Integer, long[]> w : wanted.entrySet()) {
            long first = w.getValue()[0];
            Query q = query(em, s, "select " + d.seconds() + "::float8 from cases c where " + d.column + " is not null"
                    + " and report_bucket(" + d.seconds() + ") = :bucket and c.created_at >= :start"
                    + " and c.created_at < :end" + (s.departmentId() == null ? "" : " and c.department_id = :dept")
                    + " order by " + d.seconds() + " offset :first limit :count");
            q.setParameter("bucket", w.getKey());
            q.setParameter("first", first);
            q.setParameter("count", w.getValue()[1] - first + 1);
            List<?> got = q.getResultList();
            for (Map.Entry<Long, long[]> e : where.entrySet()) {
                int at = (int) (e.getValue()[1] - first);
                if (e.getValue()[0] == w.getKey() && at < got.size()) {
                    values.put(e.getKey(), ((Number) got.get(at)).doubleValue());
                }
            }
        }
        double[] out = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            Double a = values.get(lo[i]);
            Double b = values.get(hi[i]);
            if (a == null || b == null) {
                fallbacks.incrementAndGet();
                LOG.warnf("Report roll-up histogram of %s disagrees with the cases; sorting the range instead", d);
                return sorted(s, d, ps);
            }
            // percentile_cont's own interpolation
            out[i] = a + (ps[i] * (n - 1) - lo[i]) * (b - a);
        }
        return out;
    }

    private double[] sorted(Scope s, Duration d, double... ps) {
        double[] out = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            out[i] = ((Number) single(em, s, "select percentile_cont(" + ps[i] + ") within group (order by "
                    + d.seconds() + ") from cases c where c.created_at >= :start and c.created_at < :end"
                    + (s.departmentId() == null ? "" : " and c.department_id = :dept"))).doubleValue();
        }
        return out;
    }

}
