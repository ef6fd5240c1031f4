package tr.hemsehri.incident.tools;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.JoinModel;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * How long grouping one new case takes while 10,000 cases are open: 6,000 in 600 open incidents and 4,000
 * ungrouped in the last hour, spread over 10 districts (the worst district holds 1,000), then 2,000 new reports
 * timed one by one (signature + matching; the observer adds one or two row inserts in the ingestion transaction,
 * measured live by the hemsehri_incidents_grouping_seconds timer on /metrics).
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=tr.hemsehri.incident.tools.GroupingBenchmark</pre>
 */
public final class GroupingBenchmark {
    private static final String[] DISTRICTS = {"Karşıyaka", "Bornova", "Buca", "Konak", "Bayraklı", "Çiğli",
            "Karabağlar", "Gaziemir", "Balçova", "Narlıdere"};
    private static final String[] TEXTS = {"%s'da su yok sabahtan beri", "%s çöpler alınmadı kokuyor",
            "%s'da sokak lambaları yanmıyor", "%s yolda çukur var araç düştü", "%s otobüs gelmedi 40 dakikadır",
            "%s'da kanalizasyon taştı", "%s parkında köpek saldırdı", "%s'da elektrik kesik",
            "%s kaldırım kırık yürünmüyor", "%s gürültü var gece yarısı"};

    public static void main(String[] args) {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Instant now = Instant.now();
        long id = 1;
        long caseId = 1;
        for (int d = 0; d < DISTRICTS.length; d++) {
            for (int k = 0; k < 60; k++) {
                List<Report> members = new ArrayList<>();
                for (int m = 0; m < 10; m++) {
                    String nb = "Mahalle" + (k % 30);
                    members.add(Report.of(caseId++, String.format(TEXTS[k % TEXTS.length], nb) + " " + m,
                            DISTRICTS[d], nb, "D" + (k % TEXTS.length), now.minusSeconds(600)));
                }
                e.create(id++, members);
            }
            for (int k = 0; k < 400; k++) {
                String nb = "Mahalle" + (k % 40);
                e.pool(Report.of(caseId++, "tekil şikayet " + k + " " + nb + " konusu " + (k * 7919 % 1000),
                        DISTRICTS[d], nb, "OTHER", now.minusSeconds(1800)));
            }
        }
        System.out.printf("open: %d cases (%d incidents, %d pooled)%n", caseId - 1, e.openGroups(), e.pooled());
        int n = 2000;
        long[] ns = new long[n];
        long[] next = {id};
        for (int i = 0; i < n + 500; i++) {
            int d = i % DISTRICTS.length;
            String nb = "Mahalle" + (i % 35);
            long t0 = System.nanoTime();
            Report r = Report.of(caseId++, String.format(TEXTS[i % TEXTS.length], nb) + " yine", DISTRICTS[d], nb,
                    "D" + (i % TEXTS.length), now);
            e.offer(r, () -> next[0]++);
            long t = System.nanoTime() - t0;
            if (i >= 500) {
                ns[i - 500] = t; // the first 500 warm the JIT
            }
        }
        Arrays.sort(ns);
        int over = 0;
        for (long t : ns) {
            over += t > 20_000_000L ? 1 : 0;
        }
        // the maximum is one case of 2,000 and moves with a collection pause; the count over the target says more
        System.out.printf(Locale.ROOT, "grouping one case with 10,000 open: median %.3f ms, p99 %.3f ms, p99.9 %.3f ms,"
                + " max %.3f ms, over 20 ms: %d of %d%n", ns[n / 2] / 1e6, ns[(int) (n * 0.99)] / 1e6,
                ns[(int) (n * 0.999)] / 1e6, ns[n - 1] / 1e6, over, n);
        pages(e, now.plusSeconds(2 * 3600));
    }

    /**
     * What opening the console pages costs with the same index (they hold the engine's lock): one incident's
     * suggestions, and the proposals of every place (pairs among each place's newest reports settled for an hour).
     */
    private static void pages(GroupingEngine e, Instant now) {
        JoinModel model = JoinModel.fromClasspath();
        if (model == null) {
            return;
        }
        e.suggestions().model(model, 0.5);
        e.proposals().model(model, 0.7);
        List<Long> ids = new ArrayList<>();
        e.iterator().forEachRemaining(g -> ids.add(g.id()));
        int rounds = 50;
        long[] sug = new long[rounds];
        long[] pro = new long[10];
        for (int i = 0; i < rounds + 20; i++) {
            long t0 = System.nanoTime();
            e.suggestions().of(ids.get(i * 37 % ids.size()), now);
            if (i >= 20) {
                sug[i - 20] = System.nanoTime() - t0;
            }
        }
        for (int i = 0; i < pro.length + 3; i++) {
            long t0 = System.nanoTime();
            e.proposals().of(now);
            if (i >= 3) {
                pro[i - 3] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(sug);
        Arrays.sort(pro);
        System.out.printf(Locale.ROOT, "an incident's suggestions: median %.3f ms, max %.3f ms; the proposals of every "
                + "place (%d pooled): median %.1f ms, max %.1f ms%n", sug[rounds / 2] / 1e6, sug[rounds - 1] / 1e6,
                e.pooled(), pro[pro.length / 2] / 1e6, pro[pro.length - 1] / 1e6);
    }
}
