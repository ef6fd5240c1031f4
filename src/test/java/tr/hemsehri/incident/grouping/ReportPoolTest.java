package tr.hemsehri.incident.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pool forgets by time whatever order reports arrive in, and keeps its neighbourhood index in step. */
class ReportPoolTest {
    private static final Instant T0 = Instant.parse("2025-07-14T12:00:00Z");

    private static Report at(long id, int minutesBefore, String neighborhood) {
        return Report.of(id, "su yok", "Buca", neighborhood, "WATER", T0.minusSeconds(60L * minutesBefore));
    }

    @Test
    void aLateOldReportBehindANewerOneStillExpires() {
        ReportPool pool = new ReportPool(java.time.Duration.ZERO);
        Report fresh = at(1, 10, "Kozağaç");
        Report backfilled = at(2, 600, "Yıldız"); // ten hours old, delivered after the fresh one
        pool.add("buca", fresh);
        pool.add("buca", backfilled);
        assertEquals(List.of(fresh), List.copyOf(pool.fresh("buca", T0.minusSeconds(6 * 3600))));
        assertTrue(pool.in("yildiz").isEmpty(), "the neighbourhood index forgets it too");
        assertEquals(1, pool.in("kozagac").size());
    }

    @Test
    void removingReportsUnindexesOnlyWhatWasPooled() {
        ReportPool pool = new ReportPool(java.time.Duration.ZERO);
        Report a = at(1, 5, "Kozağaç");
        Report b = at(2, 4, "Kozağaç");
        Report never = at(3, 3, "Kozağaç");
        pool.add("buca", a);
        pool.add("buca", b);
        pool.removeAll("buca", List.of(a, never));
        assertEquals(List.of(b), pool.in("kozagac"));
        assertEquals(1, pool.size());
    }
}
