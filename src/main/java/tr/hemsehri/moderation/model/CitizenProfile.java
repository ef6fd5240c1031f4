package tr.hemsehri.moderation.model;

import java.time.Instant;
import java.util.List;

/**
 * One person as the desk knows them: every citizen record a moderator linked together, their platform
 * identities and their cases. {@code id} is the citizen asked for, {@code canonicalId} the group's root, which
 * case pages show for every case of the group.
 */
public record CitizenProfile(Long id, Long canonicalId, Long mergedInto, String displayName, List<Linked> linked,
        List<Identity> identities, List<CaseRef> cases) {

    /** A citizen record of the group other than its root, and the record it was linked to. */
    public record Linked(Long id, String displayName, Long mergedInto) {
    }

    public record Identity(Long citizenId, String platform, String authorId, String handle, String displayName) {
    }

    public record CaseRef(Long id, String reference, Long citizenId, CaseStatus status, String platform,
            String category, Instant createdAt) {
    }

    /** The person behind a case, as the case page shows it. */
    public record Ref(Long id, String displayName) {
    }

    /** Request body of link and unlink. */
    public record LinkRequest(Long otherId) {
    }
}
