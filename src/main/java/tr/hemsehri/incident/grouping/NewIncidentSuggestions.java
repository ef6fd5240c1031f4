package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ungrouped recent reports that may be one incident no rule opened: within each place's pool, the pairs a
 * {@link JoinModel} (its "P." features) finds probable are joined into groups, largest first, for a moderator to open
 * as an incident ("Babalı'da yol kapalı" / "Kefken'e geçiş yok, ağaç bütün yolu kapatmış"). Not thread-safe.
 */
public final class NewIncidentSuggestions {
    /** Cases that may be one incident, oldest first, and the mean probability of the pairs that joined them. */
    public record Proposal(List<Long> caseIds, double probability) {
    }

    /** Sees every pair weighed (training data for the model). */
    public interface Recorder {
        void pair(Report a, Report b, List<String> features);
    }

    /**
     * At most this many proposals, and this many of a place's newest settled reports weighed in pairs (100 is 4,950
     * pairs: about 30 ms a place).
     */
    public static final int LIMIT = 20;
    /** The largest group proposed. */
    static final int MAX_SIZE = 10;
    static final int NEWEST = 100;

    private final ReportPool pool;
    private final JoinFeatures features;
    private final Duration poolWindow;
    private final Duration spikeWindow;
    private final java.util.function.Function<Report, String> poolKey;
    private JoinModel model;
    private double threshold = 1.1;
    private Recorder recorder;

    NewIncidentSuggestions(JoinRules rules, ReportPool pool, Duration poolWindow,
            java.util.function.Function<Report, String> poolKey) {
        this.spikeWindow = rules.thresholds().spikeWindow();
        this.pool = pool;
        this.features = new JoinFeatures(rules);
        this.poolWindow = poolWindow;
        this.poolKey = poolKey;
    }

    /** Proposes with this model, from this pair probability (null = no proposals). */
    public void model(JoinModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    public void recorder(Recorder recorder) {
        this.recorder = recorder;
    }

    /** The groups of ungrouped reports that may be one incident at {@code now}, most probable and largest first. */
    public List<Proposal> of(Instant now) {
        return propose(settled(now));
    }

    /**
     * Each place's ungrouped reports that proposals weigh at {@code now} (copies: the engine's lock is needed for this
     * step only, {@link #propose} reads nothing of the engine's).
     */
    public List<List<Report>> settled(Instant now) {
        if (model == null && recorder == null) {
            return List.of();
        }
        List<List<Report>> out = new ArrayList<>();
        // the last hour's reports may still become a spike by the rules: a proposal then would split it
        Instant settled = now.minus(spikeWindow);
        for (String key : pool.keys()) {
            List<Report> q = new ArrayList<>(pool.recent(key, now.minus(poolWindow)));
            q.removeIf(r -> r.at().isAfter(settled));
            if (q.size() > NEWEST) {
                q = new ArrayList<>(q.subList(q.size() - NEWEST, q.size()));
            }
            if (q.size() >= 2) {
                out.add(q);
            }
        }
        return out;
    }

    /** The proposals among these places' reports (see {@link #settled}), most probable and largest first. */
    public List<Proposal> propose(List<List<Report>> places) {
        if (model == null && recorder == null) {
            return List.of();
        }
        List<Proposal> out = new ArrayList<>();
        for (List<Report> q : places) {
            propose(q, out);
        }
        out.sort(Comparator.comparingDouble(Proposal::probability).reversed()
                .thenComparing(Comparator.comparingInt((Proposal p) -> p.caseIds().size()).reversed()));
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : out;
    }

    private void propose(List<Report> q, List<Proposal> out) {
        int n = q.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        double[] sum = new double[n];
        int[] edges = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Report a = q.get(i);
                Report b = q.get(j);
                List<String> f = features.pair(b, a, a.text().cosine(b.text()));
                if (recorder != null) {
                    recorder.pair(b, a, f);
                }
                double p = model == null ? 0 : model.probability(f);
                if (p >= threshold) {
                    int ri = root(parent, i);
                    int rj = root(parent, j);
                    if (ri != rj) {
                        parent[rj] = ri;
                        sum[ri] += sum[rj];
                        edges[ri] += edges[rj];
                    }
                    sum[ri] += p;
                    edges[ri]++;
                }
            }
        }
        Map<Integer, List<Long>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(q.get(i).caseId());
        }
        groups.forEach((r, ids) -> {
            // linked pairs chain (A~B, B~C): past a street's handful a group is many things, not one to open at a click
            if (ids.size() >= 2 && ids.size() <= MAX_SIZE) {
                out.add(new Proposal(List.copyOf(ids), sum[r] / edges[r]));
            }
        });
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * A moderator opened a proposal as incident {@code id} (replays; the console creates it through the database and
     * reloads the index): its pooled reports leave the pool for the new incident. Null: none of them is pooled now.
     */
    public Group accept(List<Long> caseIds, long id, Instant now, java.util.function.BiFunction<Long, List<Report>, Group> create) {
        List<Report> members = new ArrayList<>();
        for (String key : pool.keys()) {
            for (Report r : pool.recent(key, now.minus(poolWindow))) {
                if (caseIds.contains(r.caseId())) {
                    members.add(r);
                }
            }
        }
        if (members.size() < 2) {
            return null;
        }
        for (Report r : members) {
            pool.removeAll(poolKey.apply(r), List.of(r));
        }
        return create.apply(id, members);
    }
}
