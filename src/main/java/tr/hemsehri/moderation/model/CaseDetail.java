package tr.hemsehri.moderation.model;

import java.time.Instant;
import java.util.List;

/** One case with its full timeline. */
public record CaseDetail(CaseSummary summary, List<TimelineItem> timeline, List<Correction> corrections) {

    public record TimelineItem(Long id, String platform, String externalId, String direction, String visibility,
            String authorHandle, String authorName, String text, Instant createdAt, String parentExternalId) {
    }

    public record Correction(String field, String oldValue, String newValue, String by, Instant at) {
    }
}
