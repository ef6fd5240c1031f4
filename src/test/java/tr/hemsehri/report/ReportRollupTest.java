package tr.hemsehri.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;

/**
 * The roll-up's figures equal the grouped scans of the cases (ReportOracle) exactly, for ranges made of whole
 * months, edge days and single days, with and without a department, while cases are corrected, forwarded,
 * resolved, reopened, answered and deleted, both before the deltas are folded and after. Cases live in
 * April–August 2018, which no other test uses.
 */
@QuarkusTest
class ReportRollupTest extends PostgresTest {
    private static final String[] PLATFORMS = {"X", "FACEBOOK", "INSTAGRAM", "WHATSAPP"};
    private static final String[] CATEGORIES = {"COMPLAINT", "REQUEST", "SUPPORT", null};
    private static final String[] DEPARTMENTS = {"WATER", "CLEANING", null};
    private static final String[] DISTRICTS = {"Karşıyaka", "Bornova", "Buca", null};
    private static final String[] HOODS = {"Bostanlı", "Kazımdirik", "Şirinyer", null};
    private static final String[] STATUSES = {"NEW", "TRIAGED", "FORWARDED", "IN_PROGRESS", "RESOLVED", "CLOSED",
            "REFERRED", "REOPENED"};

    @Inject
    ReportService reports;
    @Inject
    ReportOracle oracle;
    @Inject
    ReportRollupFold fold;
    @Inject
    ReportPercentiles percentiles;
    @Inject
    AgroalDataSource db;

    @Test
    void rollupEqualsTheCasesThroughEveryKindOfChange() throws SQLException {
        Random r = new Random(8);
        for (int i = 0; i < 300; i++) {
            exec(insertCase(r));
        }
        // ingestion inserts a batch per statement (one trigger call over the transition table): 150 more in one go
        exec("""
                insert into cases (platform, status, category, department_id, district, neighborhood, created_at,
                    last_message_at, first_response_at, resolved_at, due_at, reopen_count, out_of_scope)
                select platform, status, category, department_id, district, neighborhood, created_at + interval '1 hour',
                       last_message_at, first_response_at + interval '1 hour', resolved_at + interval '2 hours', due_at,
                       reopen_count, out_of_scope
                from cases where\s""" + inRange() + " and id % 2 = 1");
        exec("""
                insert into satisfaction_checks (case_id, status, score, fixed)
                select id, (array['SENT', 'ANSWERED', 'UNANSWERED', 'NOT_SENT'])[1 + id % 4],
                       case when id % 4 = 1 then 1 + id % 5 end, case when id % 4 = 1 then id % 3 = 0 end
                from cases where created_at >= '2018-04-01' and created_at < '2018-09-01' and id % 2 = 0""");
        compare("seeded, nothing folded yet");
        fold.fold();
        compare("seeded, folded");

        for (int round = 0; round < 4; round++) {
            // corrections, forwards and the workflow move cases between buckets
            exec("update cases set category = (array['COMPLAINT','REQUEST','SUPPORT'])[1 + (id + " + round + ") % 3]"
                    + " where " + inRange() + " and id % 7 = " + round);
            exec("update cases set department_id = (select id from departments where code = '"
                    + DEPARTMENTS[round % 2] + "') where " + inRange() + " and id % 5 = " + round);
            exec("update cases set district = 'Konak', neighborhood = 'Alsancak' where " + inRange()
                    + " and id % 11 = " + round);
            exec("update cases set status = 'RESOLVED', resolved_at = created_at + (id % 97) * interval '37 minutes',"
                    + " first_response_at = coalesce(first_response_at, created_at + interval '3 minutes')"
                    + " where " + inRange() + " and status in ('FORWARDED', 'IN_PROGRESS') and id % 3 = " + round % 3);
            exec("update cases set status = 'REOPENED', resolved_at = null, reopen_count = reopen_count + 1 where "
                    + inRange() + " and status = 'RESOLVED' and id % 13 = " + round);
            exec("update cases set status = 'REFERRED', out_of_scope = 'ELECTRICITY' where " + inRange()
                    + " and id % 17 = " + round);
            exec("update cases set due_at = created_at + interval '1 day' where " + inRange() + " and id % 19 = " + round);
            exec("update satisfaction_checks set status = 'ANSWERED', score = 1 + (id + " + round + ") % 5,"
                    + " fixed = id % 2 = 0 where case_id in (select id from cases where " + inRange() + ")"
                    + " and id % 3 = " + round % 3);
            // irrelevant columns fire no trigger and change nothing
            exec("update cases set message_count = message_count + 1, last_message_at = now() where " + inRange()
                    + " and id % 4 = 0");
            exec("delete from satisfaction_checks where case_id in (select id from cases where " + inRange()
                    + " and id % 23 = " + round + ")");
            exec("delete from cases c where " + inRange().replace("created_at", "c.created_at") + " and c.id % 29 = "
                    + round + " and not exists (select 1 from satisfaction_checks s where s.case_id = c.id)"
                    + " and not exists (select 1 from messages m where m.case_id = c.id)");
            compare("round " + round + ", pending deltas");
            if (round % 2 == 1) {
                fold.fold();
                compare("round " + round + ", folded");
            }
        }
    }

