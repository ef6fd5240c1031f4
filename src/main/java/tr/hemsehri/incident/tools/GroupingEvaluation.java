package tr.hemsehri.incident.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.nlp.Analysis;
import tr.hemsehri.nlp.AnalysisRequest;
import tr.hemsehri.nlp.OpenNlpMessageAnalyzer;

/**
 * Scores incident grouping on the labelled streams under nlp-models/incidents/streams: every stream (one day) is
 * replayed in time order through the shipped NLP analyser and a fresh {@link GroupingEngine}; the predicted
 * clustering (an incident, or the message on its own) is compared with the gold labels ("-" = on its own).
 * Prints pairwise precision/recall (over all pairs of messages put together) and B-cubed precision/recall, then the
 * same for nlp-models/incidents/heldout (held out until session 10, tuning data since) and
 * nlp-models/incidents/heldout2 (the fresh test, written before the session-11 change and never tuned on).
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=tr.hemsehri.incident.tools.GroupingEvaluation [-Dexec.args="-v"]</pre>
 * {@code --heldout3} adds nlp-models/incidents/heldout3 (the fresh test of round 2: scored for its baseline and once
 * at the end, never while working on the method).
 * {@code -v} lists the errors, {@code --tuning-only} leaves heldout2 out, {@code --rules}
 * scores the tuning data with each session-11 rule on and off, {@code --sweep} a threshold grid on streams/.
 */
public final class GroupingEvaluation {
    /** {@code -Ddesk-is-place=true}: a message of no place is of the desk's district (IncidentsConfig#deskDistrictIsPlace). */
    static final boolean DESK_IS_PLACE = Boolean.getBoolean("desk-is-place");

    public record Item(String stream, int index, Instant at, String platform, String gold, String text) {
    }

    /**
     * An announced planned interruption of a stream ({@code #planned|gold|start|end|district|neighborhood|department|
     * text}, neighborhood "-" = the whole district): registered in the engine before the stream is replayed, as the
     * console does when a moderator announces one; reports joining it are labelled with {@code gold}.
     */
    public record Planned(String gold, Instant start, Instant end, String district, String neighborhood,
            String department, String text) {
    }

    /**
     * The streams of one directory with their planned interruptions and their deployment (by stream name): a stream
     * with {@code #deployment|province|district or -} is analysed as that municipality's installation would analyse
     * it (the province narrows the gazetteer, a district municipality places every message in its district); the
     * others as İzmir Büyükşehir's.
     */
    public record StreamSet(Map<String, List<Item>> streams, Map<String, List<Planned>> planned,
            Map<String, String[]> deployments) {
        public StreamSet(Map<String, List<Item>> streams, Map<String, List<Planned>> planned) {
            this(streams, planned, Map.of());
        }
    }

