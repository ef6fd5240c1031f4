package tr.hemsehri.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tr.hemsehri.common.boot.EmbeddedDatabase;
import tr.hemsehri.simulator.SimulatorLauncher;

/**
 * Issue 8: the end-to-end benchmark. Starts an embedded PostgreSQL, starts the packaged application
 * (target/quarkus-app/quarkus-run.jar) against it as a child process, and drives it over HTTP only:
 *
 * <ul>
 * <li>ingest: signed WhatsApp webhook batches (the public batched entry of the pipeline: dedup, NLP, threading,
 * cases, incident grouping in one transaction per batch) against the raw ceiling (multi-row INSERTs of the same
 * rows, same batch size, same writers, into a scratch copy of {@code messages} with all its indexes);</li>
 * <li>ingest-to-queue latency at a fixed rate;</li>
 * <li>queue pages and {@code POST /queue/next} claims, and the reports, at each case count;</li>
 * <li>start-up time to ready and VmRSS under ingest load.</li>
 * </ul>
 *
 * Run: {@code ./mvnw -q package -DskipTests && ./mvnw -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=tr.hemsehri.bench.Bench -Dexec.args="--quick"} (see README, Benchmarks).
 *
 * <p>Options for iterating on one area without re-running the ingest each time:
 * <ul>
 * <li>{@code --only ingest}: the ingest figures only;</li>
 * <li>{@code --only reports}: no ingest, no latency, no pages, no claims: cases are topped up to each of
 * {@code --sizes} with the bulk loader and only the reports are measured;</li>
 * <li>{@code --keep}: start from the database a previous run left in {@code --dir} (default target/bench)
 * instead of a fresh one. Cases already there count towards {@code --sizes}, so {@code --only reports --keep
 * --sizes 1000000} seeds a million cases once and later runs measure the reports straight away (the application
 * is started on the kept database, so a new migration runs on it first: its time is the start-up figure);</li>
 * <li>{@code --dir DIR}: where the database and logs live, e.g. one kept directory per size;</li>
 * <li>{@code -Dhemsehri.bench.start-timeout=600}: seconds to wait for the application to be ready (a migration
 * that rewrites a million cases takes longer than the default 120), and {@code -Dhemsehri.jar=PATH} for another
 * build of the application than target/quarkus-app.</li>
 * </ul>
 */
public final class Bench {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private static final String MODERATOR = "Basic " + Base64.getEncoder()
            .encodeToString("moderator:moderator".getBytes(StandardCharsets.UTF_8));
    private static final String[] DISTRICTS = {"Karşıyaka", "Bornova", "Buca", "Konak", "Bayraklı", "Çiğli",
            "Karabağlar", "Gaziemir", "Narlıdere", "Balçova"};
    private static final String[] HOODS = {"Bostanlı", "Kazımdirik", "Şirinyer", "Alsancak", "Mavişehir",
            "Tersane", "Evka-3", "Manavkuyu", "Göztepe", "Hatay"};

    final Map<String, String> opts = new HashMap<>();
    final Table table = new Table();
    EmbeddedDatabase db;
    App app;
    String jdbcUrl;
    List<String> texts;

