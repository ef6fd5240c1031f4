package tr.hemsehri.incident.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tr.hemsehri.incident.grouping.JoinModel;
import tr.hemsehri.incident.grouping.Suggestions;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.incident.tools.GroupingEvaluation.Scores;
import tr.hemsehri.incident.tools.GroupingEvaluation.StreamSet;
import tr.hemsehri.incident.tools.SuggestionReplays.Row;
import tr.hemsehri.nlp.Analysis;
import tr.hemsehri.nlp.AnalysisRequest;
import tr.hemsehri.nlp.OpenNlpMessageAnalyzer;

/**
 * Trains and cross-validates the {@link JoinModel} behind the console's suggestions ({@code Suggestions}) on our own
 * labelled incident streams (nlp-models/incidents/*). Each set is replayed with the rules; at the end of each stream
 * every half hour of the stream's time (and at its end) every open incident is shown the ungrouped reports of its
 * place, as when a moderator opens the incidents' pages, and each such pair is a row, labelled by the gold
 * (the report's gold id is the incident's most common one). Leave one set out: a model trained on the other sets
 * ranks the held-out set's rows; printed are the suggestions' precision and recall at several thresholds and the
 * pairwise scores of the grouping when a moderator accepts every suggestion, beside the rules alone, in the same run.
 * {@code --write} then trains on every set given and writes nlp-models/models/incident-join.txt.
 *
 * <pre>java -cp ... tr.hemsehri.incident.tools.JoinModelTrainer [--exclude heldout21] [--write] [--thresholds 0.4,0.5]
 * java -cp ... tr.hemsehri.incident.tools.JoinModelTrainer --score heldout21</pre>
 * The sealed set ({@link #SEALED}) is left out unless {@code --exclude} names others.
 */
public final class JoinModelTrainer {
    private JoinModelTrainer() {
    }

    /** L2-regularised logistic regression by AdaGrad over full batches (the rows are a few thousand). */
    static JoinModel fit(List<Row> rows, double l2, int iterations) {
        Map<String, Double> w = new HashMap<>();
        Map<String, Double> g2 = new HashMap<>();
        for (int it = 0; it < iterations; it++) {
            Map<String, Double> grad = new HashMap<>();
            for (Row r : rows) {
                double z = 0;
                for (String f : r.features()) {
                    z += w.getOrDefault(f, 0.0);
                }
                double err = 1 / (1 + Math.exp(-z)) - (r.joins() ? 1 : 0);
                for (String f : r.features()) {
                    grad.merge(f, err, Double::sum);
                }
            }
            for (Map.Entry<String, Double> e : grad.entrySet()) {
                double wi = w.getOrDefault(e.getKey(), 0.0);
                double gi = e.getValue() / rows.size() + l2 * wi;
                double acc = g2.merge(e.getKey(), gi * gi, Double::sum);
                w.put(e.getKey(), wi - 0.5 * gi / Math.sqrt(acc + 1e-9));
            }
        }
        return new JoinModel(w);
    }

    /** The set written blind for this round: scored once with the shipped model, never trained on by default. */
    static final String SEALED = "heldout21";

    static final double L2 = 1e-3;

