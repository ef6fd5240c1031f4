package tr.hemsehri.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;

/**
 * The report as it was computed before the roll-up (V8): every figure one grouped scan of the cases in the range.
 * Kept in test scope as the oracle the roll-up's figures must equal exactly. Ties in the rankings are broken by
 * key here, as ReportRollup does (the original left them to the plan).
 */
@ApplicationScoped
public class ReportOracle {
    static final ZoneId ZONE = ReportService.ZONE;

    @Inject
    EntityManager em;
    @Inject
    DepartmentService departments;

    @Transactional
    public Report report(LocalDate from, LocalDate to, String departmentCode) {
        LocalDate end = to == null ? LocalDate.now(ZONE) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        Department dept = departmentCode == null ? null : departments.byCode(departmentCode);
        Scope s = new Scope(start, end, dept == null ? null : dept.id);

        List<Report.DayCount> byDay = new ArrayList<>();
        Map<String, Long> channels = new java.util.TreeMap<>();
        long total = 0;
        for (Object[] r : rows(s, "select (c.created_at at time zone 'Europe/Istanbul')::date, c.platform, count(*) "
                + "from cases c where " + s.where() + " group by 1, 2 order by 1, 2")) {
            long n = num(r[2]);
            byDay.add(new Report.DayCount(localDate(r[0]), (String) r[1], n));
            channels.merge((String) r[1], n, Long::sum);
            total += n;
        }
        List<Report.Count> byChannel = channels.entrySet().stream()
                .map(e -> new Report.Count(e.getKey(), e.getKey(), e.getValue())).toList();
        List<Report.Count> byCategory = counts(s, "select coalesce(c.category, '-'), coalesce(c.category, '-'), count(*) "
                + "from cases c where " + s.where() + " group by 1 order by 3 desc, 1");
        List<Report.Count> byDepartment = counts(s, "select coalesce(d.code, '-'), coalesce(d.name, 'Birimsiz'), count(*) "
                + "from cases c left join departments d on d.id = c.department_id where " + s.where()
                + " group by 1, 2 order by 3 desc, 1");
        List<Report.Count> districts = counts(s, "select c.district, c.district, count(*) from cases c where " + s.where()
                + " and c.district is not null group by 1 order by 3 desc, 1 limit 10");
        List<Report.Count> neighborhoods = counts(s, "select c.district || '/' || c.neighborhood, c.neighborhood || ' ("
                + "' || coalesce(c.district, '?') || ')', count(*) from cases c where " + s.where()
                + " and c.neighborhood is not null group by c.district, c.neighborhood order by 3 desc, 1 limit 10");

        Object[] t = rows(s, """
                select percentile_cont(0.5) within group (order by extract(epoch from c.first_response_at - c.created_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from c.first_response_at - c.created_at)),
                       count(c.first_response_at),
                       percentile_cont(0.5) within group (order by extract(epoch from c.resolved_at - c.created_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from c.resolved_at - c.created_at)),
                       count(c.resolved_at),
                       count(*) filter (where c.due_at is not null),
                       count(*) filter (where c.due_at is not null and c.resolved_at is not null and c.resolved_at <= c.due_at),
                       count(*) filter (where c.due_at is not null and ((c.resolved_at is not null and c.resolved_at > c.due_at)
                                        or (c.resolved_at is null and c.due_at < now()))),
                       count(*) filter (where c.reopen_count > 0),
                       count(*) filter (where c.resolved_at is not null or c.reopen_count > 0)
                from cases c where """ + " " + s.where()).get(0);
        Report.Timing first = new Report.Timing(seconds(t[0]), seconds(t[1]), num(t[2]));
        Report.Timing resolution = new Report.Timing(seconds(t[3]), seconds(t[4]), num(t[5]));
        long withDue = num(t[6]), met = num(t[7]), breached = num(t[8]);
        Report.Sla sla = new Report.Sla(withDue, met, breached, withDue - met - breached,
                met + breached == 0 ? null : (double) met / (met + breached));
        // a reopened case has no resolved_at until it is resolved again, yet it was resolved once: it belongs
        // in the denominator of the reopen rate
        long resolved = num(t[10]);
        long reopened = num(t[9]);

        Object[] a = rows(s, """
                select count(*) filter (where sc.status in ('SENT', 'ANSWERED', 'UNANSWERED')),
                       count(*) filter (where sc.status = 'ANSWERED'),
                       avg(sc.score),
                       count(*) filter (where sc.fixed),
                       count(*) filter (where sc.fixed = false),
                       count(*) filter (where sc.score = 1), count(*) filter (where sc.score = 2),
                       count(*) filter (where sc.score = 3), count(*) filter (where sc.score = 4),
                       count(*) filter (where sc.score = 5)
                from satisfaction_checks sc join cases c on c.id = sc.case_id where """ + " " + s.where()).get(0);
        long asked = num(a[0]), answered = num(a[1]);
        List<Report.Count> scores = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            scores.add(new Report.Count(String.valueOf(i), i + " puan", num(a[4 + i])));
        }
        Report.Satisfaction sat = new Report.Satisfaction(asked, answered, asked == 0 ? null : (double) answered / asked,
                dbl(a[2]), scores, num(a[3]), num(a[4]), resolved, reopened,
                resolved == 0 ? null : (double) reopened / resolved);

        List<Report.Count> referrals = counts(s, "select c.out_of_scope, c.out_of_scope, count(*) from cases c where "
                + s.where() + " and c.status = 'REFERRED' group by 1 order by 3 desc, 1");

        return new Report(start, end, dept == null ? null : dept.code, dept == null ? null : dept.name, total, byDay,
                byChannel, byCategory, byDepartment, districts, neighborhoods, first, resolution, sla, sat, referrals);
    }

    private record Scope(LocalDate from, LocalDate to, Long departmentId) {
        String where() {
            return "c.created_at >= :start and c.created_at < :end" + (departmentId == null ? "" : " and c.department_id = :dept");
        }

        void bind(Query q) {
            q.setParameter("start", from.atStartOfDay(ZONE).toInstant());
            q.setParameter("end", to.plusDays(1).atStartOfDay(ZONE).toInstant());
            if (departmentId != null) {
                q.setParameter("dept", departmentId);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Scope s, String sql) {
        Query q = em.createNativeQuery(sql);
        s.bind(q);
        return q.getResultList();
    }

    private List<Report.Count> counts(Scope s, String sql) {
        List<Report.Count> out = new ArrayList<>();
        for (Object[] r : rows(s, sql)) {
            out.add(new Report.Count(String.valueOf(r[0]), String.valueOf(r[1]), num(r[2])));
        }
        return out;
    }

    private static LocalDate localDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** Whole seconds: interpolated percentiles carry float noise that would show in the CSV. */
    private static Double seconds(Object o) {
        return o == null ? null : (double) Math.round(((Number) o).doubleValue());
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

}
