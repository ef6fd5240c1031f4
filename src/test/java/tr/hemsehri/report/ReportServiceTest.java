package tr.hemsehri.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.testsupport.PostgresTest;

/**
 * Every report figure against cases with known times, in March 2020 (no other test creates cases then). The
 * expected values are worked out by hand in the comments; Istanbul is UTC+3 all year, and two cases sit on
 * either side of a day boundary that differs between UTC and Istanbul.
 */
@QuarkusTest
class ReportServiceTest extends PostgresTest {
    static final LocalDate FROM = LocalDate.parse("2020-03-02");
    static final LocalDate TO = LocalDate.parse("2020-03-04");
    private static boolean seeded;

    @Inject
    ReportService reports;
    @Inject
    AgroalDataSource db;

    /**
     * In range (2–4 March, Istanbul):
     * <pre>
     *  #   created (TR)  platform   category   dept      place                 status       1st  res  due         reopen
     *  c1  02 10:00      X          COMPLAINT  WATER     Karşıyaka/Bostanlı    RESOLVED     10   120  +180 (met)
     *  c2  03 01:00      X          COMPLAINT  WATER     Karşıyaka/Bostanlı    RESOLVED     20   300  +240 (late) 1
     *  c3  03 09:00      FACEBOOK   REQUEST    CLEANING  Karşıyaka/Mavişehir   FORWARDED    30   -    04 09:00 (open, past)
     *  c4  04 12:00      FACEBOOK   COMPLAINT  CLEANING  Bornova/Kazımdirik    IN_PROGRESS  40   -    now+2d (pending)
     *  c5  04 15:00      INSTAGRAM  -          -         Buca                  REFERRED ELECTRICITY 50
     *  c6  04 18:00      MANUAL     COMPLAINT  -         Buca                  REFERRED NATURAL_GAS
     *  c7  02 00:30      WHATSAPP   SUPPORT    -         -                     CLOSED       5
     *  c8  03 14:00      X          COMPLAINT  WATER     Bornova/Kazımdirik    RESOLVED     60   600  +1440 (met)
     *  c9  04 10:00      WHATSAPP   COMPLAINT  WATER     Karşıyaka/Bostanlı    REOPENED     15   -    -           1
     *  c10 04 17:00      INSTAGRAM  REQUEST    -         -                     REFERRED ELECTRICITY
     * </pre>
     * Out of range: 5 March 00:30 TR (still 4 March in UTC) and 1 March 23:30 TR. Satisfaction: c1 answered 5
     * fixed, c2 answered 2 not fixed, c9 answered 1 not fixed, c7 sent (no answer yet), c8 unanswered, c3 not
     * sent; the out-of-range case answered 3.
     */
    @BeforeEach
    void seed() throws SQLException {
        synchronized (ReportServiceTest.class) {
            if (seeded) {
                return;
            }
            long c1 = c("X", "2020-03-02 10:00", "RESOLVED", "COMPLAINT", "WATER", "Karşıyaka", "Bostanlı", 10, 120, "+180", 0, null);
            long c2 = c("X", "2020-03-03 01:00", "RESOLVED", "COMPLAINT", "WATER", "Karşıyaka", "Bostanlı", 20, 300, "+240", 1, null);
            long c3 = c("FACEBOOK", "2020-03-03 09:00", "FORWARDED", "REQUEST", "CLEANING", "Karşıyaka", "Mavişehir", 30, null,
                    "timestamptz '2020-03-04 09:00+03'", 0, null);
            c("FACEBOOK", "2020-03-04 12:00", "IN_PROGRESS", "COMPLAINT", "CLEANING", "Bornova", "Kazımdirik", 40, null,
                    "now() + interval '2 days'", 0, null);
            c("INSTAGRAM", "2020-03-04 15:00", "REFERRED", null, null, "Buca", null, 50, null, null, 0, "ELECTRICITY");
            c("MANUAL", "2020-03-04 18:00", "REFERRED", "COMPLAINT", null, "Buca", null, null, null, null, 0, "NATURAL_GAS");
            long c7 = c("WHATSAPP", "2020-03-02 00:30", "CLOSED", "SUPPORT", null, null, null, 5, null, null, 0, null);
            long c8 = c("X", "2020-03-03 14:00", "RESOLVED", "COMPLAINT", "WATER", "Bornova", "Kazımdirik", 60, 600, "+1440", 0, null);
            long c9 = c("WHATSAPP", "2020-03-04 10:00", "REOPENED", "COMPLAINT", "WATER", "Karşıyaka", "Bostanlı", 15, null, null, 1, null);
            c("INSTAGRAM", "2020-03-04 17:00", "REFERRED", "REQUEST", null, null, null, null, null, null, 0, "ELECTRICITY");
            long late = c("X", "2020-03-05 00:30", "RESOLVED", "COMPLAINT", "WATER", "Karşıyaka", "Bostanlı", 1, 2, "+3", 0, null);
            c("FACEBOOK", "2020-03-01 23:30", "REFERRED", "COMPLAINT", null, "Buca", null, 1, null, null, 0, "ELECTRICITY");
            check(c1, "ANSWERED", 5, true);
            check(c2, "ANSWERED", 2, false);
            check(c9, "ANSWERED", 1, false);
            check(c7, "SENT", null, null);
            check(c8, "UNANSWERED", null, null);
            check(c3, "NOT_SENT", null, null);
            check(late, "ANSWERED", 3, true);
            seeded = true;
        }
    }

