package tr.hemsehri.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Reads the report roll-up (V8__report_rollups.sql) and folds its deltas. A range reads the whole months it
 * covers at month grain, its edge days at day grain, and the deltas not folded yet of every day; the per-day
 * channel counts (the report's daily table) always come at day grain.
 */
@ApplicationScoped
public class ReportRollup {
    private static final Logger LOG = Logger.getLogger(ReportRollup.class);

    @Inject
    EntityManager em;
    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    /** Times the histogram disagreed with the cases and a percentile was sorted instead (should stay 0). */
    private final java.util.concurrent.atomic.AtomicLong fallbacks = new java.util.concurrent.atomic.AtomicLong();

    long fallbacks() {
        return fallbacks.get();
    }

    /** The two durations with percentiles: the flag that counts them, their histogram, the column they end at. */
    public enum Duration {
        FIRST_RESPONSE("first_response", "first_response", "c.first_response_at"),
        RESOLUTION("resolved", "resolution", "c.resolved_at");

        final String flag;
        final String histogram;
        final String column;

        Duration(String flag, String histogram, String column) {
            this.flag = flag;
            this.histogram = histogram;
            this.column = column;
        }

        /** The same expressions as the rank indexes of V8, so that those indexes serve the walk. */
        String seconds() {
            return "extract(epoch from " + column + " - c.created_at)";
        }
    }

    /** Istanbul days from..to, both included, optionally one department. */
    public record Scope(LocalDate from, LocalDate to, Long departmentId) {
        Instant start() {
            return from.atStartOfDay(ReportService.ZONE).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(ReportService.ZONE).toInstant();
        }

        /** First day of the first whole month in the range (to + 1 when there is none). */
        LocalDate monthsFrom() {
            LocalDate m = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            return m.isBefore(lastMonthEnd()) ? m : to.plusDays(1);
        }

        /** Day after the last whole month in the range (to + 1 when there is none). */
        LocalDate monthsTo() {
            return monthsFrom().equals(to.plusDays(1)) ? to.plusDays(1) : lastMonthEnd();
        }

        private LocalDate lastMonthEnd() {
            LocalDate next = to.plusDays(1);
            return next.getDayOfMonth() == 1 ? next : next.withDayOfMonth(1);
        }

        String dept() {
            return departmentId == null ? "" : " and department_id = :dept";
        }
    }

    public record DayRow(LocalDate day, String platform, long count) {
    }

    public record DeptRow(String code, String name, long count) {
    }

    /** The non-daily figures of a range. */
    public record Figures(Map<String, Long> flags, Map<String, Long> satisfactionCounts, List<Report.Count> categories,
            List<Report.Count> districts, List<Report.Count> neighborhoods, List<Report.Count> referrals,
            Map<Duration, TreeMap<Integer, Long>> histograms) {
        long flag(String name) {
            return flags.getOrDefault(name, 0L);
        }

        long satisfaction(String name) {
            return satisfactionCounts.getOrDefault(name, 0L);
        }

        TreeMap<Integer, Long> histogram(Duration d) {
            return histograms.getOrDefault(d, new TreeMap<>());
        }
    }

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

    public List<DayRow> perDay(Scope s) {
        List<DayRow> out = new ArrayList<>();
        for (Object[] r : rows(s, "select x.day, x.k1, sum(x.n) from ("
                + "select day, k1, n from report_counts where grain = 'D' and dim = 'P' and day between :from and :to"
                + s.dept() + " union all select day, k1, n from report_deltas where dim = 'P'"
                + " and day between :from and :to" + s.dept() + ") x group by 1, 2 having sum(x.n) <> 0 order by 1, 2")) {
            out.add(new DayRow(localDate(r[0]), (String) r[1], num(r[2])));
        }
        return out;
    }

    public List<DeptRow> perDepartment(Scope s) {
        List<DeptRow> out = new ArrayList<>();
        for (Object[] r : rows(s, "select coalesce(d.code, '-'), coalesce(d.name, 'Birimsiz'), sum(x.n) from ("
                + ranged(s, "'P'") + ") x left join departments d on d.id = x.department_id group by 1, 2"
                + " having sum(x.n) <> 0")) {
            out.add(new DeptRow((String) r[0], (String) r[1], num(r[2])));
        }
        return out;
    }

    public Figures figures(Scope s) {
        Map<String, Long> flags = new HashMap<>();
        Map<String, Long> sat = new HashMap<>();
        List<Report.Count> categories = new ArrayList<>();
        List<Report.Count> districts = new ArrayList<>();
        List<Report.Count> hoods = new ArrayList<>();
        List<Report.Count> referrals = new ArrayList<>();
        Map<Duration, TreeMap<Integer, Long>> histograms = new HashMap<>();
        // ties are ordered as the grouped queries of the cases did: by key, in the database's collation
        String sql = "with r as materialized (select x.dim, x.k1, x.k2, sum(x.n) n from ("
                + ranged(s, "'C', 'L', 'R', 'F', 'H', 'S'") + ") x group by 1, 2, 3 having sum(x.n) <> 0)"
                + " select 'row', dim, k1, k2, n, row_number() over (partition by dim order by n desc, k1) from r"
                + " where dim <> 'L'"
                + " union all select 'district', 'L', k1, null, sum(n), row_number() over (order by sum(n) desc, k1)"
                + " from r where dim = 'L' and k1 is not null group by k1"
                + " union all select 'hood', 'L', k1, k2, n, row_number() over (order by n desc, k1 || '/' || k2)"
                + " from r where dim = 'L' and k2 is not null"
                + " order by 1, 2, 6";
        for (Object[] r : rows(s, sql)) {
            String kind = (String) r[0];
            String dim = String.valueOf(r[1]);
            String k1 = (String) r[2];
            String k2 = (String) r[3];
            long n = num(r[4]);
            long rank = num(r[5]);
            switch (kind + dim) {
                case "districtL" -> {
                    if (rank <= 10) {
                        districts.add(new Report.Count(k1, k1, n));
                    }
                }
                case "hoodL" -> {
                    if (rank <= 10) {
                        hoods.add(new Report.Count(k1 == null ? "null" : k1 + "/" + k2,
                                k2 + " (" + (k1 == null ? "?" : k1) + ")", n));
                    }
                }
                case "rowC" -> categories.add(new Report.Count(k1 == null ? "-" : k1, k1 == null ? "-" : k1, n));
                case "rowR" -> referrals.add(new Report.Count(String.valueOf(k1), String.valueOf(k1), n));
                case "rowF" -> flags.put(k1, n);
                case "rowS" -> sat.put(k1, n);
                case "rowH" -> histograms.computeIfAbsent(Duration.RESOLUTION.histogram.equals(k1)
                        ? Duration.RESOLUTION : Duration.FIRST_RESPONSE, d -> new TreeMap<>()).put(Integer.parseInt(k2), n);
                default -> throw new IllegalStateException("unknown roll-up row " + kind + " " + dim);
            }
        }
        return new Figures(flags, sat, categories, districts, hoods, referrals, histograms);
    }

    /** Forwarded cases still open past their due time: this depends on the clock, so it is counted from cases. */
    public long openOverdue(Scope s) {
        return num(single(s, "select count(*) from cases c where c.due_at is not null and c.resolved_at is null"
                + " and c.due_at < now() and c.created_at >= :start and c.created_at < :end"
                + (s.departmentId() == null ? "" : " and c.department_id = :dept")));
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
            Query q = query(s, "select " + d.seconds() + "::float8 from cases c where " + d.column + " is not null"
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
            out[i] = ((Number) single(s, "select percentile_cont(" + ps[i] + ") within group (order by " + d.seconds()
                    + ") from cases c where c.created_at >= :start and c.created_at < :end"
                    + (s.departmentId() == null ? "" : " and c.department_id = :dept"))).doubleValue();
        }
        return out;
    }

    /** Counter rows of some dims over the range: whole months, edge days, deltas not folded yet. */
    private static String ranged(Scope s, String dims) {
        String cols = "dim, department_id, k1, k2, n";
        return "select " + cols + " from report_counts where grain = 'M' and dim in (" + dims + ")"
                + " and day >= :monthsFrom and day < :monthsTo" + s.dept()
                + " union all select " + cols + " from report_counts where grain = 'D' and dim in (" + dims + ")"
                + " and (day >= :from and day < :monthsFrom or day >= :monthsTo and day <= :to)" + s.dept()
                + " union all select " + cols + " from report_deltas where dim in (" + dims + ")"
                + " and day between :from and :to" + s.dept();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Scope s, String sql) {
        return query(s, sql).getResultList();
    }

    private Object single(Scope s, String sql) {
        return query(s, sql).getSingleResult();
    }

    private Query query(Scope s, String sql) {
        Query q = em.createNativeQuery(sql);
        bind(q, sql, "from", s.from());
        bind(q, sql, "to", s.to());
        bind(q, sql, "monthsFrom", s.monthsFrom());
        bind(q, sql, "monthsTo", s.monthsTo());
        bind(q, sql, "start", s.start());
        bind(q, sql, "end", s.end());
        if (s.departmentId() != null) {
            bind(q, sql, "dept", s.departmentId());
        }
        return q;
    }

    private static void bind(Query q, String sql, String name, Object value) {
        if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
            q.setParameter(name, value);
        }
    }

    private static LocalDate localDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