    private static String option(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        if (i < 0) {
            return otherwise;
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(i + 1);
    }

    /**
     * One set scored with the shipped model at the configured threshold: the rules alone, the suggestions' precision
     * and recall over its rows, and a moderator who links every suggestion every half hour.
     */
    private static void score(String name, Thresholds t, Function<AnalysisRequest, Analysis> analyse, double pairs,
            boolean verbose) {
        StreamSet set = GroupingEvaluation.loadSet(Path.of("nlp-models/incidents", name));
        JoinModel m = JoinModel.fromClasspath();
        double th = SHIPPED_THRESHOLD;
        List<Row> rows = SuggestionReplays.rows(set, t, analyse);
        long[] suggested = new long[3];
        long[] paired = new long[3];
        count(rows, m, th, false, suggested);
        count(rows, m, pairs, true, paired);
        Scores base = GroupingEvaluation.evaluateRequests(set, t, analyse);
        Scores acc = GroupingEvaluation.evaluateRequests(set, t, analyse, SuggestionReplays.accepting(m, th));
        Scores both = GroupingEvaluation.evaluateRequests(set, t, analyse, SuggestionReplays.accepting(m, th, pairs));
        System.out.println(name + ":");
        print("suggestions p>=" + th, suggested);
        print("proposal pairs p>=" + pairs, paired);
        System.out.println("rules alone:          " + base.line());
        System.out.println("moderator links all:  " + acc.line());
        System.out.println("and opens proposals:  " + both.line());
        if (verbose) {
            both.errors().forEach(System.out::println);
        }
    }

    /** IncidentsConfig#proposalThreshold's default. */
    static final double SHIPPED_PAIR_THRESHOLD = 0.7;

    /** IncidentsConfig#suggestionThreshold's default. */
    static final double SHIPPED_THRESHOLD = 0.5;
    static final int ITERATIONS = 400;

    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        // the sealed set is never trained on unless named: it is scored once, with --score
        List<String> exclude = List.of(option(a, "--exclude", SEALED).split(","));
        double[] thresholds = Arrays.stream(option(a, "--thresholds", "1.1,0.6,0.7,0.8,0.9").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        Thresholds t = Thresholds.defaults();
        Function<AnalysisRequest, Analysis> analyse = GroupingEvaluation.cached(OpenNlpMessageAnalyzer.fromClasspath());
        if (a.contains("--score")) {
            score(option(a, "--score", SEALED), t, analyse, SHIPPED_PAIR_THRESHOLD, a.contains("-v"));
            return;
        }
        Map<String, StreamSet> sets = new LinkedHashMap<>();
        try (var dirs = Files.list(Path.of("nlp-models/incidents"))) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (!exclude.contains(d.getFileName().toString())) {
                    sets.put(d.getFileName().toString(), GroupingEvaluation.loadSet(d));
                }
            }
        }
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        int all = 0;
        int positive = 0;
        for (Map.Entry<String, StreamSet> e : sets.entrySet()) {
            List<Row> r = SuggestionReplays.rows(e.getValue(), t, analyse);
            rows.put(e.getKey(), r);
            all += r.size();
            positive += (int) r.stream().filter(Row::joins).count();
        }
        System.out.printf(Locale.ROOT, "%d sets, %d (incident, ungrouped report) rows, %d of them together%n",
                sets.size(), all, positive);
        if (!a.contains("--no-folds")) {
            crossValidate(sets, rows, t, analyse, thresholds);
        }
        if (a.contains("--write")) {
            List<Row> every = new ArrayList<>();
            rows.values().forEach(every::addAll);
            JoinModel m = fit(every, L2, ITERATIONS);
            Path out = Path.of("nlp-models/models/incident-join.txt");
            Files.writeString(out, m.text("JoinModelTrainer: logistic weights of the console suggestions (Suggestions)\n"
                    + "trained on " + String.join(",", sets.keySet()) + "\n" + every.size() + " rows, l2=" + L2
                    + ", iterations=" + ITERATIONS), StandardCharsets.UTF_8);
            System.out.println("wrote " + out + " (" + m.weights().size() + " weights)");
        }
    }

    /** Rows of pairs of ungrouped reports (proposals) rather than of a report and an incident (suggestions). */
    static boolean pair(Row r) {
        return r.features().get(0).startsWith("P.");
    }

    /**
     * Leave one set out: a model trained on the other sets ranks this set's rows; then a moderator links every
     * suggestion at the shipped threshold and, per column, opens every proposed group at that pair threshold
     * (1.1 = none).
     */
    private static void crossValidate(Map<String, StreamSet> sets, Map<String, List<Row>> rows, Thresholds t,
            Function<AnalysisRequest, Analysis> analyse, double[] pairThresholds) {
        int k = pairThresholds.length;
        long[][] counts = new long[k + 1][3]; // shown, right, together; row 0: suggestions at the shipped threshold
        double[][] accepted = new double[k + 1][2];
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-10s %-13s", "set", "rules P/R"));
        for (double th : pairThresholds) {
            head.append(String.format(Locale.ROOT, " %-13s", "pairs>=" + th));
        }
        System.out.println(head);
        for (String held : sets.keySet()) {
            List<Row> train = new ArrayList<>();
            rows.forEach((name, v) -> {
                if (!name.equals(held)) {
                    train.addAll(v);
                }
            });
            JoinModel m = fit(train, L2, ITERATIONS);
            count(rows.get(held), m, SHIPPED_THRESHOLD, false, counts[0]);
            Scores base = GroupingEvaluation.evaluateRequests(sets.get(held), t, analyse);
            accepted[0][0] += base.pairPrecision();
            accepted[0][1] += base.pairRecall();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %.3f/%.3f  ", held,
                    base.pairPrecision(), base.pairRecall()));
            for (int i = 0; i < k; i++) {
                if (pairThresholds[i] <= 1) {
                    count(rows.get(held), m, pairThresholds[i], true, counts[i + 1]);
                }
                Scores acc = GroupingEvaluation.evaluateRequests(sets.get(held), t, analyse,
                        SuggestionReplays.accepting(m, SHIPPED_THRESHOLD, pairThresholds[i]));
                accepted[i + 1][0] += acc.pairPrecision();
                accepted[i + 1][1] += acc.pairRecall();
                line.append(String.format(Locale.ROOT, " %.3f/%.3f  ", acc.pairPrecision(), acc.pairRecall()));
            }
            System.out.println(line);
        }
        int n = sets.size();
        StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "%-10s %.3f/%.3f  ", "mean",
                accepted[0][0] / n, accepted[0][1] / n));
        for (int i = 0; i < k; i++) {
            mean.append(String.format(Locale.ROOT, " %.3f/%.3f  ", accepted[i + 1][0] / n, accepted[i + 1][1] / n));
        }
        System.out.println(mean);
        print("suggestions p>=" + SHIPPED_THRESHOLD, counts[0]);
        for (int i = 0; i < k; i++) {
            if (pairThresholds[i] <= 1) {
                print("proposal pairs p>=" + pairThresholds[i], counts[i + 1]);
            }
        }
    }

    private static void count(List<Row> rows, JoinModel m, double th, boolean pairs, long[] c) {
        for (Row r : rows) {
            if (pair(r) == pairs) {
                boolean shown = m.probability(r.features()) >= th;
                c[0] += shown ? 1 : 0;
                c[1] += shown && r.joins() ? 1 : 0;
                c[2] += r.joins() ? 1 : 0;
            }
        }
    }

    private static void print(String what, long[] c) {
        System.out.printf(Locale.ROOT, "%s: %d shown, precision %.3f, recall %.3f of %d rows together%n", what, c[0],
                c[0] == 0 ? 1.0 : (double) c[1] / c[0], c[2] == 0 ? 1.0 : (double) c[1] / c[2], c[2]);
    }
}
