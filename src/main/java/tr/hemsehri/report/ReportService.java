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
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;

/**
 * Aggregates for the desk's reports. Every figure is one grouped scan of the cases created in the range
 * (cases_created_idx, or cases_department_idx with a department), joined once to departments or
 * satisfaction_checks where needed; no per-row subqueries.
 */
@ApplicationScoped
public class ReportService {
    public static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    /** Longest range one report may cover. */
    public static final int MAX_DAYS = 366;

    @Inject
    EntityManager em;
    @Inject
    DepartmentService departments;

    @Transactional
    public Report report(LocalDate from, LocalDate to, String departmentCode) {
        LocalDate end = to == null ? LocalDate.now(ZONE) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw ApiException.badRequest("'from' 'to' tarihinden sonra olamaz");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ApiException.badRequest("Rapor aralığı en fazla " + MAX_DAYS + " gün olabilir");
        }
        Department dept = null;
        if (departmentCode != null && !departmentCode.isBlank()) {
            dept = departments.byCode(departmentCode.trim());
            if (dept == null) {
                throw ApiException.badRequest("Bilinmeyen birim: " + departmentCode);
            }
        }
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
                + "from cases c where " + s.where() + " group by 1 order by 3 desc");
        List<Report.Count> byDepartment = counts(s, "select coalesce(d.code, '-'), coalesce(d.name, 'Birimsiz'), count(*) "
                + "from cases c left join departments d on d.id = c.department_id where " + s.where()
                + " group by 1, 2 order by 3 desc");
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
                + s.where() + " and c.status = 'REFERRED' group by 1 order by 3 desc");

        return new Report(start, end, dept == null ? null : dept.code, dept == null ? null : dept.name, total, byDay,
                byChannel, byCategory, byDepartment, districts, neighborhoods, first, resolution, sla, sat, referrals);
    }

    /** The figures as CSV rows: section;key;label;value (Excel in Turkish locale reads ';'). */
    public String csv(Report r) {
        StringBuilder sb = new StringBuilder("\uFEFFbolum;anahtar;etiket;deger\n");
        row(sb, "aralik", "from", "Başlangıç", r.from());
        row(sb, "aralik", "to", "Bitiş", r.to());
        row(sb, "aralik", "department", "Birim", r.departmentName() == null ? "Tümü" : r.departmentName());
        row(sb, "hacim", "total", "Toplam vaka", r.total());
        for (Report.DayCount d : r.byDay()) {
            row(sb, "gunluk", d.day() + "/" + d.channel(), d.channel(), d.count());
        }
        counts(sb, "kanal", r.byChannel());
        counts(sb, "kategori", r.byCategory());
        counts(sb, "birim", r.byDepartment());
        counts(sb, "ilce", r.topDistricts());
        counts(sb, "mahalle", r.topNeighborhoods());
        row(sb, "ilk_yanit", "median_s", "Medyan (sn)", r.firstResponse().medianSeconds());
        row(sb, "ilk_yanit", "p90_s", "90. yüzdelik (sn)", r.firstResponse().p90Seconds());
        row(sb, "ilk_yanit", "count", "Yanıtlanan vaka", r.firstResponse().count());
        row(sb, "cozum", "median_s", "Medyan (sn)", r.resolution().medianSeconds());
        row(sb, "cozum", "p90_s", "90. yüzdelik (sn)", r.resolution().p90Seconds());
        row(sb, "cozum", "count", "Çözülen vaka", r.resolution().count());
        row(sb, "sla", "with_due", "Süreli vaka", r.sla().withDueTime());
        row(sb, "sla", "met", "Süresinde çözülen", r.sla().met());
        row(sb, "sla", "breached", "Süresi aşılan", r.sla().breached());
        row(sb, "sla", "pending", "Süresi dolmamış açık", r.sla().pending());
        row(sb, "sla", "compliance", "Uyum oranı", r.sla().complianceRate());
        row(sb, "memnuniyet", "asked", "Sorulan", r.satisfaction().asked());
        row(sb, "memnuniyet", "answered", "Yanıtlayan", r.satisfaction().answered());
        row(sb, "memnuniyet", "answer_rate", "Yanıt oranı", r.satisfaction().answerRate());
        row(sb, "memnuniyet", "average", "Ortalama puan", r.satisfaction().averageScore());
        counts(sb, "puan", r.satisfaction().scores());
        row(sb, "memnuniyet", "fixed_yes", "Sorun giderildi", r.satisfaction().fixedYes());
        row(sb, "memnuniyet", "fixed_no", "Sorun giderilmedi", r.satisfaction().fixedNo());
        row(sb, "memnuniyet", "reopen_rate", "Yeniden açılma oranı", r.satisfaction().reopenRate());
        counts(sb, "yonlendirme", r.referrals());
        return sb.toString();
    }

    private static void counts(StringBuilder sb, String section, List<Report.Count> list) {
        for (Report.Count c : list) {
            row(sb, section, c.key(), c.label(), c.count());
        }
    }

    private static void row(StringBuilder sb, String section, String key, String label, Object value) {
        sb.append(cell(section)).append(';').append(cell(key)).append(';').append(cell(label)).append(';')
                .append(value == null ? "" : cell(value.toString())).append('\n');
    }

    /** Quotes a cell and defuses spreadsheet formulas (=, +, -, @ at the start). */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || !s.equals(v)) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
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
