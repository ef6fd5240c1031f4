package tr.hemsehri.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/quarkus-app/quarkus-run.jar) as a separate OS process on its own port, its
 * stdout and stderr appended to one log file per instance name (kept across restarts for the secret scan).
 */
final class AppProcess implements AutoCloseable {
    static final Path LOG_DIR = Path.of(System.getProperty("hemsehri.it.logs", "target/resilience-logs"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Random RANDOM = new Random();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    final String name;
    final int port;
    final Path log;
    private final Map<String, String> env;
    private Process process;

    AppProcess(String name, int port, Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.env = new LinkedHashMap<>(env);
        this.log = LOG_DIR.resolve(name + ".log");
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("hemsehri.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Packaged application not found at " + jar.toAbsolutePath()
                    + ": run ./mvnw verify (the failsafe ITs run after package)");
        }
        return jar;
    }

    /**
     * A port below the kernel's ephemeral range (32768+ here): a port the OS handed out with bind(0) goes back to
     * the ephemeral pool, and the next outgoing connection (JDBC, a poll) could take it before the replica binds
     * it, which failed one CI run with "port in use".
     */
    static synchronized int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20000 + RANDOM.nextInt(12000);
            if (!HANDED_OUT.add(candidate)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(candidate)) {
                return s.getLocalPort();
            } catch (IOException busy) {
                // someone listens there: try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port in 20000-31999 after 200 attempts"));
    }

    /** Starts the process and waits until /q/health/ready answers 200. */
    AppProcess start() throws IOException, InterruptedException {
        Files.createDirectories(LOG_DIR);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toAbsolutePath().toString());
        pb.environment().putAll(env);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Files.writeString(log, "\n===== start " + name + " on port " + port + " =====\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " during start-up; log:\n"
                        + tail(80));
            }
            if (ready() == 200) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after 90 s; log:\n" + tail(80));
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** kill -9: no shutdown hook, no graceful close of anything. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM and wait; kill -9 when it does not stop. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Status of /q/health/ready, -1 when it does not answer. */
    int ready() {
        try {
            return get("/q/health/ready", null).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send("GET", path, user, null);
    }

    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return send("POST", path, user, json);
    }

    private HttpResponse<String> send(String method, String path, String user, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tail(int lines) {
        String[] all = logText().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
