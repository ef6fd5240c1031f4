package tr.hemsehri.incident.grouping;

import java.util.List;

/**
 * Which open incident a report (or a spike of reports) belongs to, among those indexed where it was placed. Not
 * thread-safe (the engine's callers synchronise).
 */
final class Candidates {
    private final Thresholds t;
    private final JoinRules rules;
    private final BurstRules bursts;
    private final OpenIncidents open;

    Candidates(Thresholds t, JoinRules rules, OpenIncidents open) {
        this.t = t;
        this.rules = rules;
        this.bursts = rules.bursts();
        this.open = open;
    }

    /** The incident the report joins: its own index key's first, then its district's or its mahalle's structures. */
    Group choose(String dk, Report r) {
        Group best = best(open.at(dk), r);
        if (best == null && dk.startsWith(GroupingEngine.STRUCTURE) && r.districtKey() != null) {
            // "Mavişehir'de alt geçidi su bastı" on a day of flooded Mavişehir streets: the district's incident
            best = best(open.at(r.districtKey()), r);
        }
        if (best == null && t.structures() && r.structure() == null && r.line() == null
                && r.neighborhoodKey() != null && !r.topics().isEmpty()) {
            // "Egekent'ten geçmek zorundayım, ışıklar geldi mi?" beside the Egekent junction's incident: the
            // mahalle's own named structure, when the report names its problem class
            best = best(open.structuresNamed(r), r);
        }
        String kind = r.text().structure();
        if (best == null && t.structures() && r.line() == null && kind != null && kind.endsWith(":")
                && r.districtKey() != null) {
            // "alt geçit havuz oldu", no name, on the morning the district's Doğan Araslı underpass is flooded: the
            // one live structure of that kind in the district, when there is only one
            List<Group> same = open.structuresOf(r.districtKey(), kind);
            Group only = null;
            for (Group g : same) {
                if (g.live(r.at(), t.window())) {
                    if (only != null) {
                        return null;
                    }
                    only = g;
                }
            }
            if (only != null && rules.matches(only, r, only.similarity(r.text()))) {
                best = only;
            }
        }
        return best;
    }

    /** The incident of this list the report matches best (an announced planned interruption first), or null. */
    private Group best(List<Group> candidates, Report r) {
        Group best = null;
        double bestSim = -1;
        boolean districtOnly = r.neighborhoodKey() == null && !rules.ownPlace(r);
        for (Group g : candidates) {
            if (!g.planned && !g.live(r.at(), t.window())) {
                continue; // past its window (kept until the next reload): not worth a similarity
            }
            double sim = g.similarity(r.text());
            if (!rules.matches(g, r, sim)) {
                continue;
            }
            if (districtOnly && best != null && g.neighborhoodKey != null && best.neighborhoodKey != null
                    && !g.covers(best.neighborhoodKey) && !best.covers(g.neighborhoodKey)) {
                // "Darıca'da su yok" while two mahalles of Darıca are without water for two reasons: which one
                // cannot be told, so the report waits for a moderator rather than get the wrong answer
                return null;
            }
            if (r.topics().isEmpty() && best != null && g.covers(r.neighborhoodKey())
                    && best.covers(r.neighborhoodKey()) && !g.mainTopics().equals(best.mainTopics())) {
                // "Kozağaç'ta da yok" while Kozağaç has no water and no power: which one it means cannot be told
                return null;
            }
            // an announced interruption explains the report better than any incident detected from reports
            boolean better = best == null || (g.planned && !best.planned)
                    || (g.planned == best.planned && sim > bestSim);
            if (better) {
                best = g;
                bestSim = sim;
            }
        }
        return best;
    }

    /** The live incident of the burst these reports would open a second incident of (see BurstRules), or null. */
    Group burstSibling(List<Group> candidates, List<Report> spike) {
        for (Group g : candidates) {
            if (bursts.burstSibling(g, spike)) {
                return g;
            }
        }
        return null;
    }
}
