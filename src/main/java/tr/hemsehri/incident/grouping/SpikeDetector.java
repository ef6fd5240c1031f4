package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;

/**
 * Early warning, for a report no open incident took: with the similar reports pooled at its place it becomes a new
 * incident (a spike of {@code spikeCount} within {@code spikeWindow}, or a small local group of
 * {@code localSpikeCount}), else it waits in the pool. Not thread-safe (the engine's callers synchronise).
 */
final class SpikeDetector {
    /** Registers the spike's incident and names the pool's keys. */
    private final GroupingEngine engine;
    private final Thresholds t;
    private final JoinRules rules;
    private final OpenIncidents open;
    private final ReportPool pool;
    private final PoolSweep sweep;
    private final Candidates candidates;
    private final PendingOwners owners;
    private final Duration poolWindow;

    SpikeDetector(GroupingEngine engine, Thresholds t, JoinRules rules, OpenIncidents open, ReportPool pool,
            PoolSweep sweep, Candidates candidates, PendingOwners owners, Duration poolWindow) {
        this.engine = engine;
        this.t = t;
        this.rules = rules;
        this.open = open;
        this.pool = pool;
        this.sweep = sweep;
        this.candidates = candidates;
        this.owners = owners;
        this.poolWindow = poolWindow;
    }

    /** Opens a spike with the report (an id from {@code newIncident}), joins a burst's live incident, or pools it. */
    Decision offer(Report r, String dk, ToLongFunction<Report> newIncident) {
        Collection<Report> q = pool.fresh(dk, r.at().minus(poolWindow));
        Instant spikeHorizon = r.at().minus(t.spikeWindow());
        List<Report> similar = new ArrayList<>();
        List<Report> local = new ArrayList<>();
        for (Report p : q) {
            double sim = p.text().cosine(r.text());
            if (rules.pairMatches(p, r, sim)) {
                if (!p.at().isBefore(spikeHorizon)) {
                    similar.add(p); // a spike is many reports at once; older ones only form a small local group
                }
                if (rules.localPair(p, r, sim)) {
                    local.add(p);
                }
            }
        }
        List<Report> members = similar.size() + 1 >= t.spikeCount() ? similar
                : t.localSpikeCount() > 0 && local.size() + 1 >= t.localSpikeCount() ? local : null;
        if (members != null) {
            members.add(r);
            pool.removeAll(dk, members);
            Group sibling = candidates.burstSibling(open.at(dk), members);
            if (sibling != null) {
                for (Report m : members) {
                    open.addMember(sibling, m);
                }
                return new Decision(Outcome.JOINED, sibling.id, sibling.similarity(r.text()), members);
            }
            Group g = open(members, r, newIncident);
            if (t.poolToNewIncident()) {
                offerPool(g, dk, q, members, r.at());
                if (t.streetAnchors() && !g.anchors.isEmpty()) {
                    // "İstasyon yolunda boru patlamış" waited under its street before the outage opened there
                    members.addAll(sweep.sweep(g, Set.copyOf(g.anchors), r, poolWindow, engine::poolKey));
                }
            }
            return new Decision(Outcome.SPIKE, g.id, 0, members);
        }
        pool.add(dk, r);
        return new Decision(Outcome.POOLED, 0, 0, List.of(r));
    }

    /**
     * "Alemdar Caddesi'nde çınar devrildi" / "alemdar cd ağaç devrildi geçilmiyor": neither names a district, but
     * both name one street by its name and one problem class, which is the one job a moderator would see. A live
     * incident of no place that names the street takes the report; else it and the pooled reports of no place naming
     * the street open one when they are {@code localSpikeCount}. A numbered street ("1469 sokak") is in every
     * district, so it never does this. Null: nothing of the kind (the caller pools the report).
     */
    Decision placeless(Report r, ToLongFunction<Report> newIncident) {
        List<String> named = new ArrayList<>(1);
        for (String s : r.text().anchors()) {
            if (!Character.isDigit(s.charAt(0))) {
                named.add(s);
            }
        }
        if (named.isEmpty() || r.topics().isEmpty()) {
            return null;
        }
        for (String s : named) {
            for (Group g : open.byStreet.getOrDefault(s, List.of())) {
                if (g.districtKey == null && g.line == null && g.structure == null && !g.planned
                        && g.live(r.at(), t.window())
                        && BurstRules.related(g.mainTopics(), r.topics())) {
                    open.addMember(g, r);
                    return new Decision(Outcome.JOINED, g.id, g.similarity(r.text()), List.of(r));
                }
            }
        }
        Instant horizon = r.at().minus(poolWindow);
        List<Report> members = new ArrayList<>();
        for (String s : named) {
            for (Report p : pool.naming(s)) {
                if (p.districtKey() == null && p.line() == null && p.structure() == null && !p.at().isBefore(horizon)
                        && !members.contains(p) && BurstRules.related(p.topics(), r.topics())) {
                    members.add(p);
                }
            }
        }
        if (members.size() + 1 < Math.max(2, t.localSpikeCount()) || placedCouldLearn(r)) {
            return null;
        }
        for (Report p : members) {
            pool.removeAll(engine.poolKey(p), List.of(p));
        }
        members.add(r);
        return new Decision(Outcome.SPIKE, open(members, r, newIncident).id, 0, members);
    }

    /** Registers the incident these members open (its id from {@code newIncident} given the completing report). */
    private Group open(List<Report> members, Report r, ToLongFunction<Report> newIncident) {
        Group g = engine.create(newIncident.applyAsLong(r), members);
        g.pendingOwner = owners.current();
        return g;
    }

    /**
     * "Menderes caddesi patlak boru" while Buca has a live water incident: the street is most likely that outage's,
     * and the report waits for the incident to learn it (see {@link PoolSweep}) rather than open a second one.
     * Runs only before such an opening, which is rare, so a scan of the open incidents costs nothing on the way.
     */
    private boolean placedCouldLearn(Report r) {
        for (Group g : open.all()) {
            if (g.districtKey != null && g.line == null && g.live(r.at(), t.window())
                    && BurstRules.related(g.mainTopics(), r.topics())) {
                return true;
            }
        }
        return false;
    }

    /** The rest of the place's pool joins the incident a spike has just opened when it matches it. */
    private void offerPool(Group g, String key, Collection<Report> q, List<Report> members, Instant now) {
        List<Report> joined = new ArrayList<>();
        for (Report p : q) {
            if (rules.matches(g, p, g.similarity(p.text()))) {
                open.addMember(g, p);
                joined.add(p);
            }
        }
        pool.removeAll(key, joined);
        members.addAll(joined);
        if (g.neighborhoodKey != null && !key.startsWith(GroupingEngine.STRUCTURE) && !key.startsWith("line:")) {
            members.addAll(sweep.structures(g, key, now, poolWindow,
                    engine::indexKey));
        }
    }
}
