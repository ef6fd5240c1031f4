package tr.hemsehri.nlp.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import tr.hemsehri.nlp.AnalysisRequest;
import tr.hemsehri.nlp.OpenNlpMessageAnalyzer;

/**
 * Model load time and single-thread throughput over the evaluation messages.
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=tr.hemsehri.nlp.tools.Benchmark [-Dexec.args="--seconds 10"]</pre>
 */
public final class Benchmark {

    public static void main(String[] args) throws IOException {
        int seconds = 10;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                seconds = Integer.parseInt(args[++i]);
            }
        }
        // OpenNLP's model readers log through SLF4J, and the first logger of a JVM initialises the logging backend
        // (≈ 0.4 s here): a cost the service pays once at boot, before any model, so it is timed apart
        long l0 = System.nanoTime();
        org.slf4j.LoggerFactory.getLogger(Benchmark.class).debug("logging initialised before the models are timed");
        System.out.printf("logging initialisation (not model loading): %.0f ms%n", (System.nanoTime() - l0) / 1e6);
        long t0 = System.nanoTime();
        OpenNlpMessageAnalyzer analyzer = OpenNlpMessageAnalyzer.fromClasspath();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("load (models + gazetteer + İzmir index): %.0f ms%n", loadMs);
        List<AnalysisRequest> reqs = Corpus.read(Path.of("nlp-models/corpus/eval.jsonl")).stream()
                .map(e -> new AnalysisRequest(e.text(), e.province(), e.scopeDistrict())).toList();
        // warm-up (JIT)
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        int k = 0;
        while (System.nanoTime() < warmEnd) {
            analyzer.analyze(reqs.get(k++ % reqs.size()));
        }
        long n = 0;
        long sink = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                sink += analyzer.analyze(reqs.get((int) (n++ % reqs.size()))).category().ordinal();
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        // on a shared machine wall-clock throughput depends on the other processes; CPU time of this thread does not
        System.out.printf("per CPU-second of the benchmark thread: %.0f analyses/s (thread CPU %.1f s of %.1f s wall)%n",
                n / cpuSecs, cpuSecs, secs);
        System.out.printf("throughput on one thread: %.0f analyses/s (%d analyses in %.1f s, avg %d chars)%n", n / secs, n,
                secs, (int) reqs.stream().mapToInt(r -> r.text().length()).average().orElse(0));
        // the two figures the issue targets (< 1 s load, >= 10,000/s on one core), on one line for the report
        System.out.printf("summary: load %.0f ms; %.0f analyses/s on one thread (%.0f per CPU-second)%n", loadMs, n / secs,
                n / cpuSecs);
        if (sink == 42) {
            System.out.println();
        }
    }
}
