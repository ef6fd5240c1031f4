package tr.hemsehri.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * A small platform API on the JDK's HTTP server. Keeps its own record of what exists (every item it created)
 * and of what it received (our replies and messages), so tests count against it. Admin endpoints under
 * {@code /__admin}: {@code POST faults?type=&times=}, {@code DELETE faults}, {@code POST emit?count=},
 * {@code GET records}, {@code GET threads/{id}}.
 */
public abstract class SimServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SimServer.class);

    protected record Request(String method, String path, Map<String, String> query, String body,
            Map<String, String> headers) {
        String q(String name) {
            return query.get(name);
        }
    }

    protected record Response(int status, String body, Map<String, String> headers) {
        static Response json(int status, String body) {
            return new Response(status, body, new LinkedHashMap<>());
        }
    }

    protected record Slice(List<SimItem> items, int nextOffset) {
    }

    protected final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    protected final List<SimItem> items = new CopyOnWriteArrayList<>();
    protected final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
    /**
     * Starts at the clock (milliseconds), not at a constant: the simulator forgets everything when the app
     * restarts but the app keeps its checkpoints and stored ids, so ids of a new run must be new ids that sort
     * after the old ones (X since_id, dedup on the platform id).
     */
    protected final AtomicLong seq = new AtomicLong(System.currentTimeMillis());
    protected final Random random = new Random(7);
    protected final Scenario scenario;
    private final AtomicLong requests = new AtomicLong();
    private final InjectedFaults faults = new InjectedFaults();
    private HttpServer server;
    private ExecutorService httpThreads;
    private ScheduledExecutorService emitter;

    protected SimServer(Scenario scenario) {
        this.scenario = scenario;
    }

    public abstract String name();

    /** Creates the platform item for a scenario line (and, for WhatsApp, delivers it). */
    protected abstract SimItem create(Scenario.Line line);

    /** Serves an API request that passed the fault stage. */
    protected abstract Response route(Request req) throws IOException;

    protected abstract Response authError();

    protected abstract Response rateLimited();

    protected abstract Response serverError();

    public synchronized SimServer start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        httpThreads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sim-" + name());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(httpThreads);
        server.createContext("/", this::handle);
        server.start();
        LOG.infof("%s simulator listening on %s", name(), baseUrl());
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Plays one scenario line every {@code every}; zero or negative: only on {@link #emit(int)}. */
    public synchronized void startEmitting(Duration every) {
        if (every.isZero() || every.isNegative() || emitter != null) {
            return;
        }
        emitter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-" + name() + "-emitter");
            t.setDaemon(true);
            return t;
        });
        emitter.scheduleAtFixedRate(() -> {
            try {
                emit(1);
            } catch (RuntimeException e) {
                LOG.warnf("%s simulator could not emit: %s", name(), e.getMessage());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized List<SimItem> emit(int count) {
        List<SimItem> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SimItem item = create(scenario.next());
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /** A citizen writes this now: tests and demos script a conversation beyond the scenario file. */
    public synchronized SimItem say(Scenario.Line line) {
        return create(line);
    }

    public void inject(Fault fault, int times) {
        faults.inject(fault, times);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Injected occurrences of {@code fault} not served yet: tests check that a fault really fired. */
    public int pendingFaults(Fault fault) {
        return faults.pending(fault);
    }

    public void slowMillis(long millis) {
        faults.slowMillis(millis);
    }

    /** Items citizens created (what the connector should store exactly once). */
    public List<SimItem> citizenItems() {
        return items.stream().filter(i -> !i.ours()).toList();
    }

    public List<SimItem> allItems() {
        return List.copyOf(items);
    }

    /** A thread as a reader sees it, oldest first: the citizen's post and every reply under it, ours included. */
    public List<SimItem> thread(String threadId) {
        return items.stream().filter(i -> threadId.equals(i.threadId()) || threadId.equals(i.id()))
                .sorted(java.util.Comparator.comparingLong(SimItem::seq)).toList();
    }

    /** What we sent to the platform: replies, comments, messages, in arrival order. */
    public List<Map<String, Object>> received() {
        return List.copyOf(received);
    }

    public long requestCount() {
        return requests.get();
    }

    /** Clears items, records and faults; the scenario continues where it was. */
    public synchronized void reset() {
        items.clear();
        received.clear();
        faults.clear();
    }

    protected boolean take(Fault fault) {
        return faults.take(fault);
    }

    protected String nextId() {
        return Long.toString(seq.incrementAndGet());
    }

    /** Offset paging with the DUPLICATE_ACROSS_PAGES and OUT_OF_ORDER faults applied. */
    protected Slice page(List<SimItem> list, int offset, int limit) {
        int from = Math.min(Math.max(offset, 0), list.size());
        int end = Math.min(list.size(), from + Math.max(1, limit));
        List<SimItem> page = new ArrayList<>(list.subList(from, end));
        int next = end < list.size() ? end : -1;
        if (next > 0 && take(Fault.DUPLICATE_ACROSS_PAGES)) {
            next = end - 1;
        }
        if (page.size() > 1 && take(Fault.OUT_OF_ORDER)) {
            Collections.shuffle(page, random);
        }
        return new Slice(page, next);
    }

    protected String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            Request req = SimExchange.read(ex);
            Response res = req.path().startsWith("/__admin") ? SimAdmin.serve(this, req) : api(req);
            SimExchange.write(ex, res);
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s simulator failed on %s", name(), ex.getRequestURI());
            SimExchange.write(ex, Response.json(500, "{\"error\":\"simulator bug\"}"));
        } finally {
            ex.close();
        }
    }

    private Response api(Request req) throws IOException {
        requests.incrementAndGet();
        if (take(Fault.EXPIRED_TOKEN)) {
            return authError();
        }
        if (take(Fault.RATE_LIMIT)) {
            return rateLimited();
        }
        if (take(Fault.SERVER_ERROR)) {
            return serverError();
        }
        if (take(Fault.MALFORMED)) {
            return Response.json(200, "<html><body>Bad Gateway</body></html>{\"data\":[");
        }
        if (take(Fault.SLOW)) {
            try {
                Thread.sleep(faults.slowMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean truncate = take(Fault.TRUNCATED);
        Response res = route(req);
        if (truncate && res.body() != null && res.body().length() > 2) {
            return new Response(res.status(), res.body().substring(0, res.body().length() / 2), res.headers());
        }
        return res;
    }

    protected static Instant now() {
        return Instant.now();
    }

    @Override
    public synchronized void close() {
        if (emitter != null) {
            emitter.shutdownNow();
            emitter = null;
        }
        if (server != null) {
            server.stop(0);
            httpThreads.shutdownNow();
            server = null;
        }
    }
}
