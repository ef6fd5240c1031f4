package tr.hemsehri.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The complaint desk's figures for a date range (Europe/Istanbul days, both ends included), optionally for one
 * department. Times are in seconds.
 */
@io.quarkus.qute.TemplateData
public record Report(LocalDate from, LocalDate to, String department, String departmentName, long total,
        List<DayCount> byDay, List<Count> byChannel, List<Count> byCategory, List<Count> byDepartment,
        List<Count> topDistricts, List<Count> topNeighborhoods, Timing firstResponse, Timing resolution, Sla sla,
        Satisfaction satisfaction, List<Count> referrals) {

    @io.quarkus.qute.TemplateData
    public record DayCount(LocalDate day, String channel, long count) {
    }

    @io.quarkus.qute.TemplateData
    public record Count(String key, String label, long count) {
    }

    /** Median and 90th percentile over the cases that have the time, and how many those are. */
    @io.quarkus.qute.TemplateData
    public record Timing(Double medianSeconds, Double p90Seconds, long count) {
    }

    /** Forwarded cases: resolved by the due time, resolved late or still open past it, still within it. */
    @io.quarkus.qute.TemplateData
    public record Sla(long withDueTime, long met, long breached, long pending, Double complianceRate) {
    }

    /**
     * Satisfaction checks: answer rate among those asked, score 1–5 distribution, "fixed" answers; reopen rate:
     * cases reopened at least once among the cases ever resolved (reopened ones included).
     */
    @io.quarkus.qute.TemplateData
    public record Satisfaction(long asked, long answered, Double answerRate, Double averageScore, List<Count> scores,
            long fixedYes, long fixedNo, long resolved, long reopened, Double reopenRate) {
    }
}