    @Test
    void everyFigureForTheWholeDesk() {
        Report r = reports.report(FROM, TO, null);
        assertEquals(FROM, r.from());
        assertEquals(TO, r.to());
        assertNull(r.department());
        assertEquals(10, r.total());
        // c7 (00:30 on the 2nd) and c2 (01:00 on the 3rd) are counted on their Istanbul day
        assertEquals(List.of("2020-03-02 WHATSAPP 1", "2020-03-02 X 1", "2020-03-03 FACEBOOK 1", "2020-03-03 X 2",
                "2020-03-04 FACEBOOK 1", "2020-03-04 INSTAGRAM 2", "2020-03-04 MANUAL 1", "2020-03-04 WHATSAPP 1"),
                r.byDay().stream().map(d -> d.day() + " " + d.channel() + " " + d.count()).toList());
        assertEquals(map("FACEBOOK", 2, "INSTAGRAM", 2, "MANUAL", 1, "WHATSAPP", 2, "X", 3), counts(r.byChannel()));
        assertEquals(map("COMPLAINT", 6, "REQUEST", 2, "SUPPORT", 1, "-", 1), counts(r.byCategory()));
        assertDescending(r.byCategory());
        assertEquals(map("WATER", 4, "-", 4, "CLEANING", 2), counts(r.byDepartment()));
        assertDescending(r.byDepartment());
        assertEquals(Map.of("WATER", "Su ve Kanalizasyon", "CLEANING", "Temizlik İşleri", "-", "Birimsiz"),
                r.byDepartment().stream().collect(Collectors.toMap(Report.Count::key, Report.Count::label)));
        // ties are broken by name, so the order is fixed
        assertEquals(List.of("Karşıyaka 4", "Bornova 2", "Buca 2"), r.topDistricts().stream()
                .map(c -> c.label() + " " + c.count()).toList());
        assertEquals(List.of("Karşıyaka/Bostanlı Bostanlı (Karşıyaka) 3", "Bornova/Kazımdirik Kazımdirik (Bornova) 2",
                "Karşıyaka/Mavişehir Mavişehir (Karşıyaka) 1"), r.topNeighborhoods().stream()
                .map(c -> c.key() + " " + c.label() + " " + c.count()).toList());

        // first response, minutes 5 10 15 20 30 40 50 60: median (20+30)/2 = 25 min, p90 at rank 6.3 = 53 min
        assertEquals(new Report.Timing(1500.0, 3180.0, 8), r.firstResponse());
        // resolution, minutes 120 300 600: median 300 min, p90 at rank 1.8 = 300 + 0.8 * 300 = 540 min
        assertEquals(new Report.Timing(18000.0, 32400.0, 3), r.resolution());
        // due times on c1 c2 c3 c4 c8: met c1 c8, breached c2 (late) and c3 (open past due), pending c4
        assertEquals(new Report.Sla(5, 2, 2, 1, 0.5), r.sla());

        Report.Satisfaction s = r.satisfaction();
        assertEquals(5, s.asked(), "sent, answered and unanswered checks; not the one never sent");
        assertEquals(3, s.answered());
        assertEquals(0.6, s.answerRate(), 1e-9);
        assertEquals(8.0 / 3, s.averageScore(), 1e-9);
        assertEquals(List.of(1L, 1L, 0L, 0L, 1L), s.scores().stream().map(Report.Count::count).toList());
        assertEquals(List.of("1 puan", "2 puan", "3 puan", "4 puan", "5 puan"), s.scores().stream().map(Report.Count::label).toList());
        assertEquals(1, s.fixedYes());
        assertEquals(2, s.fixedNo());
        // ever resolved: c1 c2 c8, and c9 which was resolved before the citizen reopened it; reopened: c2 c9
        assertEquals(4, s.resolved());
        assertEquals(2, s.reopened());
        assertEquals(0.5, s.reopenRate(), 1e-9);

        assertEquals(List.of("ELECTRICITY 2", "NATURAL_GAS 1"), r.referrals().stream()
                .map(c -> c.key() + " " + c.count()).toList());
    }

