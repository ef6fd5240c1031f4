package tr.hemsehri.common.boot;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts the embedded PostgreSQL when no external database is configured, then Quarkus. Set
 * QUARKUS_DATASOURCE_JDBC_URL (with _USERNAME and _PASSWORD) to use your own server instead.
 */
@QuarkusMain
public class HemsehriMain {
    private static final Logger LOG = Logger.getLogger(HemsehriMain.class);

    public static void main(String... args) throws Exception {
        EmbeddedDatabase db = null;
        if (useEmbedded()) {
            Path dataDir = Path.of(setting("HEMSEHRI_DATA_DIR", "hemsehri.data-dir", "data"), "postgres");
            int port = Integer.parseInt(setting("HEMSEHRI_EMBEDDED_PG_PORT", "hemsehri.embedded-pg.port", "54329"));
            try {
                db = EmbeddedDatabase.start(dataDir, port);
            } catch (IllegalStateException | java.io.IOException e) {
                // Usually a second instance on the same data directory: say so instead of a stack trace.
                System.err.printf("The embedded PostgreSQL could not start (%s).%nAnother Hemşehri may already be running on "
                        + "%s. Stop it, or start this one with HEMSEHRI_DATA_DIR=<other dir> and "
                        + "HEMSEHRI_EMBEDDED_PG_PORT=<other port> (and QUARKUS_HTTP_PORT).%n", e.getMessage(),
                        dataDir.toAbsolutePath());
                System.exit(2);
                return;
            }
            db.datasourceProperties().forEach(System::setProperty);
        } else {
            LOG.info("Using the configured external PostgreSQL");
        }
        try {
            Quarkus.run(args);
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    static boolean useEmbedded() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null) {
            return false;
        }
        return Boolean.parseBoolean(setting("HEMSEHRI_EMBEDDED_PG", "hemsehri.embedded-pg.enabled", "true"));
    }

    private static String setting(String env, String property, String defaultValue) {
        String v = System.getProperty(property);
        if (v == null) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? defaultValue : v;
    }
}
