package tr.hemsehri.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tr.hemsehri.common.boot.EmbeddedDatabase;

/**
 * A real PostgreSQL for the test suite: the embedded server in a fresh temporary directory, or the external
 * server named by QUARKUS_DATASOURCE_JDBC_URL. One server serves the whole run.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedDatabase db;

    @Override
    public synchronized Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        try {
            if (db == null) {
                db = EmbeddedDatabase.start(Files.createTempDirectory("hemsehri-test-pg"), 0);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        db.close();
                    } catch (Exception ignored) {
                        // the JVM is exiting
                    }
                }));
            }
            return db.datasourceProperties();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL for tests", e);
        }
    }

    @Override
    public void stop() {
        // kept for the next test class; closed by the shutdown hook
    }

}