    private void compare(String when) {
        String[][] ranges = {
                {"2018-04-01", "2018-08-31"}, // whole months only
                {"2018-04-17", "2018-07-09"}, // edge days around whole months
                {"2018-05-31", "2018-06-01"}, // two edge days, no whole month
                {"2018-06-13", "2018-06-13"}, // one day
                {"2018-03-01", "2018-04-30"}, // an empty month and a full one
        };
        int checked = 0;
        for (String[] range : ranges) {
            for (String dept : new String[] {null, "WATER", "CLEANING"}) {
                LocalDate from = LocalDate.parse(range[0]);
                LocalDate to = LocalDate.parse(range[1]);
                Report want = oracle.report(from, to, dept);
                Report got = reports.report(from, to, dept);
                String at = when + ", " + range[0] + ".." + range[1] + (dept == null ? "" : " " + dept);
                assertEquals(want.total(), got.total(), at + ": total");
                assertEquals(want.byDay(), got.byDay(), at + ": by day");
                assertEquals(want.byChannel(), got.byChannel(), at + ": by channel");
                assertEquals(map(want.byCategory()), map(got.byCategory()), at + ": by category");
                assertEquals(map(want.byDepartment()), map(got.byDepartment()), at + ": by department");
                assertEquals(want.topDistricts(), got.topDistricts(), at + ": districts");
                assertEquals(want.topNeighborhoods(), got.topNeighborhoods(), at + ": neighbourhoods");
                assertEquals(want.firstResponse(), got.firstResponse(), at + ": first response");
                assertEquals(want.resolution(), got.resolution(), at + ": resolution");
                assertEquals(want.sla(), got.sla(), at + ": SLA");
                assertEquals(map(want.referrals()), map(got.referrals()), at + ": referrals");
                Report.Satisfaction ws = want.satisfaction();
                Report.Satisfaction gs = got.satisfaction();
                assertEquals(ws.averageScore() == null, gs.averageScore() == null, at + ": average score");
                if (ws.averageScore() != null) {
                    assertEquals(ws.averageScore(), gs.averageScore(), 1e-12, at + ": average score");
                }
                assertEquals(List.of(ws.asked(), ws.answered(), ws.fixedYes(), ws.fixedNo(), ws.resolved(), ws.reopened()),
                        List.of(gs.asked(), gs.answered(), gs.fixedYes(), gs.fixedNo(), gs.resolved(), gs.reopened()),
                        at + ": satisfaction");
                assertEquals(ws.scores(), gs.scores(), at + ": scores");
                checked += want.total() > 0 ? 1 : 0;
            }
        }
        assertTrue(checked >= 10, "most ranges hold cases (" + checked + ")");
        assertEquals(0, percentiles.fallbacks(), "percentiles found through the histogram, not by sorting the range");
    }

    private static String inRange() {
        return "created_at >= '2018-04-01' and created_at < '2018-09-01'";
    }

    private static String insertCase(Random r) {
        String status = STATUSES[r.nextInt(STATUSES.length)];
        String created = "timestamptz '2018-04-01 00:00+03' + interval '" + r.nextInt(153 * 24 * 60) + " minutes'";
        boolean responded = !status.equals("NEW") && r.nextInt(5) > 0;
        boolean resolved = status.equals("RESOLVED") || status.equals("CLOSED");
        String dept = DEPARTMENTS[r.nextInt(DEPARTMENTS.length)];
        return "insert into cases (platform, status, category, department_id, district, neighborhood, created_at,"
                + " last_message_at, first_response_at, resolved_at, due_at, reopen_count, out_of_scope) values ("
                + q(PLATFORMS[r.nextInt(4)]) + ", " + q(status) + ", " + q(CATEGORIES[r.nextInt(4)]) + ", "
                + (dept == null ? "null" : "(select id from departments where code = " + q(dept) + ")") + ", "
                + q(DISTRICTS[r.nextInt(4)]) + ", " + q(HOODS[r.nextInt(4)]) + ", " + created + ", " + created + ", "
                + (responded ? created + " + interval '" + (1 + r.nextInt(5000)) + " seconds'" : "null") + ", "
                + (resolved ? created + " + interval '" + (1 + r.nextInt(900_000)) + " seconds'" : "null") + ", "
                + (r.nextInt(3) == 0 ? created + " + interval '" + r.nextInt(300) + " hours'" : "null") + ", "
                + (r.nextInt(10) == 0 ? 1 : 0) + ", " + (status.equals("REFERRED") ? "'NATURAL_GAS'" : "null") + ")";
    }

    private static String q(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Map<String, Long> map(List<Report.Count> list) {
        return list.stream().collect(Collectors.toMap(c -> c.key() + "|" + c.label(), Report.Count::count));
    }
}
