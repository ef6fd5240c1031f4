package tr.hemsehri.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;

/**
 * The desk's reports. Counts come from the daily/monthly roll-up (V8: report_counts plus the deltas not folded
 * yet, exact by construction), so a report reads a few thousand counter rows instead of scanning every case in
 * the range; see {@link ReportRollup}. What the roll-up cannot hold is read from the cases through narrow
 * indexes: open cases past their due time (they depend on the clock) and the exact percentiles (the k-th
 * duration, located in its histogram bucket by the roll-up). Everything is read in one REPEATABLE READ snapshot,
 * so the counters, the pending deltas and the cases agree.
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
    @Inject
    ReportRollup rollup;
    @Inject
    ReportPercentiles percentiles;

    // a new transaction, so that the snapshot can be set before the first query whoever calls
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Report report(LocalDate from, LocalDate to, String departmentCode) {
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
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
        ReportRollup.Scope s = new ReportRollup.Scope(start, end, dept == null ? null : dept.id);

        List<Report.DayCount> byDay = new ArrayList<>();
        Map<String, Long> channels = new TreeMap<>();
        Map<String, Report.Count> perDepartment = new HashMap<>();
        long total = 0;
        for (ReportRollup.DayRow r : rollup.perDay(s)) {
            byDay.add(new Report.DayCount(r.day(), r.platform(), r.count()));
            channels.merge(r.platform(), r.count(), Long::sum);
            total += r.count();
        }
        for (ReportRollup.DeptRow r : rollup.perDepartment(s)) {
            perDepartment.put(r.code(), new Report.Count(r.code(), r.name(), r.count()));
        }
        List<Report.Count> byChannel = channels.entrySet().stream()
                .map(e -> new Report.Count(e.getKey(), e.getKey(), e.getValue())).toList();
        List<Report.Count> byDepartment = perDepartment.values().stream()
                .sorted(Comparator.comparingLong(Report.Count::count).reversed().thenComparing(Report.Count::key))
                .toList();

        ReportRollup.Figures f = rollup.figures(s);
        Report.Timing first = timing(s, ReportRollup.Duration.FIRST_RESPONSE, f);
        Report.Timing resolution = timing(s, ReportRollup.Duration.RESOLUTION, f);
        long withDue = f.flag("due"), met = f.flag("met"), breached = f.flag("late") + rollup.openOverdue(s);
        Report.Sla sla = new Report.Sla(withDue, met, breached, withDue - met - breached,
                met + breached == 0 ? null : (double) met / (met + breached));
        // a reopened case has no resolved_at until it is resolved again, yet it was resolved once: it belongs
        // in the denominator of the reopen rate
        long resolved = f.flag("resolved_once");
        long reopened = f.flag("reopened");

        long asked = f.satisfaction("asked"), answered = f.satisfaction("answered");
        long scored = f.satisfaction("score_count");
        List<Report.Count> scores = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            scores.add(new Report.Count(String.valueOf(i), i + " puan", f.satisfaction("score_" + i)));
        }
        Report.Satisfaction sat = new Report.Satisfaction(asked, answered, asked == 0 ? null : (double) answered / asked,
                scored == 0 ? null : (double) f.satisfaction("score_sum") / scored, scores, f.satisfaction("fixed_yes"),
                f.satisfaction("fixed_no"), resolved, reopened, resolved == 0 ? null : (double) reopened / resolved);

        return new Report(start, end, dept == null ? null : dept.code, dept == null ? null : dept.name, total, byDay,
                byChannel, f.categories(), byDepartment, f.districts(), f.neighborhoods(), first, resolution, sla, sat,
                f.referrals());
    }

    private Report.Timing timing(ReportRollup.Scope s, ReportRollup.Duration d, ReportRollup.Figures f) {
        long n = f.flag(d.flag);
        if (n == 0) {
            return new Report.Timing(null, null, 0);
        }
        double[] p = percentiles.percentiles(s, d, f.histogram(d), n, 0.5, 0.9);
        return new Report.Timing(seconds(p[0]), seconds(p[1]), n);
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

    /** Whole seconds: interpolated percentiles carry float noise that would show in the CSV. */
    private static Double seconds(double v) {
        return (double) Math.round(v);
    }

}
