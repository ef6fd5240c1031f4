package tr.hemsehri.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tr.hemsehri.simulator.Fault;
import tr.hemsehri.simulator.SimServer;

/**
 * Resilience of the packaged application, run as separate OS processes against one shared PostgreSQL and one set
 * of platform simulators in this JVM: two replicas, kill -9 while ingesting and while sending, the database going
 * away, and no secret in any log. Figures are printed as a table at the end (and collected in
 * target/resilience-logs/figures.txt).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceIT {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    static final Duration TICK = Duration.ofMillis(500);
    /** How long the database stays away in {@link #databaseAway()}, as the brief asks. */
    static final Duration DB_OUTAGE = Duration.ofSeconds(30);
    /** Messages per platform in each burst of {@link #platformFaultsUnderLoad()}. */
    static final int BURST = 60;
    /** A SLOW fault answers after this long, past the connectors' 3 s HTTP timeout. */
    static final long SLOW_PAST_TIMEOUT_MS = 4_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FIGURES = Collections.synchronizedMap(new LinkedHashMap<>());
    private static final List<AppProcess> STARTED = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    static Path tmp;
    static TestDatabase db;

    @BeforeAll
    static void database() throws Exception {
        Files.createDirectories(AppProcess.LOG_DIR);
        try (Stream<Path> old = Files.list(AppProcess.LOG_DIR)) {
            for (Path p : old.toList()) {
                Files.deleteIfExists(p);
            }
        }
        AppProcess.jar();
        db = new TestDatabase(tmp.resolve("pg-shared"));
    }

    @AfterAll
    static void report() throws Exception {
        for (AppProcess a : STARTED) {
            a.kill();
        }
        if (db != null) {
            db.close();
        }
        StringBuilder t = new StringBuilder();
        t.append("\n+------------------------------------------------------------+----------------------------+\n");
        t.append(String.format("| %-58s | %-26s |%n", "Resilience IT figure", "value"));
        t.append("+------------------------------------------------------------+----------------------------+\n");
        FIGURES.forEach((k, v) -> t.append(String.format("| %-58s | %-26s |%n", k, v)));
        t.append("+------------------------------------------------------------+----------------------------+\n");
        System.out.println(t);
        Files.writeString(AppProcess.LOG_DIR.resolve("figures.txt"), t.toString());
    }

    static void figure(String name, Object value) {
        FIGURES.put(name, String.valueOf(value));
        System.out.printf("[resilience] %-58s %s%n", name, value);
    }

    // ---------------------------------------------------------------------------------------------------------
    @Test
    @Order(1)
    void twoReplicasOnOneDatabase() throws Exception {
        String dbName = "replicas";
        db.createDatabase(dbName);
        int portA = AppProcess.freePort();
        int portB = AppProcess.freePort();
        try (Platforms platforms = new Platforms(portA); AutoCloseable apps = ResilienceIT::stopApps) {
            // a small delay on every read makes overlapping polls of one account visible if the lease failed
            platforms.x.reads.delayMillis = 50;
            platforms.facebook.reads.delayMillis = 50;
            platforms.instagram.reads.delayMillis = 50;
            Map<String, String> env = new HashMap<>(platforms.env());
            env.putAll(db.env(dbName));
            // the JDBC application name tells the replicas' sessions apart in pg_stat_activity (poll owners)
            AppProcess a = app("replica-a", portA, named(env, "replica-a"));
            AppProcess b = app("replica-b", portB, named(env, "replica-b"));
            long t0 = System.nanoTime();
            a.start();
            figure("1. replica A start-up (ms)", ms(t0));
            t0 = System.nanoTime();
            b.start();
            figure("1. replica B start-up (ms)", ms(t0));

            ScheduledExecutorService emitter = emitter(platforms, 400);
            // two moderators on different instances work the queue at the same time
            List<Long> casesA = Collections.synchronizedList(new ArrayList<>());
            List<Long> casesB = Collections.synchronizedList(new ArrayList<>());
            List<String> markers = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean working = new AtomicBoolean(true);
            var pool = Executors.newFixedThreadPool(2);
            Future<?> modA = pool.submit(() -> moderate(a, "moderator", casesA, markers, working));
            Future<?> modB = pool.submit(() -> moderate(b, "approver", casesB, markers, working));
            Thread.sleep(20_000);
            emitter.shutdownNow();
            emitter.awaitTermination(5, TimeUnit.SECONDS);
            working.set(false);
            modA.get(30, TimeUnit.SECONDS);
            modB.get(30, TimeUnit.SECONDS);
            pool.shutdownNow();

            Set<String> expected = platforms.citizenIds();
            long waited = awaitStored(dbName, expected, platforms, Duration.ofSeconds(20));
            figure("1. catch-up after emission stopped (ms)", waited);
            awaitOutboxIdle(dbName, Duration.ofSeconds(30));

            Set<Long> both = new TreeSet<>(casesA);
            both.retainAll(new HashSet<>(casesB));
            figure("1. cases claimed via A / via B / by both", casesA.size() + " / " + casesB.size() + " / "
                    + both.size());
            assertTrue(both.isEmpty(), "cases handed to two moderators: " + both);
            assertTrue(casesA.size() + casesB.size() > 0, "no case was claimed");
            assertEquals(casesA.size() + casesB.size(), new HashSet<Long>() {{
                addAll(casesA);
                addAll(casesB);
            }}.size(), "a moderator got the same case twice");

            checkStoredOnce(dbName, expected, "1.");
            int maxReads = platforms.polled().stream().mapToInt(s -> reads(s).max()).max().orElse(0);
            figure("1. max concurrent polls of one account (X/FB/IG)", platforms.polled().stream()
                    .map(s -> String.valueOf(reads(s).max())).reduce((p, q) -> p + "/" + q).orElse(""));
            assertEquals(1, maxReads, "two pollers read the same account at the same time");
            checkSentOnce(dbName, platforms, markers, "1.");

            // kill -9 replica A: B takes over its accounts (and the WhatsApp webhook, as a load balancer would).
            // Takeover time = from the moment A is sent SIGKILL to the moment the test sees, in the database, every
            // item that A's polled accounts received right after the kill stored (by B: A is gone). The database
            // is first looked at once the items are emitted (WhatsApp's emit delivers its webhook to B before it
            // returns), then every 50 ms, so each figure is an upper bound, never early.
            Map<String, String> owners = pollOwners(dbName);
            figure("1. poll owners before the kill (account: replica)", owners);
            assertEquals(Set.of("X", "FACEBOOK", "INSTAGRAM"), owners.keySet(), "every polled account has one owner");
            Set<String> ofA = new TreeSet<>();
            owners.forEach((platform, owner) -> {
                if (owner.equals("replica-a")) {
                    ofA.add(platform);
                }
            });
            assertFalse(ofA.isEmpty(), "replica A owned no account, so killing it tests no takeover: " + owners);
            Set<String> before = platforms.citizenIds();
            long killedAt = System.nanoTime();
            a.kill();
            figure("1. kill -9 of A until its process is gone (ms)", ms(killedAt));
            platforms.whatsapp.webhookUrl(Platforms.webhookUrl(portB));
            for (SimServer s : platforms.all()) {
                s.emit(1);
            }
            Set<String> fresh = new TreeSet<>(platforms.citizenIds());
            fresh.removeAll(before);
            Map<String, Long> takenOver = new TreeMap<>();
            Map<String, Long> storedAfter = new TreeMap<>();
            while (ms(killedAt) < 20_000 && (takenOver.size() < ofA.size() || storedAfter.size() < ofA.size())) {
                Map<String, String> now = pollOwners(dbName);
                Set<String> stored = storedIds(db, dbName);
                for (String platform : ofA) {
                    if ("replica-b".equals(now.get(platform))) {
                        takenOver.putIfAbsent(platform, ms(killedAt));
                    }
                    if (fresh.stream().filter(k -> k.startsWith(platform + ":")).allMatch(stored::contains)) {
                        storedAfter.putIfAbsent(platform, ms(killedAt));
                    }
                }
                Thread.sleep(50);
            }
            figure("1. kill -9 of A to B owning each of A's accounts (ms)", takenOver);
            figure("1. kill -9 of A to its accounts' new items stored by B (ms)", storedAfter);
            figure("1. poll interval / scheduler tick (ms)", POLL_INTERVAL.toMillis() + " / " + TICK.toMillis());
            assertEquals(ofA, takenOver.keySet(), "B never took over some of A's accounts: " + pollOwners(dbName));
            assertEquals(ofA, storedAfter.keySet(), "new items of A's accounts not stored by B within 20 s");
            long takeover = storedAfter.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(takeover <= POLL_INTERVAL.toMillis(), "B took " + takeover + " ms after the kill to store the"
                    + " new items of A's accounts, more than one poll interval (" + POLL_INTERVAL + ")");
            awaitStored(dbName, fresh, platforms, Duration.ofSeconds(20));
            assertEquals(Map.of("X", "replica-b", "FACEBOOK", "replica-b", "INSTAGRAM", "replica-b"),
                    pollOwners(dbName), "B owns every polled account once A is gone");
            // and keeps going on its own
            Set<String> before2 = platforms.citizenIds();
            for (int i = 0; i < 3; i++) {
                platforms.emitEverywhere();
                Thread.sleep(300);
            }
            Set<String> fresh2 = new TreeSet<>(platforms.citizenIds());
            fresh2.removeAll(before2);
            awaitStored(dbName, fresh2, platforms, Duration.ofSeconds(15));
            checkStoredOnce(dbName, platforms.citizenIds(), "1. after takeover:");
            assertTrue(b.alive());
            figure("1. time from kill to end of test (ms)", ms(killedAt));
            b.stop();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    @Test
    @Order(2)
    void killDuringIngestAndDuringDispatch() throws Exception {
        String dbName = "crashes";
        db.createDatabase(dbName);
        int port = AppProcess.freePort();
        try (Platforms platforms = new Platforms(port); AutoCloseable apps = ResilienceIT::stopApps) {
            Map<String, String> env = new HashMap<>(platforms.env());
            env.putAll(db.env(dbName));
            AppProcess app = app("crash", port, env);
            app.start();
            for (int i = 0; i < 3; i++) {
                platforms.emitEverywhere();
            }
            awaitStored(dbName, platforms.citizenIds(), platforms, Duration.ofSeconds(20));

            // (a) kill -9 the moment X has answered a poll with new mentions, before the app gets the answer
            Set<String> known = platforms.citizenIds();
            CountDownLatch killed = new CountDownLatch(1);
            AtomicBoolean armed = new AtomicBoolean(true);
            platforms.x.tap = (p, method, path, status, body) -> {
                if (method.equals("GET") && status == 200 && body != null && body.contains("\"id\"")
                        && path.contains("/mentions") && armed.compareAndSet(true, false)) {
                    killNow(app, killed);
                }
            };
            platforms.x.emit(4);
            assertTrue(killed.await(20, TimeUnit.SECONDS), "the X poll never came");
            platforms.x.tap = null;
            figure("2a. killed during an X poll (fetched, not yet stored)", "yes");
            for (SimServer s : platforms.all()) {
                s.emit(2); // written while the app is down (WhatsApp webhooks fail and are kept for redelivery)
            }
            long t0 = System.nanoTime();
            app.start();
            figure("2a. restart to ready (ms)", ms(t0));
            platforms.whatsapp.redeliver();
            long caught = awaitStored(dbName, platforms.citizenIds(), platforms, Duration.ofSeconds(30));
            figure("2a. all items stored after restart (ms)", caught);
            checkStoredOnce(dbName, platforms.citizenIds(), "2a.");

            // (b) kill -9 in the middle of a burst, at an arbitrary point
            platforms.x.emit(1);
            for (int i = 0; i < 8; i++) {
                platforms.emitEverywhere();
            }
            Thread.sleep(POLL_INTERVAL.toMillis() + 300);
            app.kill();
            app.start();
            platforms.whatsapp.redeliver();
            awaitStored(dbName, platforms.citizenIds(), platforms, Duration.ofSeconds(30));
            checkStoredOnce(dbName, platforms.citizenIds(), "2b. burst:");

            // (c) kill -9 the moment a platform has accepted one of our replies, before the app hears the answer
            List<String> markers = new ArrayList<>();
            List<Long> cases = new ArrayList<>();
            CountDownLatch killedSend = new CountDownLatch(1);
            AtomicBoolean sendArmed = new AtomicBoolean(true);
            AtomicInteger killedOn = new AtomicInteger();
            // The platform has accepted the post and its answer is held until every reply is queued: the kill then
            // lands inside a send, never inside one of the harness's own requests (queue/next, reply), which the
            // first dispatch could otherwise overtake.
            CountDownLatch allQueued = new CountDownLatch(1);
            TracedSimulators.Tap sendTap = (p, method, path, status, body) -> {
                if (method.equals("POST") && status / 100 == 2 && sendArmed.compareAndSet(true, false)) {
                    try {
                        allQueued.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    figure("2c. killed while sending to", p + " " + path);
                    killNow(app, killedSend);
                }
            };
            // X, Facebook and Instagram can be searched for a post after a crash; WhatsApp cannot (an item in flight
            // there is held as FAILED for a person, by design), so the kill is aimed at the searchable platforms
            platforms.x.tap = sendTap;
            platforms.facebook.tap = sendTap;
            platforms.instagram.tap = sendTap;
            int searchable = 0;
            for (int i = 0; i < 12 && (markers.size() < 5 || searchable == 0); i++) {
                String platform = replyToNext(app, "moderator", cases, markers);
                if (platform == null) {
                    break;
                }
                if (!platform.equals("WHATSAPP")) {
                    searchable++;
                }
            }
            allQueued.countDown();
            assertTrue(searchable > 0, "no X/Facebook/Instagram case to answer");
            assertFalse(markers.isEmpty(), "no reply could be queued");
            assertTrue(killedSend.await(20, TimeUnit.SECONDS), "no send happened");
            for (SimServer s : platforms.all()) {
                TracedSimulators.Tap none = null;
                if (s instanceof TracedSimulators.X x) {
                    x.tap = none;
                } else if (s instanceof TracedSimulators.Facebook f) {
                    f.tap = none;
                } else if (s instanceof TracedSimulators.Instagram ig) {
                    ig.tap = none;
                } else if (s instanceof TracedSimulators.WhatsApp w) {
                    w.tap = none;
                }
            }
            figure("2c. sent on the platforms when killed", platforms.receivedTexts().size());
            figure("2c. outbox rows left SENDING by the dead process",
                    db.count(dbName, "select count(*) from outbox where status = 'SENDING'"));
            t0 = System.nanoTime();
            app.start();
            long idle = awaitOutboxIdle(dbName, Duration.ofSeconds(45));
            figure("2c. outbox drained after restart (ms, sending-timeout 4 s)", ms(t0));
            checkSentOnce(dbName, platforms, markers, "2c.");
            platforms.whatsapp.redeliver();
            awaitStored(dbName, platforms.citizenIds(), platforms, Duration.ofSeconds(20));
            checkStoredOnce(dbName, platforms.citizenIds(), "2. final:");
            killedOn.set((int) idle);
            app.stop();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    @Test
    @Order(3)
    void databaseAway() throws Exception {
        // its own server: this one is stopped and started again
        try (TestDatabase own = new TestDatabase(tmp.resolve("pg-outage"))) {
            String dbName = "outage";
            own.createDatabase(dbName);
            int port = AppProcess.freePort();
            try (Platforms platforms = new Platforms(port); AutoCloseable apps = ResilienceIT::stopApps) {
                Map<String, String> env = new HashMap<>(platforms.env());
                env.putAll(own.env(dbName));
                AppProcess app = app("outage", port, env);
                app.start();
                ScheduledExecutorService emitter = emitter(platforms, 500);
                Thread.sleep(4_000);
                awaitStored(own, dbName, platforms.citizenIds(), platforms, Duration.ofSeconds(20));
                long storedBefore = own.count(dbName, "select count(*) from messages where direction = 'IN'");
                int webhooksBefore = platforms.whatsapp.webhookStatuses().size();
                long logBefore = app.logText().length();

                own.stop();
                long down = System.nanoTime();
                long readinessDown = -1;
                while (ms(down) < DB_OUTAGE.toMillis()) {
                    if (readinessDown < 0 && app.ready() == 503) {
                        readinessDown = ms(down);
                    }
                    assertTrue(app.alive(), "the application died while the database was away");
                    Thread.sleep(200);
                }
                List<Integer> outageStatuses = platforms.whatsapp.webhookStatuses()
                        .subList(webhooksBefore, platforms.whatsapp.webhookStatuses().size());
                figure("3. database outage (s)", DB_OUTAGE.toSeconds());
                figure("3. readiness DOWN after database stopped (ms)", readinessDown);
                assertTrue(readinessDown >= 0, "readiness never went DOWN");
                long acked = outageStatuses.stream().filter(s -> s == 200).count();
                figure("3. WhatsApp webhooks during outage: total / acknowledged 200", outageStatuses.size() + " / "
                        + acked);
                assertEquals(0, acked, "a webhook was acknowledged while nothing could be stored");
                String outageLog = app.logText().substring((int) Math.min(logBefore, app.logText().length()));
                long errorLines = outageLog.lines().filter(l -> l.contains("level=ERROR") || l.contains("level=WARN"))
                        .count();
                figure("3. WARN/ERROR log lines during outage", errorLines);
                assertTrue(errorLines > 0, "nothing was logged while the database was away");

                own.restart();
                long up = System.nanoTime();
                long readinessUp = -1;
                while (ms(up) < 60_000) {
                    if (app.ready() == 200) {
                        readinessUp = ms(up);
                        break;
                    }
                    Thread.sleep(200);
                }
                figure("3. readiness UP after database restarted (ms)", readinessUp);
                assertTrue(readinessUp >= 0, "readiness never came back UP");
                Set<String> beforeNew = platforms.citizenIds();
                platforms.emitEverywhere();
                Set<String> fresh = new TreeSet<>(platforms.citizenIds());
                fresh.removeAll(beforeNew);
                long resumed = awaitStored(own, dbName, fresh, platforms, Duration.ofSeconds(30));
                figure("3. new messages stored after database restart (ms after ready)", resumed);
                emitter.shutdownNow();
                emitter.awaitTermination(5, TimeUnit.SECONDS);
                platforms.whatsapp.redeliver();
                long all = awaitStored(own, dbName, platforms.citizenIds(), platforms, Duration.ofSeconds(30));
                figure("3. everything written during the outage stored (ms)", all);
                long storedAfter = own.count(dbName, "select count(*) from messages where direction = 'IN'");
                figure("3. messages stored before / after outage", storedBefore + " / " + storedAfter);
                checkStoredOnce(own, dbName, platforms.citizenIds(), "3.");
                assertTrue(app.alive());
                app.stop();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    @Test
    @Order(4)
    void platformFaultsUnderLoad() throws Exception {
        String dbName = "faults";
        db.createDatabase(dbName);
        int port = AppProcess.freePort();
        try (Platforms platforms = new Platforms(port); AutoCloseable apps = ResilienceIT::stopApps) {
            Map<String, String> env = new HashMap<>(platforms.env());
            env.putAll(db.env(dbName));
            AppProcess app = app("faults", port, env);
            app.start();
            platforms.emitEverywhere();
            awaitStored(dbName, platforms.citizenIds(), platforms, Duration.ofSeconds(20));

            // the same burst twice: once clean, once while the polled platforms fail again and again
            double clean = burst(dbName, platforms, "4. clean burst");
            for (SimServer s : platforms.polled()) {
                s.slowMillis(ResilienceIT.SLOW_PAST_TIMEOUT_MS);
                s.inject(Fault.SERVER_ERROR, 3);
                s.inject(Fault.SLOW, 2);
            }
            // X announces its reset seconds ahead; Meta's usage block lasts minutes, too long for CI
            platforms.x.inject(Fault.RATE_LIMIT, 2);
            double faulted = burst(dbName, platforms, "4. burst with 429 / 500 / timeouts");
            int left = platforms.polled().stream().mapToInt(s -> s.pendingFaults(Fault.SERVER_ERROR)
                    + s.pendingFaults(Fault.SLOW) + s.pendingFaults(Fault.RATE_LIMIT)).sum();
            figure("4. injected faults not served (should be 0)", left);
            figure("4. throughput with faults / clean", String.format(java.util.Locale.ROOT, "%.2f", faulted / clean));
            assertEquals(0, left, "some injected faults were never served");
            checkStoredOnce(dbName, platforms.citizenIds(), "4.");
            assertTrue(app.alive());
            app.stop();
        }
    }

    /** Emits {@link #BURST} messages on every platform at once; returns messages stored per second until all are. */
    private double burst(String dbName, Platforms platforms, String label) throws Exception {
        Set<String> before = platforms.citizenIds();
        for (SimServer s : platforms.all()) {
            s.emit(BURST);
        }
        Set<String> fresh = new TreeSet<>(platforms.citizenIds());
        fresh.removeAll(before);
        long t0 = System.nanoTime();
        try {
            awaitStored(dbName, fresh, platforms, Duration.ofSeconds(60));
        } catch (AssertionError e) {
            Set<String> stored = storedIds(db, dbName);
            for (SimServer s : platforms.all()) {
                for (tr.hemsehri.simulator.SimItem i : s.citizenItems()) {
                    if (fresh.contains(s.name().toUpperCase() + ":" + i.id()) && !stored.contains(s.name().toUpperCase() + ":" + i.id())) {
                        System.out.println("[resilience] MISSING " + s.name() + " " + i);
                    }
                }
            }
            throw e;
        }
        long took = Math.max(1, ms(t0));
        double rate = fresh.size() * 1000.0 / took;
        figure(label + ": messages / ms until stored / msg/s", fresh.size() + " / " + took + " / "
                + String.format(java.util.Locale.ROOT, "%.1f", rate));
        return rate;
    }

    @Test
    @Order(5)
    void noSecretInLogs() throws Exception {
        if (STARTED.isEmpty()) {
            // run alone: one short run so there is something to scan
            String dbName = "secrets";
            db.createDatabase(dbName);
            int port = AppProcess.freePort();
            try (Platforms platforms = new Platforms(port); AutoCloseable apps = ResilienceIT::stopApps) {
                Map<String, String> env = new HashMap<>(platforms.env());
                env.putAll(db.env(dbName));
                AppProcess app = app("secrets", port, env);
                app.start();
                platforms.emitEverywhere();
                awaitStored(dbName, platforms.citizenIds(), platforms, Duration.ofSeconds(20));
                List<String> markers = new ArrayList<>();
                replyToNext(app, "moderator", new ArrayList<>(), markers);
                awaitOutboxIdle(dbName, Duration.ofSeconds(20));
                app.stop();
            }
        }
        Pattern authHeader = Pattern.compile("(?i)authorization\\s*[:=]\\s*\\S+");
        long bytes = 0;
        List<String> problems = new ArrayList<>();
        try (Stream<Path> logs = Files.list(AppProcess.LOG_DIR)) {
            for (Path p : logs.filter(f -> f.toString().endsWith(".log")).toList()) {
                String text = Files.readString(p);
                bytes += text.length();
                Platforms.SECRETS.forEach((name, value) -> {
                    if (text.contains(value)) {
                        problems.add(p.getFileName() + " contains " + name);
                    }
                });
                Matcher m = authHeader.matcher(text);
                while (m.find()) {
                    problems.add(p.getFileName() + " contains an Authorization header: "
                            + m.group().substring(0, Math.min(40, m.group().length())));
                }
            }
        }
        figure("5. application log volume scanned (bytes)", bytes);
        figure("5. configured secrets looked for / found", Platforms.SECRETS.size() + " / " + problems.size());
        assertTrue(bytes > 0, "no application log to scan");
        if (!problems.isEmpty()) {
            fail("secrets in application logs:\n" + String.join("\n", problems));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Stops every application still running (before its simulators go), so logs end cleanly. */
    private static void stopApps() throws InterruptedException {
        for (AppProcess a : List.copyOf(STARTED)) {
            a.stop();
        }
    }

    private static AppProcess app(String name, int port, Map<String, String> env) {
        AppProcess a = new AppProcess(name, port, env);
        STARTED.add(a);
        return a;
    }

    private static Map<String, String> named(Map<String, String> env, String name) {
        Map<String, String> e = new HashMap<>(env);
        e.put("QUARKUS_DATASOURCE_JDBC_URL", e.get("QUARKUS_DATASOURCE_JDBC_URL") + "?ApplicationName=" + name);
        return e;
    }

    /**
     * Which replica holds each polling account's advisory lock (AccountLease: key 0x48534331, account id), as
     * platform → JDBC application name.
     */
    private static Map<String, String> pollOwners(String dbName) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, Object> r : db.query(dbName, """
                select a.platform, s.application_name from pg_locks l
                join pg_stat_activity s on s.pid = l.pid
                join connector_accounts a on a.id = l.objid::bigint
                where l.locktype = 'advisory' and l.classid = 1213416241 and l.objsubid = 2 and l.granted
                  and l.database = (select oid from pg_database where datname = current_database())""")) {
            String previous = out.put((String) r.get("platform"), (String) r.get("application_name"));
            assertTrue(previous == null, "two owners of " + r.get("platform"));
        }
        return out;
    }

    private static void killNow(AppProcess app, CountDownLatch killed) {
        try {
            app.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        killed.countDown();
    }

    private static TracedSimulators.Reads reads(SimServer s) {
        if (s instanceof TracedSimulators.X x) {
            return x.reads;
        }
        if (s instanceof TracedSimulators.Facebook f) {
            return f.reads;
        }
        return ((TracedSimulators.Instagram) s).reads;
    }

    private static ScheduledExecutorService emitter(Platforms platforms, long everyMillis) {
        ScheduledExecutorService e = Executors.newSingleThreadScheduledExecutor();
        List<SimServer> all = platforms.all();
        AtomicInteger n = new AtomicInteger();
        e.scheduleAtFixedRate(() -> all.get(n.getAndIncrement() % all.size()).emit(1), 0, everyMillis,
                TimeUnit.MILLISECONDS);
        return e;
    }

    /** A moderator loop: take the next case, answer it, until told to stop. */
    private static void moderate(AppProcess app, String user, List<Long> cases, List<String> markers,
            AtomicBoolean working) {
        try {
            while (working.get()) {
                if (replyToNext(app, user, cases, markers) == null) {
                    Thread.sleep(300);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims the next case on this instance and queues a reply with a unique marker; its platform, null if none. */
    private static String replyToNext(AppProcess app, String user, List<Long> cases, List<String> markers)
            throws IOException, InterruptedException {
        HttpResponse<String> next = app.post("/api/v1/queue/next", user, null);
        if (next.statusCode() == 204) {
            return null;
        }
        assertEquals(200, next.statusCode(), next.body());
        JsonNode c = JSON.readTree(next.body());
        long id = c.path("id").asLong();
        cases.add(id);
        String marker = "itref" + Long.toString(Math.abs(new java.util.Random().nextLong()), 36).replaceAll("[0-9]", "q");
        String text = "Bildiriminiz ilgili birime iletildi, tesekkur ederiz " + marker;
        for (String visibility : List.of("PUBLIC", "PRIVATE")) {
            HttpResponse<String> r = app.post("/api/v1/cases/" + id + "/replies", user,
                    JSON.writeValueAsString(Map.of("text", text, "visibility", visibility)));
            if (r.statusCode() / 100 == 2) {
                markers.add(marker);
                break;
            }
        }
        return c.path("platform").asText();
    }

    private long awaitStored(String dbName, Set<String> expected, Platforms platforms, Duration timeout)
            throws Exception {
        return awaitStored(db, dbName, expected, platforms, timeout);
    }

    private static long awaitStored(TestDatabase d, String dbName, Set<String> expected, Platforms platforms,
            Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        Set<String> missing = new TreeSet<>(expected);
        while (ms(t0) < timeout.toMillis()) {
            try {
                missing = new TreeSet<>(expected);
                missing.removeAll(storedIds(d, dbName));
                if (missing.isEmpty()) {
                    return ms(t0);
                }
            } catch (SQLException e) {
                // database restarting
            }
            if (ms(t0) > 3_000) {
                platforms.whatsapp.redeliver();
            }
            Thread.sleep(100);
        }
        fail(missing.size() + " of " + expected.size() + " platform items not stored after " + timeout + ": "
                + missing.stream().limit(10).toList());
        return -1;
    }

    private static Set<String> storedIds(TestDatabase d, String dbName) throws SQLException {
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> r : d.query(dbName,
                // X stores direct messages as "dm:<event id>"; the simulator knows them by the event id
                "select platform || ':' || regexp_replace(external_id, '^dm:', '') as k from messages"
                        + " where direction = 'IN'")) {
            ids.add((String) r.get("k"));
        }
        return ids;
    }

    private void checkStoredOnce(String dbName, Set<String> expected, String label) throws SQLException {
        checkStoredOnce(db, dbName, expected, label);
    }

    private static void checkStoredOnce(TestDatabase d, String dbName, Set<String> expected, String label)
            throws SQLException {
        long rows = d.count(dbName, "select count(*) from messages where direction = 'IN'");
        long distinct = d.count(dbName,
                "select count(distinct platform || ':' || external_id) from messages where direction = 'IN'");
        Set<String> stored = storedIds(d, dbName);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(stored);
        Set<String> unknown = new TreeSet<>(stored);
        unknown.removeAll(expected);
        figure(label + " platform items / stored rows / duplicates / missing",
                expected.size() + " / " + rows + " / " + (rows - distinct) + " / " + missing.size());
        assertEquals(rows, distinct, label + " a message was stored twice");
        assertTrue(missing.isEmpty(), label + " lost: " + missing);
        assertTrue(unknown.isEmpty(), label + " stored items the platforms never created: " + unknown);
    }

    private long awaitOutboxIdle(String dbName, Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        while (ms(t0) < timeout.toMillis()) {
            if (db.count(dbName, "select count(*) from outbox where status in ('PENDING', 'SENDING')") == 0) {
                return ms(t0);
            }
            Thread.sleep(200);
        }
        fail("outbox not drained after " + timeout + ": " + db.query(dbName,
                "select id, platform, status, attempts, last_error from outbox where status in ('PENDING', 'SENDING')"));
        return -1;
    }

    private void checkSentOnce(String dbName, Platforms platforms, List<String> markers, String label)
            throws SQLException {
        List<String> texts = platforms.receivedTexts();
        int missing = 0;
        int doubled = 0;
        for (String m : markers) {
            long n = texts.stream().filter(t -> t.contains(m)).count();
            if (n == 0) {
                missing++;
            } else if (n > 1) {
                doubled++;
            }
        }
        long sent = db.count(dbName, "select count(*) from outbox where status = 'SENT'");
        long failed = db.count(dbName, "select count(*) from outbox where status = 'FAILED'");
        figure(label + " replies queued / outbox SENT / FAILED", markers.size() + " / " + sent + " / " + failed);
        figure(label + " posts on platforms / replies missing / sent twice", texts.size() + " / " + missing + " / "
                + doubled);
        assertEquals(0, doubled, label + " a reply was sent twice");
        assertEquals(0, missing, label + " a reply never reached the platform");
        assertEquals(sent, texts.size(), label + " platform posts differ from outbox items sent");
    }

    private static long ms(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    @SuppressWarnings("unused")
    private static boolean until(BooleanSupplier s, Duration timeout) throws InterruptedException {
        long t0 = System.nanoTime();
        while (ms(t0) < timeout.toMillis()) {
            if (s.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
