package tr.hemsehri.incident;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.Report;

/** What the grouping tests share: reports written some minutes after a day's start, offered with fresh ids. */
abstract class GroupingFixture {
    private final Instant start;
    private final AtomicLong ids;
    private long caseId = 1;

    GroupingFixture(Instant start, long firstIncidentId) {
        this.start = start;
        this.ids = new AtomicLong(firstIncidentId);
    }

    Report report(String text, String district, String neighborhood, String department, int minute) {
        return Report.of(caseId++, text, district, neighborhood, department, start.plusSeconds(60L * minute));
    }

    Decision offer(GroupingEngine e, Report r) {
        return e.offer(r, ids::incrementAndGet);
    }

    /**
     * Offers the texts one minute apart from {@code firstMinute}, all of one place and department; returns the
     * incident the last of them that was not pooled opened or joined (0: all were pooled).
     */
    long incident(GroupingEngine e, String district, String mahalle, String department, int firstMinute,
            String... texts) {
        long id = 0;
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], district, mahalle, department, firstMinute + i));
            if (d.outcome() != GroupingEngine.Outcome.POOLED) {
                id = d.incidentId();
            }
        }
        return id;
    }
}