    public record Scores(double pairPrecision, double pairRecall, double b3Precision, double b3Recall,
            int messages, int goldIncidents, int predictedIncidents, List<String> errors) {
        public String line() {
            return String.format(Locale.ROOT,
                    "pairwise P=%.3f R=%.3f F1=%.3f | B-cubed P=%.3f R=%.3f | messages=%d gold incidents=%d predicted=%d",
                    pairPrecision, pairRecall, f1(pairPrecision, pairRecall), b3Precision, b3Recall, messages,
                    goldIncidents, predictedIncidents);
        }

        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static Path defaultDir() {
        return Path.of("nlp-models/incidents/streams");
    }

    /** Streams written after the thresholds were fixed: scored separately, never swept or tuned on. */
    public static Path heldOutDir() {
        return Path.of("nlp-models/incidents/heldout");
    }

    /** Second held-out set, written before the session-11 method change: the fresh test, never tuned on. */
    public static Path heldOut2Dir() {
        return Path.of("nlp-models/incidents/heldout2");
    }

    /** Third held-out set, written before the round-2 change of session 11: the fresh test, never tuned on. */
    public static Path heldOut3Dir() {
        return Path.of("nlp-models/incidents/heldout3");
    }

    public static Map<String, List<Item>> load(Path dir) {
        return loadSet(dir).streams();
    }

    public static StreamSet loadSet(Path dir) {
        Map<String, List<Item>> out = new java.util.TreeMap<>();
        Map<String, List<Planned>> planned = new HashMap<>();
        Map<String, String[]> deployments = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                List<Item> items = new ArrayList<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#planned|")) {
                        String[] p = line.split("\\|", 8);
                        planned.computeIfAbsent(name, k -> new ArrayList<>()).add(new Planned(p[1], time(p[2]),
                                time(p[3]), p[4], "-".equals(p[5]) ? null : p[5], p[6], p[7]));
                    }
                    if (line.startsWith("#deployment|")) {
                        String[] p = line.split("\\|", 3);
                        deployments.put(name, new String[] {p[1], "-".equals(p[2].trim()) ? null : p[2].trim()});
                    }
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] p = line.split("\\|", 4);
                    items.add(new Item(name, items.size(), time(p[0]), p[1], p[2], p[3]));
                }
                out.put(name, items);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StreamSet(out, planned, deployments);
    }

    private static Instant time(String hhmm) {
        return LocalTime.parse(hhmm).atDate(java.time.LocalDate.of(2025, 6, 2)).toInstant(ZoneOffset.ofHours(3));
    }

    /** Replays the streams and scores them. */
    public static Scores evaluate(Map<String, List<Item>> streams, Thresholds t, Function<String, Analysis> analyzer) {
        return evaluate(new StreamSet(streams, Map.of()), t, analyzer);
    }

    /** As {@link #evaluate(StreamSet, Thresholds, Function)}, every stream analysed with İzmir's defaults. */
    public static Scores evaluate(StreamSet set, Thresholds t, Function<String, Analysis> analyzer) {
        return evaluateRequests(set, t, r -> analyzer.apply(r.text()));
    }

    /** Analyses each stream with its deployment's province/district (see {@link StreamSet}). */
    public static Function<AnalysisRequest, Analysis> cached(OpenNlpMessageAnalyzer analyzer) {
        Map<AnalysisRequest, Analysis> cache = new HashMap<>();
        return r -> cache.computeIfAbsent(r, analyzer::analyze);
    }

    /** Replays the streams, each after registering its planned interruptions, and scores them. */
    public static Scores evaluateRequests(StreamSet set, Thresholds t, Function<AnalysisRequest, Analysis> analyzer) {
        return evaluateRequests(set, t, analyzer, ReplayHook.NONE);
    }

    /** As above, with {@code hook} given each stream's engine first. */
    public static Scores evaluateRequests(StreamSet set, Thresholds t, Function<AnalysisRequest, Analysis> analyzer,
            ReplayHook hook) {
        Map<String, List<Item>> streams = set.streams();
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long[] nextId = {1};
        for (List<Item> items : streams.values()) {
            GroupingEngine engine = new GroupingEngine(t, mahalles());
            Map<Long, String> clusterOfCase = new HashMap<>();
            int base = gold.size();
            String stream = items.isEmpty() ? "" : items.get(0).stream();
            Map<Long, String> plannedGold = new HashMap<>();
            for (Planned p : set.planned().getOrDefault(stream, List.of())) {
                plannedGold.put(nextId[0], p.gold());
                engine.planned(nextId[0]++, p.district(), p.neighborhood(), p.department(), p.start(), p.end(),
                        p.text());
            }
            Map<Long, String> goldOfCase = new HashMap<>();
            for (Item it : items) {
                goldOfCase.put((long) base + it.index(), "-".equals(it.gold()) ? null : it.gold());
            }
            hook.started(engine, goldOfCase, clusterOfCase, plannedGold);
            String[] deployment = set.deployments().get(stream);
            for (Item it : items) {
                Analysis a = analyzer.apply(deployment == null ? AnalysisRequest.of(it.text())
                        : new AnalysisRequest(it.text(), deployment[0], deployment[1]));
                long caseId = base + it.index();
                Report r = Report.of(caseId, it.text(), Report.groupingDistrict(a.district(), a.districtFromScope(),
                        DESK_IS_PLACE), a.neighborhood(), a.department(), it.at(), a.placeGuessed());
                Report placed = TRACE ? engine.withContextPlace(r) : r;
                // as IncidentGrouping: praise and thanks are not offered to the engine
                GroupingEngine.Decision d = t.groups(a.category()) ? engine.offer(r, () -> nextId[0]++)
                        : new GroupingEngine.Decision(GroupingEngine.Outcome.SKIPPED, 0, 0, List.of());
                if (TRACE && d.outcome() != GroupingEngine.Outcome.JOINED) {
                    // the nearest open incident by text alone, to see what a report missed
                    double near = -1;
                    long nearId = 0;
                    for (java.util.Iterator<tr.hemsehri.incident.grouping.Group> gi = engine.iterator(); gi.hasNext();) {
                        tr.hemsehri.incident.grouping.Group g = gi.next();
                        double sim = g.similarity(placed.text());
                        if (g.id() != d.incidentId() && sim > near) {
                            near = sim;
                            nearId = g.id();
                        }
                    }
                    System.out.printf(Locale.ROOT, "      nearest i%d %.2f%n", nearId, near);
                }
                if (TRACE) {
                    System.out.printf(Locale.ROOT, "TRACE %s %s %-7s i%-3d %.2f %s %s line=%s str=%s | %s%n", it.gold(),
                            a.category(), d.outcome(), d.incidentId(), d.similarity(), a.district() + "/"
                                    + a.neighborhood() + " " + a.department() + (java.util.Objects.equals(placed.district(), r.district()) && java.util.Objects.equals(placed.neighborhood(), r.neighborhood()) ? "" : " ctx=" + placed.district() + "/"
                                    + placed.neighborhood()), r.topics(), placed.line(), r.structure(),
                            it.text().length() > 90 ? it.text().substring(0, 90) : it.text());
                }
                switch (d.outcome()) {
                    case JOINED -> d.members().forEach(m -> clusterOfCase.put(m.caseId(), "i" + d.incidentId()));
                    case SPIKE -> d.members().forEach(m -> clusterOfCase.put(m.caseId(), "i" + d.incidentId()));
                    default -> {
                    }
                }
                hook.after(engine, r, d, clusterOfCase);
                gold.add("-".equals(it.gold()) ? null : it.stream() + "/" + it.gold());
                texts.add(it.stream() + ": " + it.text() + "  [" + a.district() + "/" + a.neighborhood() + " "
                        + a.department() + "]");
            }
            hook.finished(engine, clusterOfCase);
            for (Item it : items) {
                predicted.add(clusterOfCase.get((long) base + it.index()));
            }
        }
        return ClusteringScores.score(gold, predicted, texts);
    }

    private static tr.hemsehri.nlp.geo.DistrictNeighborhoods mahalles;

    /** The gazetteer's mahalles, as {@code IncidentGrouping} gives them to its engine (loaded once). */
    private static synchronized tr.hemsehri.nlp.geo.DistrictNeighborhoods mahalles() {
        if (mahalles == null) {
            mahalles = new tr.hemsehri.nlp.geo.DistrictNeighborhoods(tr.hemsehri.nlp.geo.Gazetteer.loadDefault());
        }
        return mahalles;
    }

    /** {@code --trace}: every decision of every stream (outcome, incident, similarity, place, classes, text). */
    private static boolean TRACE;

    public static void main(String[] args) {
        TRACE = List.of(args).contains("--trace");
        boolean verbose = List.of(args).contains("-v");
        OpenNlpMessageAnalyzer analyzer = OpenNlpMessageAnalyzer.fromClasspath();
        Function<AnalysisRequest, Analysis> analyse = cached(analyzer);
        Thresholds d = Thresholds.defaults();
        System.out.println("Incident grouping with defaults " + d);
        int onlyArg = List.of(args).indexOf("--only");
        if (onlyArg >= 0) {
            // one directory alone (a fresh set's baseline and final score, without the tuning sets)
            Path dir = Path.of(args[onlyArg + 1]);
            print("Set " + dir, loadSet(dir), d, analyse, verbose);
            return;
        }
        StreamSet streams = loadSet(defaultDir());
        print("Tuning", streams, d, analyse, verbose);
        if (Files.isDirectory(heldOutDir())) {
            print("Old held-out (tuning data since session 11)", loadSet(heldOutDir()), d, analyse, verbose);
        }
        if (Files.isDirectory(heldOut2Dir()) && !List.of(args).contains("--tuning-only")) {
            print("Held out 2 (tuning data since session 11 round 2)", loadSet(heldOut2Dir()), d, analyse, verbose);
        }
        if (Files.isDirectory(heldOut3Dir()) && List.of(args).contains("--heldout3")) {
            // the fresh test: scored for the baseline and once at the end, never while working on the method
            print("Held out 3 (fresh test, never tuned on)", loadSet(heldOut3Dir()), d, analyse, verbose);
        }
        GroupingAblations.run(args, streams, d, analyse);
    }

    static StreamSet merge(StreamSet a, StreamSet b) {
        Map<String, List<Item>> s = new java.util.TreeMap<>(a.streams());
        s.putAll(b.streams());
        Map<String, List<Planned>> p = new HashMap<>(a.planned());
        p.putAll(b.planned());
        Map<String, String[]> dep = new HashMap<>(a.deployments());
        dep.putAll(b.deployments());
        return new StreamSet(s, p, dep);
    }

    private static void print(String title, StreamSet set, Thresholds d, Function<AnalysisRequest, Analysis> analyse,
            boolean verbose) {
        Scores s = evaluateRequests(set, d, analyse);
        System.out.println(title + " " + set.streams().keySet());
        System.out.println(s.line());
        for (Map.Entry<String, List<Item>> e : set.streams().entrySet()) {
            StreamSet one = new StreamSet(Map.of(e.getKey(), e.getValue()), set.planned(), set.deployments());
            System.out.println("  " + e.getKey() + ": " + evaluateRequests(one, d, analyse).line());
        }
        if (verbose) {
            s.errors().forEach(x -> System.out.println("  " + x));
        }
    }
}
