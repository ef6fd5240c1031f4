package tr.hemsehri.ingest.model;

import java.util.List;

/** What one batch did: how many messages were new, how many were already stored, which cases they touched. */
public record IngestResult(int stored, int duplicates, List<Long> caseIds, List<Long> newCaseIds) {
}
