package tr.hemsehri.incident.tools;

import java.util.Map;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.Report;

/**
 * Sees each stream's engine of a {@link GroupingEvaluation} replay before, during and after it: to record the
 * suggestions' training rows, or to play a moderator who links them ({@link JoinModelTrainer}).
 */
public interface ReplayHook {
    ReplayHook NONE = (engine, gold, clusters, planned) -> { };

    /**
     * {@code gold}: the gold id of each case of the stream (null = "-"); {@code clusters}: the incident ("i" + id)
     * of each grouped case, filled as the replay goes; {@code planned}: the gold id of each planned incident.
     */
    void started(GroupingEngine engine, Map<Long, String> gold, Map<Long, String> clusters,
            Map<Long, String> planned);

    /** The report was offered (and decided); {@code clusters} may be changed (a moderator's links). */
    default void after(GroupingEngine engine, Report r, GroupingEngine.Decision d, Map<Long, String> clusters) {
    }

    /** The stream was replayed; {@code clusters} may still be changed (a moderator's links) before scoring. */
    default void finished(GroupingEngine engine, Map<Long, String> clusters) {
    }
}
