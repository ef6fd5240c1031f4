package tr.hemsehri.incident.tools;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.JoinModel;
import tr.hemsehri.incident.grouping.NewIncidentSuggestions;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Suggestions;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.incident.tools.GroupingEvaluation.StreamSet;
import tr.hemsehri.nlp.Analysis;
import tr.hemsehri.nlp.AnalysisRequest;

/**
 * The replays behind {@link JoinModelTrainer}: the suggestions' labelled rows, and a moderator who links every
 * suggestion. Each opens the incidents' pages every {@link #CHECK_EVERY} of the stream's time and at its end.
 */
final class SuggestionReplays {
    private SuggestionReplays() {
    }

    record Row(List<String> features, boolean joins) {
    }

    /** How often the simulated moderator opens the incidents' pages (suggestions are computed then). */
    static final Duration CHECK_EVERY = Duration.ofMinutes(30);

    /**
     * Every (incident, ungrouped report) pair shown for a suggestion when the incidents' pages are opened (every
     * {@link #CHECK_EVERY} of the stream's time and at its end), labelled; a pair shown twice counts once.
     */
    static List<Row> rows(StreamSet set, Thresholds t, Function<AnalysisRequest, Analysis> analyse) {
        List<Row> out = new ArrayList<>();
        GroupingEvaluation.evaluateRequests(set, t, analyse, new Checks() {
            final Set<String> seen = new HashSet<>();

            @Override
            public void started(GroupingEngine engine, Map<Long, String> gold, Map<Long, String> clusters,
                    Map<Long, String> planned) {
                super.started(engine, gold, clusters, planned);
                engine.suggestions().recorder((r, g, f) -> {
                    if (seen.add(r.caseId() + ":" + g.id())) {
                        String mine = gold.get(r.caseId());
                        String theirs = majority(clusters, gold, "i" + g.id(), planned.get(g.id()));
                        out.add(new Row(f, mine != null && mine.equals(theirs)));
                    }
                });
                engine.proposals().recorder((a, b, f) -> {
                    if (seen.add(a.caseId() + "-" + b.caseId())) {
                        String mine = gold.get(a.caseId());
                        out.add(new Row(f, mine != null && mine.equals(gold.get(b.caseId()))));
                    }
                });
            }

            @Override
            void check(GroupingEngine engine, Map<Long, String> clusters) {
                engine.iterator().forEachRemaining(g -> engine.suggestions().of(g.id(), now()));
                engine.proposals().of(now());
            }
        });
        return out;
    }

    /** A replay in which the incidents' pages are opened every {@link #CHECK_EVERY} and at the end. */
    abstract static class Checks implements ReplayHook {
        private Instant next;
        private Instant now;

        /** The stream's time: the latest report's. */
        Instant now() {
            return now;
        }

        @Override
        public void started(GroupingEngine engine, Map<Long, String> gold, Map<Long, String> clusters,
                Map<Long, String> planned) {
            next = null;
            now = null;
        }

        @Override
        public void after(GroupingEngine engine, Report r,
                GroupingEngine.Decision d, Map<Long, String> clusters) {
            now = now == null || r.at().isAfter(now) ? r.at() : now;
            if (next == null) {
                next = r.at().plus(CHECK_EVERY);
            } else if (!r.at().isBefore(next)) {
                check(engine, clusters);
                next = r.at().plus(CHECK_EVERY);
            }
        }

        @Override
        public void finished(GroupingEngine engine, Map<Long, String> clusters) {
            if (now != null) {
                check(engine, clusters);
            }
        }

        abstract void check(GroupingEngine engine, Map<Long, String> clusters);
    }

    /**
     * A moderator who opens the incidents' pages every {@link #CHECK_EVERY} and links every suggestion at
     * {@code threshold}, each case to its most probable incident; the links change what the rules see next.
     */
    static ReplayHook accepting(JoinModel m, double threshold) {
        return accepting(m, threshold, 1.1);
    }

    /** As above, and the moderator also opens every proposed group at {@code pairThreshold} as an incident. */
    static ReplayHook accepting(JoinModel m, double threshold, double pairThreshold) {
        return new Checks() {
            private long nextId = 1_000_000; // apart from the replay's own incident ids

            @Override
            public void started(GroupingEngine engine, Map<Long, String> gold, Map<Long, String> clusters,
                    Map<Long, String> planned) {
                super.started(engine, gold, clusters, planned);
                engine.suggestions().model(m, threshold);
                if (pairThreshold <= 1) {
                    engine.proposals().model(m, pairThreshold);
                }
            }

            @Override
            void check(GroupingEngine engine, Map<Long, String> clusters) {
                Map<Long, Double> best = new HashMap<>();
                Map<Long, Long> to = new HashMap<>();
                engine.iterator().forEachRemaining(g -> {
                    for (Suggestions.Suggestion s : engine.suggestions().of(g.id(), now())) {
                        if (s.probability() > best.getOrDefault(s.caseId(), -1.0)) {
                            best.put(s.caseId(), s.probability());
                            to.put(s.caseId(), g.id());
                        }
                    }
                });
                to.forEach((caseId, incident) -> {
                    if (engine.suggestions().accept(incident, caseId, now())) {
                        clusters.put(caseId, "i" + incident);
                    }
                });
                for (NewIncidentSuggestions.Proposal p : engine.proposals().of(now())) {
                    long id = nextId++;
                    if (engine.proposals().accept(p.caseIds(), id, now(), engine::create) != null) {
                        p.caseIds().forEach(c -> clusters.putIfAbsent(c, "i" + id));
                    }
                }
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
}
