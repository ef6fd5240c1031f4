package tr.hemsehri.incident.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the incident API. */
public final class IncidentDtos {
    private IncidentDtos() {
    }

    /** An incident with its report counts. */
    public record IncidentView(long id, String kind, String status, String title, Long departmentId,
            String departmentCode, String departmentName, String district, String neighborhood, long reportCount,
            Map<String, Long> byPlatform, Map<String, Long> byNeighborhood, Instant firstReportAt,
            Instant lastReportAt, Instant eta, String publicText, Instant plannedStart, Instant plannedEnd,
            Long mergedInto, Instant createdAt, Instant confirmedAt, Instant resolvedAt) {
    }

    public record LinkedCase(long caseId, String reference, String platform, String status, String district,
            String neighborhood, String linkedBy, Float similarity, Instant createdAt, String text) {
    }

    /** An ungrouped case the incident may be missing, with the join model's probability (console suggestions). */
    public record SuggestedCase(long caseId, String reference, String platform, String district, String neighborhood,
            double probability, Instant createdAt, String text) {
    }

    /** Ungrouped cases that may be one incident (console proposals), oldest first, with the pairs' mean probability. */
    public record ProposedIncident(List<SuggestedCase> cases, double probability) {
    }

    public record UpdateView(long id, String status, String text, Instant eta, String actor, int recipients,
            Instant createdAt) {
    }

    public record IncidentDetail(IncidentView incident, List<LinkedCase> cases, List<UpdateView> updates) {
    }

    /** A status update: text to citizens, the incident's new status (IN_PROGRESS or RESOLVED, optional), ETA. */
    public record UpdateRequest(String text, String status, Instant eta) {
    }

    public record PatchRequest(String title, Instant eta, String department) {
    }

    public record CaseIds(List<Long> caseIds, String title) {
    }

    public record MergeRequest(Long otherId) {
    }

    /** A planned interruption: where, when, which department, and the announcement citizens get. */
    public record PlannedRequest(String department, String district, String neighborhood, Instant start,
            Instant end, String announcement, String title) {
    }

    public record UpdateResult(long incidentId, String status, int recipients) {
    }
}
