package tr.hemsehri.moderation.model;

import java.util.EnumSet;
import java.util.Set;

public enum CaseStatus {
    NEW, TRIAGED, FORWARDED, IN_PROGRESS, RESOLVED, CLOSED, REFERRED, REOPENED;

    /** Statuses a moderator works from the moderation queue. */
    public static final Set<CaseStatus> MODERATION_QUEUE = EnumSet.of(NEW, TRIAGED);

    /** Statuses in which a department sees a case forwarded to it. */
    public static final Set<CaseStatus> DEPARTMENT_VISIBLE = EnumSet.of(FORWARDED, IN_PROGRESS, RESOLVED, CLOSED,
            REOPENED);
}