    @Test
    void departmentFilterKeepsOnlyItsCases() {
        Report r = reports.report(FROM, TO, "WATER");
        assertEquals("WATER", r.department());
        assertEquals("Su ve Kanalizasyon", r.departmentName());
        assertEquals(4, r.total());
        assertEquals(List.of("2020-03-02 X 1", "2020-03-03 X 2", "2020-03-04 WHATSAPP 1"),
                r.byDay().stream().map(d -> d.day() + " " + d.channel() + " " + d.count()).toList());
        assertEquals(map("WATER", 4), counts(r.byDepartment()));
        assertEquals(map("COMPLAINT", 4), counts(r.byCategory()));
        assertEquals(List.of("Karşıyaka 3", "Bornova 1"), r.topDistricts().stream().map(c -> c.label() + " " + c.count()).toList());
        // minutes 10 15 20 60: median 17.5 min, p90 at rank 2.7 = 20 + 0.7 * 40 = 48 min
        assertEquals(new Report.Timing(1050.0, 2880.0, 4), r.firstResponse());
        assertEquals(new Report.Timing(18000.0, 32400.0, 3), r.resolution());
        assertEquals(new Report.Sla(3, 2, 1, 0, 2.0 / 3), r.sla());
        assertEquals(4, r.satisfaction().asked());
        assertEquals(3, r.satisfaction().answered());
        assertEquals(0.75, r.satisfaction().answerRate(), 1e-9);
        assertEquals(0.5, r.satisfaction().reopenRate(), 1e-9);
        assertTrue(r.referrals().isEmpty());
        assertEquals(2, reports.report(FROM, TO, "CLEANING").total());
        assertEquals(0, reports.report(FROM, TO, "FIRE").total());
        assertThrows(ApiException.class, () -> reports.report(FROM, TO, "NOPE"));
    }

    @Test
    void dateRangeUsesIstanbulDays() {
        Report third = reports.report(LocalDate.parse("2020-03-03"), LocalDate.parse("2020-03-03"), null);
        // c2 at 01:00 Istanbul is still the 2nd in UTC; it belongs to the 3rd
        assertEquals(3, third.total());
        assertEquals(List.of("2020-03-03 FACEBOOK 1", "2020-03-03 X 2"),
                third.byDay().stream().map(d -> d.day() + " " + d.channel() + " " + d.count()).toList());
        assertEquals(new Report.Timing(27000.0, 34200.0, 2), third.resolution());
        // the 5th holds the case created at 00:30 Istanbul (the 4th in UTC), the 1st the one at 23:30
        assertEquals(1, reports.report(LocalDate.parse("2020-03-05"), LocalDate.parse("2020-03-05"), null).total());
        assertEquals(1, reports.report(LocalDate.parse("2020-03-01"), LocalDate.parse("2020-03-01"), null).total());
        assertEquals(12, reports.report(LocalDate.parse("2020-03-01"), LocalDate.parse("2020-03-05"), null).total());
        Report empty = reports.report(LocalDate.parse("2020-02-01"), LocalDate.parse("2020-02-03"), null);
        assertEquals(0, empty.total());
        assertNull(empty.firstResponse().medianSeconds());
        assertNull(empty.sla().complianceRate());
        assertNull(empty.satisfaction().answerRate());
        assertThrows(ApiException.class, () -> reports.report(TO, FROM, null));
        assertThrows(ApiException.class, () -> reports.report(LocalDate.parse("2019-01-01"), TO, null));
    }

