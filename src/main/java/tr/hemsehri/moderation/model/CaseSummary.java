package tr.hemsehri.moderation.model;

import java.time.Instant;

/** A queue row. */
public record CaseSummary(
        Long id,
        String reference,
        CaseStatus status,
        String category,
        Float confidence,
        boolean urgent,
        String urgencyReason,
        String outOfScope,
        String department,
        String departmentName,
        String district,
        String neighborhood,
        String platform,
        String assignee,
        String authorHandle,
        String preview,
        int messageCount,
        Instant createdAt,
        Instant lastMessageAt,
        Instant dueAt) {
}
