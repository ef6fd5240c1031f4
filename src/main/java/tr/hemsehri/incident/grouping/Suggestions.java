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

    Suggestions(JoinRules rules, OpenIncidents open, ReportPool pool, Duration poolWindow) {
        this.open = open;
        this.pool = pool;
        this.features = new JoinFeatures(rules);
        this.poolWindow = poolWindow;
    }

    void model(JoinModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    void recorder(Recorder recorder) {
        this.recorder = recorder;
    }

    /** The incident's suggested reports, most probable first (none without a model or a recorder). */
    List<Suggestion> of(Group g) {
        if (model == null && recorder == null) {
            return List.of();
        }
        Set<Report> near = near(g);
        List<Suggestion> out = new ArrayList<>();
        for (Report r : near) {
            double sim = g.similarity(r.text());
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
        return out;
    }

    /** The ungrouped report of this case among those the incident is shown, or null. */
    Report pooled(Group g, long caseId) {
        for (Report r : near(g)) {
            if (r.caseId() == caseId) {
                return r;
            }
        }
        return null;
    }

    /**
     * The ungrouped recent reports of the incident's place: under its index key and its district (a line's or a
     * structure's incident is also its district's), of its mahalles and naming its streets; none older than the pool
     * window before its last report.
     */
    private Set<Report> near(Group g) {
        Instant last = g.last != null ? g.last : g.plannedStart;
        if (last == null) {
            return Set.of();
        }
        Instant horizon = last.minus(poolWindow);
        Set<Report> near = new LinkedHashSet<>(pool.fresh(g.indexKey, horizon));
        if (g.districtKey != null && !g.districtKey.equals(g.indexKey)) {
            near.addAll(pool.fresh(g.districtKey, horizon));
        }
        if (g.neighborhoodKey != null) {
            near.addAll(pool.in(g.neighborhoodKey));
        }
        for (String nb : g.area.keySet()) {
            near.addAll(pool.in(nb));
        }
        for (String a : g.anchors) {
            near.addAll(pool.naming(a));
        }
        near.removeIf(r -> r.at().isBefore(horizon)); // the mahalle and street lists keep any age
        return near;
    }
}