    public static void main(String[] args) throws Exception {
        Bench b = new Bench();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--quick") || a.equals("--keep")) {
                b.opts.put(a.substring(2), "true");
            } else if (a.startsWith("--") && a.contains("=")) {
                b.opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (a.startsWith("--") && i + 1 < args.length) {
                b.opts.put(a.substring(2), args[++i]);
            }
        }
        int code = 0;
        try {
            b.run();
        } catch (Throwable t) {
            t.printStackTrace();
            code = 1;
        } finally {
            b.close();
        }
        System.exit(code);
    }

    boolean quick() {
        return opts.containsKey("quick");
    }

    int opt(String name, int full, int quick) {
        return Integer.parseInt(opts.getOrDefault(name, String.valueOf(quick() ? quick : full)));
    }

    void run() throws Exception {
        int messages = opt("messages", 200_000, 20_000);
        int batch = opt("batch", 100, 100);
        int writers = opt("writers", 4, 4);
        int latencySeconds = opt("latency-seconds", 20, 10);
        int rate = opt("rate", 1000, 1000);
        List<Integer> sizes = Arrays.stream(opts.getOrDefault("sizes", quick() ? "100000" : "100000,1000000")
                .split(",")).map(String::trim).map(Integer::parseInt).toList();
        texts = loadTexts();
        Path work = Path.of(opts.getOrDefault("dir", "target/bench"));
        boolean keep = opts.containsKey("keep") && Files.isDirectory(work.resolve("pg"));
        if (!keep) {
            deleteTree(work);
        }
        Files.createDirectories(work);
        log("embedded PostgreSQL in %s", work.toAbsolutePath());
        db = EmbeddedDatabase.start(work.resolve("pg"), 0);
        jdbcUrl = db.jdbcUrl();

        app = new App(work.resolve("app.log"), jdbcUrl, opts.getOrDefault("jvm", "-Xmx256m"));
        double startSeconds = app.start();
        table.add("Footprint", keep ? String.format("start-up to ready, kept DB of %,d cases (new migrations run)",
                scalar("select count(*) from cases")) : "start-up to ready, empty DB (migrations run)",
                fmt(startSeconds, "s"), "< 5 s", startSeconds < 5);

        if ("reports".equals(opts.get("only"))) {
            for (int size : sizes) {
                loadCases(size);
                reports(size);
            }
            app.stop();
            String out = table.render();
            System.out.println();
            System.out.println(out);
            Files.writeString(work.resolve("results.md"), out);
            return;
        }
        ingest(messages, batch, writers);
        if ("ingest".equals(opts.get("only"))) {
            app.stop();
            System.out.println();
            System.out.println(table.render());
            return;
        }
        latency(rate, latencySeconds, batch);

        for (int size : sizes) {
            loadCases(size);
            queuePages(size);
            claims(size);
            reports(size);
        }
        app.stop();
        // twice each, alternating, so both forms meet the same machine: the plain jar, then the packaged AppCDS
        // archive (the JVM maps the classes the package step recorded instead of loading and verifying them)
        double[] plain = new double[2], cds = new double[2];
        boolean archive = Files.isRegularFile(App.appDir().resolve("app-cds.jsa"));
        for (int k = 0; k < 2; k++) {
            plain[k] = app.start();
            app.stop();
            if (archive) {
                cds[k] = app.start(true);
                app.stop();
            }
        }
        String stored = human(sizes.get(sizes.size() - 1)) + " cases stored";
        table.add("Footprint", "start-up to ready, " + stored + " (two runs)", fmt(plain[0], "s") + " / "
                + fmt(plain[1], "s"), "< 5 s", Math.max(plain[0], plain[1]) < 5);
        if (archive) {
            table.add("Footprint", "start-up to ready, " + stored + ", AppCDS archive (two runs, alternating)",
                    fmt(cds[0], "s") + " / " + fmt(cds[1], "s"), "< 5 s", Math.max(cds[0], cds[1]) < 5);
        }
        String out = table.render();
        System.out.println();
        System.out.println(out);
        Files.writeString(work.resolve("results.md"), out);
        log("table also written to %s", work.resolve("results.md").toAbsolutePath());
    }

    // ---------------------------------------------------------------------------------------------- ingest

    record Msg(String id, String from, String name, String text, long ts) {
    }

    List<Msg> messages(String prefix, int n, int authors, double duplicateShare) {
        List<Msg> out = new ArrayList<>(n);
        long now = Instant.now().getEpochSecond();
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < n; i++) {
            if (i > 10 && r.nextDouble() < duplicateShare) {
                out.add(out.get(r.nextInt(i))); // a replayed webhook delivery: dedup absorbs it
                continue;
            }
            int author = i % authors;
            out.add(new Msg("wamid." + prefix + "." + i, "90" + (Math.abs(prefix.hashCode()) % 90 + 10) + String.format("%09d", author),
                    "Vatandaş " + author, texts.get(r.nextInt(texts.size())), now));
        }
        return out;
    }

    static String webhook(List<Msg> ms) {
        StringBuilder contacts = new StringBuilder();
        StringBuilder msgs = new StringBuilder();
        for (Msg m : ms) {
            if (contacts.length() > 0) {
                contacts.append(',');
                msgs.append(',');
            }
            contacts.append("{\"profile\":{\"name\":").append(json(m.name)).append("},\"wa_id\":\"").append(m.from)
                    .append("\"}");
            msgs.append("{\"from\":\"").append(m.from).append("\",\"id\":\"").append(m.id)
                    .append("\",\"timestamp\":\"").append(m.ts).append("\",\"type\":\"text\",\"text\":{\"body\":")
                    .append(json(m.text)).append("}}");
        }
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"bench\",\"changes\":[{\"field\":"
                + "\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":"
                + "\"902320000000\",\"phone_number_id\":\"" + SimulatorLauncher.WHATSAPP_PHONE_ID + "\"},\"contacts\":["
                + contacts + "],\"messages\":[" + msgs + "]}}]}]}";
    }

    HttpResponse<String> postWebhook(String body) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SimulatorLauncher.APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sig = "sha256=" + HexFormat.of().formatHex(mac.doFinal(raw));
        HttpRequest req = HttpRequest.newBuilder(app.uri("/webhooks/whatsapp")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", sig)
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
        HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("webhook answered " + resp.statusCode() + ": " + resp.body());
        }
        return resp;
    }

    void ingest(int n, int batchSize, int writers) throws Exception {
        // warm-up: JIT and connection pool, not counted
        List<Msg> warm = messages("warm", 2_000, 1_500, 0);
        for (int i = 0; i < warm.size(); i += batchSize) {
            postWebhook(webhook(warm.subList(i, Math.min(warm.size(), i + batchSize))));
        }
        List<Msg> all = messages("ing", n, n * 3 / 5, 0.01);
        List<String> bodies = new ArrayList<>();
        List<List<Msg>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += batchSize) {
            List<Msg> b = all.subList(i, Math.min(all.size(), i + batchSize));
            batches.add(b);
            bodies.add(webhook(b));
        }
        log("ingest: %,d messages in %,d webhook batches of %d from %d writers", n, bodies.size(), batchSize, writers);
        long casesBefore = scalar("select count(*) from cases");
        AtomicInteger next = new AtomicInteger();
        AtomicLong rssMax = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                rssMax.accumulateAndGet(app.rssKb(), Math::max);
                sleep(200);
            }
        });
        sampler.start();
        long t0 = System.nanoTime();
        runParallel(writers, () -> {
            int i;
            while ((i = next.getAndIncrement()) < bodies.size()) {
                postWebhook(bodies.get(i));
            }
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        done.set(true);
        sampler.join();
        long stored = scalar("select count(*) from messages where external_id like 'wamid.ing.%'");
        long cases = scalar("select count(*) from cases") - casesBefore;
        long incidents = scalar("select count(*) from incident_cases");
        double rate = n / secs;
        log("ingest: %.1f s, %,d stored, %,d new cases, %,d case-incident links, max RSS %,d MB", secs, stored, cases,
                incidents, rssMax.get() / 1024);

        // the raw ceiling: the same rows, batches and writers, straight into a scratch copy of messages
        exec("drop table if exists bench_messages_raw");
        exec("create table bench_messages_raw (like messages including all)");
        AtomicInteger nextRaw = new AtomicInteger();
        long r0 = System.nanoTime();
        runParallel(writers, () -> {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("""
                        insert into bench_messages_raw (platform, external_id, thread_external_id, author_id,
                            author_handle, author_name, text, direction, visibility, created_at, raw)
                        values ('WHATSAPP', ?, ?, ?, ?, ?, ?, 'IN', 'PRIVATE', ?, cast(? as jsonb))
                        on conflict (platform, external_id) do nothing""")) {
                    int i;
                    while ((i = nextRaw.getAndIncrement()) < batches.size()) {
                        for (Msg m : batches.get(i)) {
                            ps.setString(1, m.id);
                            ps.setString(2, m.from);
                            ps.setString(3, m.from);
                            ps.setString(4, m.from);
                            ps.setString(5, m.name);
                            ps.setString(6, m.text);
                            ps.setTimestamp(7, new java.sql.Timestamp(m.ts * 1000));
                            ps.setString(8, "{\"from\":\"" + m.from + "\",\"id\":\"" + m.id + "\",\"type\":\"text\"}");
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
        });
        double rawSecs = (System.nanoTime() - r0) / 1e9;
        double rawRate = n / rawSecs;
        exec("drop table bench_messages_raw");
        table.add("Ingest", String.format("pipeline, %,d msgs (webhook batches of %d, %d writers)", n, batchSize,
                writers), fmt(rate, "msg/s"), "≥ 5,000 msg/s", rate >= 5000);
        table.add("Ingest", "raw PostgreSQL ceiling, same rows (multi-row INSERT, same batches)", fmt(rawRate, "msg/s"),
                "baseline", null);
        table.add("Ingest", "pipeline / raw ceiling", String.format(Locale.ROOT, "%.2f", rate / rawRate), "≥ 0.5",
                rate / rawRate >= 0.5);
        table.add("Footprint", "VmRSS max under ingest load", (rssMax.get() / 1024) + " MB", "< 400 MB",
                rssMax.get() / 1024 < 400);
    }

    void latency(int rate, int seconds, int ignored) throws Exception {
        int perTick = Math.max(1, rate / 100); // a batch every 10 ms
        int ticks = seconds * 100;
        List<Msg> all = messages("lat", perTick * ticks, perTick * ticks, 0);
        Map<String, Long> enqueued = new ConcurrentHashMap<>();
        Map<String, Long> visible = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger failures = new AtomicInteger();
        long maxIdBefore = scalar("select coalesce(max(id), 0) from cases");
        Thread poller = new Thread(() -> {
            try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("""
                    select m.external_id from cases c join messages m on m.case_id = c.id
                    where c.id > ? and c.assignee_id is null and c.status in ('NEW', 'TRIAGED')""")) {
                long floor = maxIdBefore;
                while (!done.get() || visible.size() < enqueued.size()) {
                    ps.setLong(1, floor);
                    long now = System.nanoTime();
                    long maxSeen = floor;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            visible.putIfAbsent(rs.getString(1), now);
                        }
                    }
                    if (done.get() && visible.size() < enqueued.size()) {
                        sleep(5);
                    }
                    Thread.sleep(5);
                    if (done.get() && System.nanoTime() - lastEnqueue.get() > TimeUnit.SECONDS.toNanos(30)) {
                        break;
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        poller.start();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        CountDownLatch sent = new CountDownLatch(ticks);
        AtomicInteger tick = new AtomicInteger();
        log("latency: %d msg/s for %d s (a webhook batch of %d every 10 ms)", rate, seconds, perTick);
        clock.scheduleAtFixedRate(() -> {
            int t = tick.getAndIncrement();
            if (t >= ticks) {
                return;
            }
            List<Msg> b = all.subList(t * perTick, (t + 1) * perTick);
            long at = System.nanoTime();
            lastEnqueue.set(at);
            b.forEach(m -> enqueued.put(m.id, at));
            String body = webhook(b);
            senders.submit(() -> {
                try {
                    postWebhook(body);
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    sent.countDown();
                }
            });
        }, 0, 10, TimeUnit.MILLISECONDS);
        sent.await(seconds + 120L, TimeUnit.SECONDS);
        clock.shutdownNow();
        senders.shutdown();
        done.set(true);
        poller.join(60_000);
        List<Long> lat = new ArrayList<>();
        for (Map.Entry<String, Long> e : enqueued.entrySet()) {
            Long v = visible.get(e.getKey());
            if (v != null) {
                lat.add(v - e.getValue());
            }
        }
        Collections.sort(lat);
        double p50 = pct(lat, 0.50) / 1e6;
        double p99 = pct(lat, 0.99) / 1e6;
        log("latency: %d enqueued, %d visible, %d failed requests, p50 %.0f ms, p99 %.0f ms", enqueued.size(),
                lat.size(), failures.get(), p50, p99);
        boolean complete = lat.size() == enqueued.size() && failures.get() == 0;
        table.add("Ingest", String.format("ingest→queue latency at %,d msg/s for %d s, p50", rate, seconds),
                fmt(p50, "ms"), "", null);
        table.add("Ingest", String.format("ingest→queue latency at %,d msg/s for %d s, p99%s", rate, seconds,
                complete ? "" : " (" + (enqueued.size() - lat.size()) + " never seen!)"), fmt(p99, "ms"), "< 1,000 ms",
                complete && p99 < 1000);
    }

    private final AtomicLong lastEnqueue = new AtomicLong(System.nanoTime());

    // ---------------------------------------------------------------------------------------------- cases

    void loadCases(int size) throws Exception {
        long have = scalar("select count(*) from cases");
        long add = size - have;
        if (add <= 0) {
            return;
        }
        log("loading %,d cases (to %,d) with one message each", add, size);
        long t0 = System.nanoTime();
        long maxBefore = scalar("select coalesce(max(id), 0) from cases");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("""
                    insert into cases (status, category, confidence, urgent, urgency_reason, priority, department_id,
                        district, neighborhood, platform, thread_key, author_id, assignee_id, claimed_at, due_at,
                        first_response_at, resolved_at, closed_at, last_message_at, message_count, created_at,
                        updated_at, status_changed_at, forwarded_at, reopen_count)
                    select st, cat, 0.8, urg, case when urg then 'bench' end, (case when urg then 100 else 0 end)
                             + (case cat when 'COMPLAINT' then 20 when 'REQUEST' then 10 else 0 end),
                           d.ids[1 + g % array_length(d.ids, 1)],
                           (array['Karşıyaka','Bornova','Buca','Konak','Bayraklı','Çiğli','Karabağlar','Gaziemir',
                                  'Narlıdere','Balçova'])[1 + g % 10],
                           (array['Bostanlı','Kazımdirik','Şirinyer','Alsancak','Mavişehir','Tersane','Evka-3',
                                  'Manavkuyu','Göztepe','Hatay'])[1 + (g / 10) % 10],
                           (array['X','FACEBOOK','INSTAGRAM','WHATSAPP'])[1 + g % 4],
                           'bulk-' || g, 'bulk-author-' || (g % 400000), null, null,
                           case when st in ('FORWARDED','IN_PROGRESS','RESOLVED','CLOSED') then ts + interval '3 days' end,
                           case when st <> 'NEW' then ts + (g % 7200) * interval '1 second' end,
                           case when st in ('RESOLVED','CLOSED') then ts + (g % 400) * interval '1 hour' end,
                           case when st = 'CLOSED' then ts + interval '20 days' end,
                           ts, 1, ts, ts, ts,
                           case when st in ('FORWARDED','IN_PROGRESS','RESOLVED','CLOSED') then ts + interval '1 hour' end,
                           case when g % 50 = 0 then 1 else 0 end
                    from (select g,
                                 case when g % 100 < 6 then 'NEW' when g % 100 < 8 then 'TRIAGED'
                                      when g % 100 < 14 then 'FORWARDED' when g % 100 < 18 then 'IN_PROGRESS'
                                      when g % 100 < 30 then 'RESOLVED' when g % 100 < 33 then 'REFERRED'
                                      else 'CLOSED' end st,
                                 (array['COMPLAINT','COMPLAINT','REQUEST','SUPPORT'])[1 + (g / 7) % 4] cat,
                                 g % 29 = 0 urg,
                                 now() - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second' as ts
                          from generate_series(1, {N}) g) x,
                         (select array_agg(id order by id) ids from departments) d
                    """.replace("{N}", String.valueOf(add)));
            s.execute("""
                    insert into messages (platform, external_id, case_id, thread_external_id, author_id, author_handle,
                        author_name, text, direction, visibility, created_at)
                    select c.platform, 'bulk-' || c.id, c.id, c.thread_key, c.author_id, c.author_id, 'Vatandaş',
                           t.texts[1 + c.id % array_length(t.texts, 1)] || ' #' || c.id, 'IN', 'PUBLIC', c.created_at
                    from cases c, (select ?::text[] texts) t where c.id > {MAX}""".replace("{MAX}", String.valueOf(maxBefore))
                    .replace("?::text[]", "'" + pgArray(texts) + "'::text[]"));
            s.execute("""
                    insert into satisfaction_checks (case_id, status, channel, score, fixed, due_at, sent_at, answered_at,
                        created_at)
                    select id, case when id % 3 = 0 then 'SENT' else 'ANSWERED' end, platform,
                           case when id % 3 = 0 then null else 1 + id % 5 end,
                           case when id % 3 = 0 then null else id % 4 <> 0 end, resolved_at, resolved_at,
                           case when id % 3 = 0 then null else resolved_at + interval '1 day' end, resolved_at
                    from cases where id > {MAX} and status in ('RESOLVED', 'CLOSED') and id % 2 = 0""".replace("{MAX}",
                    String.valueOf(maxBefore)));
            s.execute("analyze");
        }
        log("loaded in %.1f s", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The bulk load writes every case's report roll-up deltas at once (millions at 1M); the application folds them
     * every few seconds. Reports read the deltas not folded yet, so they are measured once the fold caught up, as
     * they would be under a steady ingest, and the catch-up time is logged.
     */
    void awaitRollup() throws Exception {
        if (scalar("select count(*) from pg_tables where tablename = 'report_deltas'") == 0) {
            return;
        }
        long t0 = System.nanoTime();
        long left;
        while ((left = scalar("select count(*) from report_deltas")) > 0
                && System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(10)) {
            Thread.sleep(1000);
        }
        log("report roll-up caught up in %.1f s (%,d deltas left)", (System.nanoTime() - t0) / 1e9, left);
    }

    void queuePages(int size) throws Exception {
        int requests = opt("page-requests", 200, 100);
        String[][] mixes = {
                {"queue: status=NEW, first page", "status=NEW&size=20"},
                {"urgent=true, page 5", "urgent=true&size=20&page=5"},
                {"department=WATER&status=FORWARDED", "department=WATER&status=FORWARDED&size=20"},
                {"district+neighborhood+category", "district=Bornova&neighborhood=Kaz%C4%B1mdirik&category=COMPLAINT&size=20"},
                {"platform=X&status=RESOLVED, page 20", "platform=X&status=RESOLVED&size=20&page=20"},
                {"text search q=su", "q=su&size=20"},
                {"no filter, size=100", "size=100"},
        };
        for (String[] mix : mixes) {
            List<Long> lat = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger next = new AtomicInteger();
            int count = mix[1].startsWith("q=") ? Math.max(10, requests / 10) : requests; // seconds each
            for (int w = 0; w < 5; w++) {
                get("/api/v1/cases?" + mix[1]);
            }
            runParallel(4, () -> {
                while (next.getAndIncrement() < count) {
                    long t = System.nanoTime();
                    HttpResponse<String> r = get("/api/v1/cases?" + mix[1]);
                    lat.add(System.nanoTime() - t);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(mix[1] + " -> " + r.statusCode() + " " + r.body());
                    }
                }
            });
            Collections.sort(lat);
            double p50 = pct(lat, 0.5) / 1e6, p99 = pct(lat, 0.99) / 1e6;
            table.add("Queue @" + human(size), "GET /cases " + mix[0] + " (4 clients) p50 / p99",
                    fmt(p50, "ms") + " / " + fmt(p99, "ms"), "p99 < 50 ms", p99 < 50);
        }
    }

    void claims(int size) throws Exception {
        int clients = opt("clients", 50, 50);
        int seconds = opt("claim-seconds", 10, 5);
        List<Long> lat = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        AtomicInteger empty = new AtomicInteger();
        Pattern idp = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long t0 = System.nanoTime();
        runParallel(clients, () -> {
            while (System.nanoTime() < deadline) {
                long t = System.nanoTime();
                HttpRequest req = HttpRequest.newBuilder(app.uri("/api/v1/queue/next")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", MODERATOR).POST(HttpRequest.BodyPublishers.noBody()).build();
                HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
                lat.add(System.nanoTime() - t);
                if (r.statusCode() == 204) {
                    empty.incrementAndGet();
                    continue;
                }
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("queue/next -> " + r.statusCode() + " " + r.body());
                }
                Matcher m = idp.matcher(r.body());
                if (!m.find()) {
                    throw new IllegalStateException("no id in " + r.body());
                }
                ids.add(Long.parseLong(m.group(1)));
            }
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        Set<Long> unique = new java.util.HashSet<>(ids);
        int duplicates = ids.size() - unique.size();
        Collections.sort(lat);
        double perSec = ids.size() / secs;
        double p50 = pct(lat, 0.5) / 1e6, p99 = pct(lat, 0.99) / 1e6;
        // put them back so the next size starts from the same queue
        exec("update cases set assignee_id = null, claimed_at = null where assignee_id is not null and status in ('NEW','TRIAGED')");
        table.add("Queue @" + human(size), "POST /queue/next, " + clients + " clients, p50 / p99",
                fmt(p50, "ms") + " / " + fmt(p99, "ms"), "p99 < 50 ms", p99 < 50);
        table.add("Queue @" + human(size), String.format("claims/s (%,d claims in %.0f s, %d duplicates, %d empty)",
                ids.size(), secs, duplicates, empty.get()), fmt(perSec, "/s"), "≥ 500/s, 0 duplicates",
                perSec >= 500 && duplicates == 0);
    }

    /** The 1-minute load average: figures taken under load are not comparable with quiet-machine ones. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    void reports(int size) throws Exception {
        awaitRollup();
        log("reports at %,d cases, load average %s", scalar("select count(*) from cases"), loadAverage());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Istanbul"));
        String[][] rs = {
                {"summary, last 30 days", "/api/v1/reports/summary"},
                {"summary, 365 days", "/api/v1/reports/summary?from=" + today.minusDays(365) + "&to=" + today},
                {"summary, 365 days, department=WATER", "/api/v1/reports/summary?from=" + today.minusDays(365) + "&to="
                        + today + "&department=WATER"},
                {"summary.csv, 365 days", "/api/v1/reports/summary.csv?from=" + today.minusDays(365) + "&to=" + today},
        };
        for (String[] r : rs) {
            get(r[1]);
            List<Long> lat = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                HttpResponse<String> resp = get(r[1]);
                lat.add(System.nanoTime() - t);
                if (resp.statusCode() != 200) {
                    throw new IllegalStateException(r[1] + " -> " + resp.statusCode() + " " + resp.body());
                }
            }
            Collections.sort(lat);
            double worst = lat.get(lat.size() - 1) / 1e6;
            log("%s: best %.0f ms, median %.0f ms, worst %.0f ms, load average %s", r[0], lat.get(0) / 1e6,
                    lat.get(lat.size() / 2) / 1e6, worst, loadAverage());
            table.add("Reports @" + human(size), "GET " + r[0] + " (whole request, worst of 5)", fmt(worst, "ms"),
                    "< 1,000 ms", worst < 1000);
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    HttpResponse<String> get(String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", MODERATOR).GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(jdbcUrl + "?reWriteBatchedInserts=true", "postgres", "postgres");
    }

    long scalar(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void exec(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    static void runParallel(int threads, Work w) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            fs.add(ex.submit(() -> {
                w.run();
                return null;
            }));
        }
        try {
            for (var f : fs) {
                f.get();
            }
        } finally {
            ex.shutdownNow();
        }
    }

    static long pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    List<String> loadTexts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : new String[] {"x", "facebook", "instagram", "whatsapp"}) {
            for (String line : Files.readAllLines(Path.of("connectors", p, "scenario.txt"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                String t = f[f.length - 1];
                if (t.length() > 10 && !t.contains(";")) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    static String pgArray(List<String> ts) {
        StringBuilder b = new StringBuilder("{");
        for (String t : ts) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(t.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "''")).append('"');
        }
        return b.append('}').toString();
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String fmt(double v, String unit) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f %s" : "%.1f %s", v, unit);
    }

    static String human(int n) {
        return n % 1_000_000 == 0 ? (n / 1_000_000) + "M" : n % 1000 == 0 ? (n / 1000) + "k" : String.valueOf(n);
    }

    static void log(String f, Object... a) {
        System.out.printf("[bench %tT] %s%n", new java.util.Date(), String.format(Locale.ROOT, f, a));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
    }

    void close() {
        try {
            if (app != null) {
                app.stop();
            }
        } catch (Exception ignored) {
            // best effort
        }
        try {
            if (db != null) {
                db.close();
            }
        } catch (Exception ignored) {
            // best effort
        }
    }

    /** The packaged application as a child process. */
    static final class App {
        final Path log;
        final String jdbcUrl;
        final String jvm;
        final int port;
        Process process;

        App(Path log, String jdbcUrl, String jvm) throws IOException {
            this.log = log;
            this.jdbcUrl = jdbcUrl;
            this.jvm = jvm;
            try (ServerSocket s = new ServerSocket(0)) {
                this.port = s.getLocalPort();
            }
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        static Path appDir() {
            return Path.of(System.getProperty("hemsehri.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath()
                    .getParent();
        }

        /** Starts the jar and returns the seconds until /q/health/ready said UP. */
        double start() throws Exception {
            return start(false);
        }

        /**
         * {@code cds}: with the package's AppCDS archive. The archive records the class path as the package step ran
         * it (quarkus-run.jar, relative), so the JVM accepts it only when started the same way, from the directory.
         */
        double start(boolean cds) throws Exception {
            Path jar = Path.of(System.getProperty("hemsehri.jar", "target/quarkus-app/quarkus-run.jar"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No " + jar + ": run ./mvnw -q package -DskipTests first");
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String o : jvm.trim().split("\\s+")) {
                if (!o.isEmpty()) {
                    cmd.add(o);
                }
            }
            if (cds) {
                cmd.add("-XX:SharedArchiveFile=app-cds.jsa");
                cmd.add("-Xshare:on"); // fail instead of silently starting without the archive
            }
            cmd.add("-jar");
            cmd.add(cds ? jar.getFileName().toString() : jar.toAbsolutePath().toString());
            ProcessBuilder pb = new ProcessBuilder(cmd);
            if (cds) {
                pb.directory(jar.toAbsolutePath().getParent().toFile());
            }
            pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            // the simulators stay on (WhatsApp's app secret signs our webhooks) but stay quiet
            pb.environment().put("HEMSEHRI_SIMULATOR_EMIT_INTERVAL", "PT1H");
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            long t0 = System.nanoTime();
            process = pb.start();
            HttpClient h = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            long timeout = Long.getLong("hemsehri.bench.start-timeout", 120);
            while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(timeout)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("application exited during start-up, see " + log);
                }
                try {
                    HttpResponse<String> r = h.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        double s = (System.nanoTime() - t0) / 1e9;
                        log("application ready on port %d in %.2f s (pid %d)", port, s, process.pid());
                        return s;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("application not ready after " + timeout + " s, see " + log);
        }

        long rssKb() {
            try {
                for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                    if (l.startsWith("VmRSS:")) {
                        return Long.parseLong(l.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (Exception ignored) {
                // process gone
            }
            return 0;
        }

        void stop() throws Exception {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** The printed table: each figure with its baseline or target and whether it is met. */
    static final class Table {
        record Row(String section, String what, String value, String target, Boolean met) {
        }

        final List<Row> rows = new ArrayList<>();

        void add(String section, String what, String value, String target, Boolean met) {
            rows.add(new Row(section, what, value, target, met));
            log("%s | %s | %s | %s", section, what, value, target);
        }

        String render() {
            StringBuilder b = new StringBuilder("| area | measure | figure | target / baseline | met |\n|---|---|---|---|---|\n");
            for (Row r : rows) {
                b.append("| ").append(r.section).append(" | ").append(r.what).append(" | ").append(r.value).append(" | ")
                        .append(r.target).append(" | ").append(r.met == null ? "" : r.met ? "yes" : "**no**")
                        .append(" |\n");
            }
            return b.toString();
        }
    }
}
