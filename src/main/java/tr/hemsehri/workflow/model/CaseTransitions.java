package tr.hemsehri.workflow.model;

import static tr.hemsehri.moderation.model.CaseStatus.CLOSED;
import static tr.hemsehri.moderation.model.CaseStatus.FORWARDED;
import static tr.hemsehri.moderation.model.CaseStatus.IN_PROGRESS;
import static tr.hemsehri.moderation.model.CaseStatus.NEW;
import static tr.hemsehri.moderation.model.CaseStatus.REFERRED;
import static tr.hemsehri.moderation.model.CaseStatus.REOPENED;
import static tr.hemsehri.moderation.model.CaseStatus.RESOLVED;
import static tr.hemsehri.moderation.model.CaseStatus.TRIAGED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import tr.hemsehri.moderation.model.CaseStatus;

/**
 * The legal moves of a case: new → triaged → forwarded → in progress → resolved → closed; out of scope →
 * referred; reopened after an unhappy citizen. Anything else is refused with 409.
 */
public final class CaseTransitions {
    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = new EnumMap<>(CaseStatus.class);

    static {
        ALLOWED.put(NEW, EnumSet.of(TRIAGED, FORWARDED, REFERRED, CLOSED));
        ALLOWED.put(TRIAGED, EnumSet.of(FORWARDED, REFERRED, CLOSED));
        ALLOWED.put(FORWARDED, EnumSet.of(IN_PROGRESS, RESOLVED, TRIAGED));
        ALLOWED.put(IN_PROGRESS, EnumSet.of(RESOLVED, TRIAGED));
        ALLOWED.put(RESOLVED, EnumSet.of(CLOSED, REOPENED));
        ALLOWED.put(CLOSED, EnumSet.of(REOPENED));
        ALLOWED.put(REFERRED, EnumSet.of(TRIAGED, CLOSED));
        ALLOWED.put(REOPENED, EnumSet.of(IN_PROGRESS, RESOLVED, TRIAGED));
    }

    private CaseTransitions() {
    }

    public static boolean allowed(CaseStatus from, CaseStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    public static Set<CaseStatus> from(CaseStatus status) {
        return ALLOWED.getOrDefault(status, Set.of());
    }
}
