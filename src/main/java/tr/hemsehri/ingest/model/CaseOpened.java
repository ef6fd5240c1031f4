package tr.hemsehri.ingest.model;

import java.time.Instant;

/**
 * A new case was opened by the pipeline. Fired inside the ingestion transaction, so observers (incident
 * grouping) commit together with the case; observers must be quick, as they run on the ingestion hot path.
 */
public record CaseOpened(long caseId, long messageId, InboundMessage message, tr.hemsehri.nlp.Analysis analysis,
        Long departmentId, Instant at) {
}
