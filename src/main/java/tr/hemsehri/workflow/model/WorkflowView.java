package tr.hemsehri.workflow.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything that happened to a case after it arrived: states, notes, replies, deliveries, satisfaction. */
public record WorkflowView(
        Long caseId,
        String reference,
        String status,
        List<String> allowedTransitions,
        Instant dueAt,
        boolean overdue,
        Map<String, Long> secondsInState,
        List<History> history,
        List<Note> notes,
        List<ReplyView> replies,
        List<Delivery> deliveries,
        List<Satisfaction> satisfaction) {

    public record History(String from, String to, String actor, String note, Instant at) {
    }

    public record Note(String kind, String text, String actor, Instant at) {
    }

    public record ReplyView(Long id, String visibility, String text, String template, String status, boolean piiMasked,
            String externalId, String error, Instant createdAt, Instant sentAt) {
    }

    public record Delivery(Long id, String kind, String visibility, String status, int attempts, String externalId,
            String lastError, String idempotencyKey, Instant sentAt) {
    }

    public record Satisfaction(Long id, String status, String channel, Integer score, Boolean fixed, String answer,
            String notSentReason, Instant sentAt, Instant answeredAt) {
    }
}
