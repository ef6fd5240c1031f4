package tr.hemsehri.incident.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.JoinModel;
import tr.hemsehri.incident.grouping.Suggestions;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.incident.tools.GroupingEvaluation.Scores;
import tr.hemsehri.incident.tools.GroupingEvaluation.StreamSet;
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
 * <pre>java -cp ... tr.hemsehri.incident.tools.JoinModelTrainer [--exclude heldout21] [--write] [--thresholds 0.4,0.5]</pre>
 */
public final class JoinModelTrainer {
    record Row(List<String> features, boolean joins) {
    }

    private JoinModelTrainer() {
    }

    /** How often the simulated moderator opens the incidents' pages (suggestions are computed then). */
    static final java.time.Duration CHECK_EVERY = java.time.Duration.ofMinutes(30);

    /**
     * Every (incident, ungrouped report) pair shown for a suggestion when the incidents' pages are opened (every
     * {@link #CHECK_EVERY} of the stream's time and at its end), labelled; a pair shown twice counts once.
     */
    static List<Row> rows(StreamSet set, Thresholds t, Function<AnalysisRequest, Analysis> analyse) {
        List<Row> out = new ArrayList<>();
        GroupingEvaluation.evaluateRequests(set, t, analyse, new Checks() {
            final java.util.Set<String> seen = new java.util.HashSet<>();

            @Override
            public void started(GroupingEngine engine, Map<Long, String> gold, Map<Long, String> clusters,
                    Map<Long, String> planned) {
                super.started(engine, gold, clusters, planned);
                engine.recordSuggestions((r, g, f) -> {
                    if (seen.add(r.caseId() + ":" + g.id())) {
                        String mine = gold.get(r.caseId());
                        String theirs = majority(clusters, gold, "i" + g.id(), planned.get(g.id()));
                        out.add(new Row(f, mine != null && mine.equals(theirs)));
                    }
                });
            }

            @Override
            void check(GroupingEngine engine, Map<Long, String> clusters) {
                engine.iterator().forEachRemaining(g -> engine.suggestions(g.id()));
            }
        });
        return out;
    }

    /** A replay in which the incidents' pages are opened every {@link #CHECK_EVERY} and at the end. */
    abstract static class Checks implements GroupingEvaluation.Hook {
        private java.time.Instant next;

        @Override
        public void started(GroupingEngine engine, Map<Long, String> gold, Map<Long, String> clusters,
                Map<Long, String> planned) {
            next = null;
        }

        @Override
        public void after(GroupingEngine engine, tr.hemsehri.incident.grouping.Report r,
                GroupingEngine.Decision d, Map<Long, String> clusters) {
            if (next == null) {
                next = r.at().plus(CHECK_EVERY);
            } else if (!r.at().isBefore(next)) {
                check(engine, clusters);
                next = r.at().plus(CHECK_EVERY);
            }
        }

        @Override
        public void finished(GroupingEngine engine, Map<Long, String> clusters) {
            check(engine, clusters);
        }

        abstract void check(GroupingEngine engine, Map<Long, String> clusters);
    }

    /**
     * A moderator who opens the incidents' pages every {@link #CHECK_EVERY} and links every suggestion at
     * {@code threshold}, each case to its most probable incident; the links change what the rules see next.
     */
    static GroupingEvaluation.Hook accepting(JoinModel m, double threshold) {
        return new Checks() {
            @Override
            public void started(GroupingEngine engine, Map<Long, String> gold, Map<Long, String> clusters,
                    Map<Long, String> planned) {
                super.started(engine, gold, clusters, planned);
                engine.suggestionModel(m, threshold);
            }

            @Override
            void check(GroupingEngine engine, Map<Long, String> clusters) {
                Map<Long, Double> best = new HashMap<>();
                Map<Long, Long> to = new HashMap<>();
                engine.iterator().forEachRemaining(g -> {
                    for (Suggestions.Suggestion s : engine.suggestions(g.id())) {
                        if (s.probability() > best.getOrDefault(s.caseId(), -1.0)) {
                            best.put(s.caseId(), s.probability());
                            to.put(s.caseId(), g.id());
                        }
                    }
                });
                to.forEach((caseId, incident) -> {
                    if (engine.accept(incident, caseId)) {
                        clusters.put(caseId, "i" + incident);
                    }
                });
            }
        };
    }

