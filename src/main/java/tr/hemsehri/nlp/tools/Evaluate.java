package tr.hemsehri.nlp.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tr.hemsehri.nlp.Analysis;
import tr.hemsehri.nlp.AnalysisRequest;
import tr.hemsehri.nlp.DepartmentCodes;
import tr.hemsehri.nlp.OpenNlpMessageAnalyzer;

/**
 * Scores the shipped analyser (models + rules + gazetteer) on the held-out files ({@link #DEFAULT_EVALS}: the
 * generated eval split, the hand-written eval-independent set and the untouched eval-fresh set) and, when present, the department
 * model on the external municipal-complaints set (evaluation only, never trained on).
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=tr.hemsehri.nlp.tools.Evaluate [-Dexec.args="--eval path [--eval path2] --external dir"]</pre>
 */
public final class Evaluate {

    /**
     * municipal-complaints-tr label → our department code. Worked out from the rows themselves (and the dataset
     * README): 0 water cuts/İSKİ-type → WATER, 1 buses/transport → TRANSPORT, 2 parks/trees → PARKS, 3 zabıta
     * (noise, pedlars, occupation) → MUNICIPAL_POLICE, 4 garbage/cleaning → CLEANING, 5 stray animals → VETERINARY,
     * 6 social aid → SOCIAL_SERVICES, 7 other → OTHER.
     */
    public static final Map<Integer, String> EXTERNAL_LABELS = Map.of(0, DepartmentCodes.WATER, 1,
            DepartmentCodes.TRANSPORT, 2, DepartmentCodes.PARKS, 3, DepartmentCodes.MUNICIPAL_POLICE, 4,
            DepartmentCodes.CLEANING, 5, DepartmentCodes.VETERINARY, 6, DepartmentCodes.SOCIAL_SERVICES, 7,
            DepartmentCodes.OTHER);

    /** The figures the CI floor test checks. */
    public record Summary(double categoryMacroF1, double urgentRecall, double urgentPrecision, double oosF1,
            double departmentAccuracy, double districtAccuracy, double neighborhoodExact, int inventedForColloquial,
            int n) {
    }

    /**
     * The held-out files scored by default: the generator's eval split, the hand-written independent set (used to
     * tune the rules in round 3) and the fresh hand-written set (round 4, never looked at while changing anything).
     */
    public static final List<Path> DEFAULT_EVALS = List.of(Path.of("nlp-models/corpus/eval.jsonl"),
            Path.of("nlp-models/corpus/eval-independent.jsonl"), Path.of("nlp-models/corpus/eval-fresh.jsonl"));

    public static void main(String[] args) throws IOException {
        List<Path> evals = new ArrayList<>();
        Path external = Path.of("../shared/data/municipal-complaints-tr");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--eval" -> evals.add(Path.of(args[++i]));
                case "--external" -> external = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t = System.nanoTime();
        OpenNlpMessageAnalyzer analyzer = OpenNlpMessageAnalyzer.fromClasspath();
        System.out.printf("analyser loaded in %.0f ms%n", (System.nanoTime() - t) / 1e6);
        if (evals.isEmpty()) {
            evals = DEFAULT_EVALS;
        }
        List<String> summaries = new ArrayList<>();
        for (Path eval : evals) {
            if (!Files.exists(eval)) {
                System.out.println("== " + eval + ": missing, skipped");
                continue;
            }
            System.out.println("######## " + eval);
            Summary s = evaluate(analyzer, Corpus.read(eval), true);
            summaries.add(String.format("  %-45s n=%d category-F1 %.3f | urgent R %.3f P %.3f | oos-F1 %.3f | department %.3f"
                    + " | district %.3f | mahalle %.3f | invented %d", eval, s.n(), s.categoryMacroF1(), s.urgentRecall(),
                    s.urgentPrecision(), s.oosF1(), s.departmentAccuracy(), s.districtAccuracy(), s.neighborhoodExact(),
                    s.inventedForColloquial()));
        }
        System.out.println("######## summary");
        summaries.forEach(System.out::println);
        System.out.println();
        if (!Files.isDirectory(external) && Files.isDirectory(Path.of("/work/shared/data/municipal-complaints-tr"))) {
            external = Path.of("/work/shared/data/municipal-complaints-tr");
        }
        external(analyzer, external);
    }