    @Test
    void csvHoldsTheSameFigures() {
        List<String> rows = List.of(reports.csv(reports.report(FROM, TO, null)).split("\n"));
        assertEquals("\uFEFFbolum;anahtar;etiket;deger", rows.get(0));
        for (String expected : List.of("aralik;from;Başlangıç;2020-03-02", "aralik;to;Bitiş;2020-03-04",
                "aralik;department;Birim;Tümü", "hacim;total;Toplam vaka;10", "gunluk;2020-03-03/X;X;2",
                "gunluk;2020-03-04/INSTAGRAM;INSTAGRAM;2", "kanal;X;X;3", "kategori;COMPLAINT;COMPLAINT;6",
                "birim;WATER;Su ve Kanalizasyon;4", "birim;CLEANING;Temizlik İşleri;2", "ilce;Karşıyaka;Karşıyaka;4",
                "mahalle;Karşıyaka/Bostanlı;Bostanlı (Karşıyaka);3", "ilk_yanit;median_s;Medyan (sn);1500.0",
                "ilk_yanit;p90_s;90. yüzdelik (sn);3180.0", "ilk_yanit;count;Yanıtlanan vaka;8",
                "cozum;median_s;Medyan (sn);18000.0", "cozum;p90_s;90. yüzdelik (sn);32400.0",
                "sla;with_due;Süreli vaka;5", "sla;met;Süresinde çözülen;2", "sla;breached;Süresi aşılan;2",
                "sla;pending;Süresi dolmamış açık;1", "sla;compliance;Uyum oranı;0.5", "memnuniyet;asked;Sorulan;5",
                "memnuniyet;answered;Yanıtlayan;3", "memnuniyet;answer_rate;Yanıt oranı;0.6", "puan;1;1 puan;1",
                "puan;3;3 puan;0", "puan;5;5 puan;1", "memnuniyet;fixed_no;Sorun giderilmedi;2",
                "memnuniyet;reopen_rate;Yeniden açılma oranı;0.5", "yonlendirme;ELECTRICITY;ELECTRICITY;2",
                "yonlendirme;NATURAL_GAS;NATURAL_GAS;1")) {
            assertTrue(rows.contains(expected), "CSV row " + expected + " in\n" + String.join("\n", rows));
        }
        // a category-less count: the '-' key is defused as a spreadsheet formula would be
        assertTrue(rows.contains("kategori;\"'-\";\"'-\";1"), String.join("\n", rows));
        List<String> water = List.of(reports.csv(reports.report(FROM, TO, "WATER")).split("\n"));
        assertTrue(water.contains("aralik;department;Birim;Su ve Kanalizasyon"));
        assertTrue(water.contains("hacim;total;Toplam vaka;4"));
        assertTrue(water.stream().noneMatch(l -> l.startsWith("yonlendirme;")), String.join("\n", water));
    }

    // ---- seeding

    /** One case; minutes are after the creation time; {@code due} is "+minutes" or an SQL expression. */
    long c(String platform, String createdTr, String status, String category, String dept, String district,
            String neighborhood, Integer firstMin, Integer resolvedMin, String due, int reopen, String outOfScope)
            throws SQLException {
        String created = "timestamptz '" + createdTr + "+03'";
        String dueSql = due == null ? "null" : due.startsWith("+")
                ? created + " + interval '" + due.substring(1) + " minutes'" : due;
        String sql = "insert into cases (platform, status, category, department_id, district, neighborhood, created_at,"
                + " last_message_at, first_response_at, resolved_at, due_at, reopen_count, out_of_scope) values (?, ?, ?,"
                + " (select id from departments where code = ?), ?, ?, " + created + ", " + created + ", "
                + minutes(created, firstMin) + ", " + minutes(created, resolvedMin) + ", " + dueSql + ", ?, ?) returning id";
        try (Connection conn = db.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, platform);
            ps.setString(2, status);
            ps.setString(3, category);
            ps.setString(4, dept);
            ps.setString(5, district);
            ps.setString(6, neighborhood);
            ps.setInt(7, reopen);
            ps.setString(8, outOfScope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void check(long caseId, String status, Integer score, Boolean fixed) throws SQLException {
        try (Connection conn = db.getConnection(); PreparedStatement ps = conn.prepareStatement(
                "insert into satisfaction_checks (case_id, status, score, fixed) values (?, ?, ?, ?)")) {
            ps.setLong(1, caseId);
            ps.setString(2, status);
            ps.setObject(3, score, java.sql.Types.INTEGER);
            ps.setObject(4, fixed, java.sql.Types.BOOLEAN);
            ps.executeUpdate();
        }
    }

    private static String minutes(String created, Integer m) {
        return m == null ? "null" : created + " + interval '" + m + " minutes'";
    }

    private static Map<String, Long> counts(List<Report.Count> list) {
        Map<String, Long> m = new LinkedHashMap<>();
        list.forEach(c -> m.put(c.key(), c.count()));
        return Map.copyOf(m);
    }

    private static Map<String, Long> map(Object... kv) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).longValue());
        }
        return Map.copyOf(m);
    }

    private static void assertDescending(List<Report.Count> list) {
        for (int i = 1; i < list.size(); i++) {
            assertTrue(list.get(i - 1).count() >= list.get(i).count(), list.toString());
        }
    }
}