    private static String majority(Map<Long, String> clusters, Map<Long, String> gold, String incident,
            String planned) {
        Map<String, Integer> count = new HashMap<>();
        clusters.forEach((c, i) -> {
            if (i.equals(incident) && gold.get(c) != null) {
                count.merge(gold.get(c), 1, Integer::sum);
            }
        });
        if (planned != null) {
            count.merge(planned, 1, Integer::sum);
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
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

    static final double L2 = 1e-3;
    static final int ITERATIONS = 400;

    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        List<String> exclude = a.contains("--exclude") ? List.of(a.get(a.indexOf("--exclude") + 1).split(","))
                : List.of();
        double[] thresholds = java.util.Arrays.stream((a.contains("--thresholds")
                ? a.get(a.indexOf("--thresholds") + 1) : "0.3,0.4,0.5,0.6,0.7").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        Thresholds t = Thresholds.defaults();
        Function<AnalysisRequest, Analysis> analyse = GroupingEvaluation.cached(OpenNlpMessageAnalyzer.fromClasspath());
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
            List<Row> r = rows(e.getValue(), t, analyse);
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

    /** Leave one set out: a model trained on the other sets ranks this set's rows; then a moderator accepts them. */
    private static void crossValidate(Map<String, StreamSet> sets, Map<String, List<Row>> rows, Thresholds t,
            Function<AnalysisRequest, Analysis> analyse, double[] thresholds) {
        int k = thresholds.length;
        long[] shown = new long[k];
        long[] right = new long[k];
        long together = 0;
        double[][] accepted = new double[k + 1][2];
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-10s %-6s %-13s", "set", "rows+",
                "rules P/R"));
        for (double th : thresholds) {
            head.append(String.format(Locale.ROOT, " %-22s", "p>=" + th + " shown/right, P/R"));
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
            List<Row> test = rows.get(held);
            long pos = test.stream().filter(Row::joins).count();
            together += pos;
            Scores base = GroupingEvaluation.evaluateRequests(sets.get(held), t, analyse);
            accepted[0][0] += base.pairPrecision();
            accepted[0][1] += base.pairRecall();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %-6d %.3f/%.3f  ", held, pos,
                    base.pairPrecision(), base.pairRecall()));
            for (int i = 0; i < k; i++) {
                double th = thresholds[i];
                long s = test.stream().filter(r -> m.probability(r.features()) >= th).count();
                long ok = test.stream().filter(r -> r.joins() && m.probability(r.features()) >= th).count();
                shown[i] += s;
                right[i] += ok;
                Scores acc = GroupingEvaluation.evaluateRequests(sets.get(held), t, analyse, accepting(m, th));
                accepted[i + 1][0] += acc.pairPrecision();
                accepted[i + 1][1] += acc.pairRecall();
                line.append(String.format(Locale.ROOT, " %3d/%-3d %.3f/%.3f  ", s, ok, acc.pairPrecision(),
                        acc.pairRecall()));
            }
            System.out.println(line);
        }
        int n = sets.size();
        StringBuilder sum = new StringBuilder(String.format(Locale.ROOT, "%-10s %-6d %.3f/%.3f  ", "all/mean",
                together, accepted[0][0] / n, accepted[0][1] / n));
        for (int i = 0; i < k; i++) {
            sum.append(String.format(Locale.ROOT, " %3d/%-3d %.3f/%.3f  ", shown[i], right[i], accepted[i + 1][0] / n,
                    accepted[i + 1][1] / n));
        }
        System.out.println(sum);
        for (int i = 0; i < k; i++) {
            System.out.printf(Locale.ROOT, "p>=%.2f: %d suggestions, precision %.3f, recall %.3f of %d rows together%n",
                    thresholds[i], shown[i], shown[i] == 0 ? 1.0 : (double) right[i] / shown[i],
                    together == 0 ? 1.0 : (double) right[i] / together, together);
        }
    }
}
