package tr.hemsehri.ingest.model;

/**
 * A citizen wrote on a resolved case that awaits their satisfaction answer. Fired inside the ingestion
 * transaction, so the answer and its effect on the case commit together.
 */
public record SatisfactionAnswerArrived(long caseId, long messageId, String text) {
}
