package tr.hemsehri.moderation.model;

import java.time.Instant;
import java.util.List;

/**
 * One case with its full timeline. {@code citizen} is the person behind it: the root of the citizen records a
 * moderator linked together, so every case of a linked person names the same citizen.
 */
public record CaseDetail(CaseSummary summary, List<TimelineItem> timeline, List<Correction> corrections,
        CitizenProfile.Ref citizen) {

    public record TimelineItem(Long id, String platform, String externalId, String direction, String visibility,
            String authorHandle, String authorName, String text, Instant createdAt, String parentExternalId) {
    }

    public record Correction(String field, String oldValue, String newValue, String by, Instant at) {
    }
}
