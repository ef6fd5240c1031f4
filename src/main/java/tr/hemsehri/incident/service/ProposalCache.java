package tr.hemsehri.incident.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.NewIncidentSuggestions.Proposal;
import tr.hemsehri.incident.grouping.Report;

/**
 * The incident list's proposals, at most {@link #KEEP} old: the pairs are weighed outside the engine's lock (new cases
 * do not wait for the list page), and a proposal needs reports an hour old, so a minute changes little. A manual
 * change clears it, and a list weighed before one is not kept after it.
 */
final class ProposalCache {
    static final Duration KEEP = Duration.ofSeconds(60);

    private record Kept(Instant at, List<Proposal> list) {
    }

    private final GroupingEngine engine;
    /** Counts manual changes; guarded by the engine's lock. */
    private long changes;
    private volatile Kept kept;

    ProposalCache(GroupingEngine engine) {
        this.engine = engine;
    }

    List<Proposal> get(Instant now) {
        Kept last = kept;
        if (last != null && last.at().isAfter(now.minus(KEEP))) {
            return last.list();
        }
        List<List<Report>> places;
        long generation;
        synchronized (engine) {
            places = engine.proposals().settled(now);
            generation = changes;
        }
        List<Proposal> list = engine.proposals().propose(places);
        synchronized (engine) {
            if (generation == changes) {
                kept = new Kept(now, list);
            }
        }
        return list;
    }

    /** A case linked or an incident opened by hand: the next list is weighed afresh. */
    void clear() {
        synchronized (engine) {
            changes++;
            kept = null;
        }
    }
}