    public static Summary evaluate(OpenNlpMessageAnalyzer analyzer, List<Corpus.Example> rows, boolean print) {
        Metrics.Confusion cat = new Metrics.Confusion();
        Metrics.Confusion dep = new Metrics.Confusion();
        Metrics.Confusion oosC = new Metrics.Confusion();
        int utp = 0, ufp = 0, ufn = 0, otp = 0, ofp = 0, ofn = 0;
        int distN = 0, distOk = 0, nbN = 0, nbOk = 0, invented = 0, colloquial = 0;
        List<String> errors = new ArrayList<>();
        for (Corpus.Example e : rows) {
            Analysis a = analyzer.analyze(new AnalysisRequest(e.text(), e.province(), e.scopeDistrict()));
            if (e.category() != null) {
                cat.add(e.category(), a.category().name());
            }
            if (e.department() != null) {
                dep.add(e.department(), a.department());
            }
            if (e.urgent() != null) {
                if (e.urgent() && a.urgent()) {
                    utp++;
                } else if (a.urgent()) {
                    ufp++;
                    errors.add("urgent FP: " + e.text() + " -> " + a.urgencyReason());
                } else if (e.urgent()) {
                    ufn++;
                    errors.add("urgent FN: " + e.text() + " (" + e.urgencyReason() + ")");
                }
            }
            if (e.hasOutOfScope()) {
                String gold = e.outOfScope() == null ? "NONE" : e.outOfScope();
                String pred = a.outOfScope() == null ? "NONE" : a.outOfScope().institution();
                oosC.add(gold, pred);
                if (!gold.equals("NONE") && gold.equals(pred)) {
                    otp++;
                } else {
                    if (!pred.equals("NONE")) {
                        ofp++;
                    }
                    if (!gold.equals("NONE")) {
                        ofn++;
                    }
                    if (!gold.equals(pred)) {
                        errors.add("oos " + gold + "->" + pred + ": " + e.text());
                    }
                }
            }
            // place: every row has a gold district (possibly null = none) and neighbourhood (possibly null)
            distN++;
            if (eq(e.district(), a.district())) {
                distOk++;
            } else {
                errors.add("district " + e.district() + "->" + a.district() + ": " + e.text());
            }
            nbN++;
            if (eq(e.neighborhood(), a.neighborhood())) {
                nbOk++;
            } else {
                errors.add("mahalle " + e.neighborhood() + "->" + a.neighborhood() + ": " + e.text());
            }
            if (e.colloquialPlace()) {
                colloquial++;
                if (a.neighborhood() != null) {
                    invented++;
                }
            }
        }
        double up = utp + ufp == 0 ? 0 : (double) utp / (utp + ufp);
        double ur = utp + ufn == 0 ? 0 : (double) utp / (utp + ufn);
        double op = otp + ofp == 0 ? 0 : (double) otp / (otp + ofp);
        double or = otp + ofn == 0 ? 0 : (double) otp / (otp + ofn);
        double of = op + or == 0 ? 0 : 2 * op * or / (op + or);
        Summary s = new Summary(cat.macroF1(), ur, up, of, dep.accuracy(), (double) distOk / Math.max(1, distN),
                (double) nbOk / Math.max(1, nbN), invented, rows.size());
        if (print) {
            System.out.println(cat.report("== category (" + rows.size() + " messages)"));
            System.out.println(cat.matrix());
            System.out.printf("== urgent: recall %.3f, precision %.3f (tp %d, fp %d, fn %d)%n%n", ur, up, utp, ufp, ufn);
            System.out.printf("== out of scope: F1 %.3f (precision %.3f, recall %.3f; institution must match)%n", of, op, or);
            System.out.println(oosC.matrix());
            System.out.println(dep.report("== department"));
            System.out.printf("== department accuracy %.3f%n", dep.accuracy());
            System.out.printf("== district accuracy %.3f (%d/%d, 'none' counts as a label)%n", s.districtAccuracy(),
                    distOk, distN);
            System.out.printf("== neighbourhood exact match %.3f (%d/%d)%n", s.neighborhoodExact(), nbOk, nbN);
            System.out.printf("== invented neighbourhood for a colloquial place name: %d of %d%n%n", invented,
                    colloquial);
            System.out.println("-- first errors --");
            errors.stream().limit(40).forEach(x -> System.out.println("  " + x));
        }
        return s;
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Department accuracy on the external municipal-complaints set (its 8 labels mapped to ours). */
    static void external(OpenNlpMessageAnalyzer analyzer, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            System.out.println("== external municipal-complaints-tr: folder " + dir + " missing, skipped");
            return;
        }
        for (String file : List.of("validation.csv", "train.csv")) {
            Path p = dir.resolve(file);
            if (!Files.exists(p)) {
                continue;
            }
            Metrics.Confusion c = new Metrics.Confusion();
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                List<String[]> rows = Csv.read(r);
                for (String[] row : rows.subList(1, rows.size())) {
                    if (row.length < 2) {
                        continue;
                    }
                    String gold = EXTERNAL_LABELS.get(Integer.parseInt(row[0].trim()));
                    c.add(gold, analyzer.analyze(AnalysisRequest.of(row[1])).department());
                }
            }
            System.out.println(c.report("== external municipal-complaints-tr/" + file + " department (evaluation only)"));
            System.out.println(c.matrix());
        }
    }
}
