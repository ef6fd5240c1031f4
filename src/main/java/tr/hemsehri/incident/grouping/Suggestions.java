package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports a moderator may want to link to an incident: the ungrouped recent reports of its place (its index key, its
 * mahalles, its streets) that {@link JoinModel} finds probable enough, most probable first. The rules did not join
 * them (they are the first word, one explainable rule at a time); the model, trained on our labelled streams, ranks
 * what fell between the rules ("Kozluk'ta asansörler çalışmıyor" beside Kozluk's power cut), and the moderator decides.
 * Leave-one-set-out figures are in nlp-models/incidents/REPORT.md. Not thread-safe (the engine's callers synchronise).
 */
public final class Suggestions {
    /** A pooled case and the model's probability that it belongs to the incident. */
    public record Suggestion(long caseId, double probability) {
    }

    /** Sees every report weighed for an incident (training data for the model). */
    public interface Recorder {
        void candidate(Report r, Group g, List<String> features);
    }

    private final OpenIncidents open;
    private final ReportPool pool;
    private final JoinFeatures features;
    private final Duration poolWindow;
    private JoinModel model;
    private double threshold = 1.1;
    private Recorder recorder;

    private final java.util.function.Function<Report, String> poolKey;

    Suggestions(JoinRules rules, OpenIncidents open, ReportPool pool, Duration poolWindow,
            java.util.function.Function<Report, String> poolKey) {
        this.poolKey = poolKey;
        this.open = open;
        this.pool = pool;
        this.features = new JoinFeatures(rules);
        this.poolWindow = poolWindow;
    }

    /** Ranks with this model, from this probability (null = no suggestions). */
    public void model(JoinModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** Shows {@code recorder} every report weighed for a suggestion (training data; null = none). */
    public void recorder(Recorder recorder) {
        this.recorder = recorder;
    }

    /** At most this many suggestions per incident: a moderator reads them one by one. */
    public static final int LIMIT = 20;

    /** The incident's suggested reports at {@code now}, most probable first, at most {@value #LIMIT}. */
    public List<Suggestion> of(long incidentId, Instant now) {
        Group g = open.get(incidentId);
        return g == null ? List.of() : of(g, now);
    }

    /**
     * A moderator accepted a suggestion: the pooled report of this case joins the incident and leaves the pool (false:
     * it is not among the incident's suggestions now). The console links through the database and reloads the index
     * instead; replays ({@code JoinModelTrainer}) use this.
     */
    public boolean accept(long incidentId, long caseId, Instant now) {
        Group g = open.get(incidentId);
        Report r = g == null ? null : pooled(g, caseId, now);
        if (r == null) {
            return false;
        }
        pool.removeAll(poolKey.apply(r), List.of(r));
        open.addMember(g, r);
        return true;
    }

    /** The incident's suggested reports at {@code now}, most probable first (none without a model or a recorder). */
    private List<Suggestion> of(Group g, Instant now) {
        if (model == null && recorder == null) {
            return List.of();
        }
        Set<Report> near = near(g, now);
        List<Suggestion> out = new ArrayList<>();
        for (Report r : near) {
            double sim = g.similarity(r.text());
            if (recorder == null && best(r, g, sim) < threshold) {
                continue; // improbable whatever the other incidents are: their similarities are not worth computing
            }
            int rivals = 0;
            boolean top = true;
            for (Group other : r.districtKey() == null ? List.<Group>of() : open.at(r.districtKey())) {
                if (other != g && other.live(r.at(), poolWindow)) {
                    double s = other.similarity(r.text());
                    rivals += s >= 0.1 ? 1 : 0;
                    top &= s <= sim;
                }
            }
            List<String> f = features.of(r, g, sim, rivals, top);
            if (recorder != null) {
                recorder.candidate(r, g, f);
            }
            double p = model == null ? 0 : model.probability(f);
            if (p >= threshold) {
                out.add(new Suggestion(r.caseId(), p));
            }
        }
        out.sort(Comparator.comparingDouble(Suggestion::probability).reversed());
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : out;
    }

    /** The highest probability the report can have for the incident, over every count of resembling rivals. */
    private double best(Report r, Group g, double sim) {
        double best = 0;
        for (int rivals = 0; rivals <= 2; rivals++) {
            for (boolean top : new boolean[] {true, false}) {
                best = Math.max(best, model.probability(features.of(r, g, sim, rivals, top)));
            }
        }
        return best;
    }

    /** The ungrouped report of this case among those the incident is shown at {@code now}, or null. */
    private Report pooled(Group g, long caseId, Instant now) {
        for (Report r : near(g, now)) {
            if (r.caseId() == caseId) {
                return r;
            }
        }
        return null;
    }

    /**
     * The ungrouped recent reports of the incident's place: under its index key and its district (a line's or a
     * structure's incident is also its district's), of its mahalles and naming its streets, in its district or of no
     * district; none older than the pool window before its last report (or now, if sooner: a planned interruption
     * announced for tomorrow has no reports yet). A read: the pool keeps every report.
     */
    private Set<Report> near(Group g, Instant now) {
        Instant last = g.last != null ? g.last : g.plannedStart;
        if (last == null) {
            return Set.of();
        }
        Instant horizon = (last.isAfter(now) ? now : last).minus(poolWindow);
        Set<Report> near = new LinkedHashSet<>(pool.recent(g.indexKey, horizon));
        if (g.districtKey != null && !g.districtKey.equals(g.indexKey)) {
            near.addAll(pool.recent(g.districtKey, horizon));
        }
        List<Report> named = new ArrayList<>();
        if (g.neighborhoodKey != null) {
            named.addAll(pool.in(g.neighborhoodKey));
        }
        for (String nb : g.area.keySet()) {
            named.addAll(pool.in(nb));
        }
        for (String a : g.anchors) {
            named.addAll(pool.naming(a));
        }
        for (Report r : named) {
            // a same-named mahalle or street of another district is another place
            if (r.districtKey() == null || r.districtKey().equals(g.districtKey)) {
                near.add(r);
            }
        }
        near.removeIf(r -> r.at().isBefore(horizon)); // the mahalle and street lists keep any age
        return near;
    }
}
