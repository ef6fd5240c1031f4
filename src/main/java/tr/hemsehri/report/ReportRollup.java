package tr.hemsehri.report;

import static tr.hemsehri.report.RollupQueries.rows;
import static tr.hemsehri.report.RollupQueries.single;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the report roll-up (V8__report_rollups.sql). A range reads the whole months it covers at month grain, its
 * edge days at day grain, and the deltas not folded yet of every day; the per-day channel counts (the report's
 * daily table) always come at day grain. {@link ReportRollupFold} folds the deltas; {@link ReportPercentiles}
 * finds the exact percentiles through the roll-up's duration histograms.
 */
@ApplicationScoped
public class ReportRollup {
    @Inject
    EntityManager em;

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

    public List<DayRow> perDay(Scope s) {
        List<DayRow> out = new ArrayList<>();
        for (Object[] r : rows(em, s, "select x.day, x.k1, sum(x.n) from ("
                + "select day, k1, n from report_counts where grain = 'D' and dim = 'P' and day between :from and :to"
                + s.dept() + " union all select day, k1, n from report_deltas where dim = 'P'"
                + " and day between :from and :to" + s.dept() + ") x group by 1, 2 having sum(x.n) <> 0 order by 1, 2")) {
            out.add(new DayRow(localDate(r[0]), (String) r[1], num(r[2])));
        }
        return out;
    }

    public List<DeptRow> perDepartment(Scope s) {
        List<DeptRow> out = new ArrayList<>();
        for (Object[] r : rows(em, s, "select coalesce(d.code, '-'), coalesce(d.name, 'Birimsiz'), sum(x.n) from ("
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
        for (Object[] r : rows(em, s, sql)) {
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
        return num(single(em, s, "select count(*) from cases c where c.due_at is not null and c.resolved_at is null"
                + " and c.due_at < now() and c.created_at >= :start and c.created_at < :end"
                + (s.departmentId() == null ? "" : " and c.department_id = :dept")));
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

    private static LocalDate localDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
