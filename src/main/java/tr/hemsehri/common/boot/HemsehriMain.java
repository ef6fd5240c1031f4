package tr.hemsehri.common.boot;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * Starts the embedded PostgreSQL when no external database is configured, then Quarkus. Set
 * QUARKUS_DATASOURCE_JDBC_URL (with _USERNAME and _PASSWORD) to use your own server instead. The production
 * profile requires that: a production desk silently running on a private database in its working directory
 * would lose its cases with the container.
 */
@QuarkusMain
public class HemsehriMain {
    private static final Logger LOG = Logger.getLogger(HemsehriMain.class);

    /** What to do about the database before Quarkus starts. */
    enum Database { EMBEDDED, EXTERNAL, REFUSE }

    static final String PRODUCTION_NEEDS_DATABASE = """
            The production profile needs a real PostgreSQL database, and none is configured.
            Set QUARKUS_DATASOURCE_JDBC_URL (e.g. jdbc:postgresql://db.example:5432/hemsehri),
            QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD, then start again.
            If the datasource is set in a configuration file instead, set HEMSEHRI_EMBEDDED_PG=false.
            To run the production profile on the embedded database anyway (a trial, never a real desk),
            set HEMSEHRI_EMBEDDED_PG=true explicitly.""";

    public static void main(String... args) throws Exception {
        Database decision = database(System::getProperty, System::getenv);
        if (decision == Database.REFUSE) {
            System.err.println(PRODUCTION_NEEDS_DATABASE);
            System.exit(2);
            return;
        }
        EmbeddedDatabase db = null;
        if (Boolean.getBoolean("quarkus.appcds.generate")) {
            // the package step runs the application once to record its class list (AppCDS): Quarkus stops before
            // touching the database, so there is no server to start (it would initdb inside target/quarkus-app)
            decision = Database.EXTERNAL;
        }
        if (decision == Database.EMBEDDED) {
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

    /**
     * The database decision from system properties and environment: an external URL always wins; otherwise the
     * embedded server, except in the production profile, which needs HEMSEHRI_EMBEDDED_PG=true said explicitly.
     */
    static Database database(UnaryOperator<String> properties, UnaryOperator<String> env) {
        if (present(env.apply("QUARKUS_DATASOURCE_JDBC_URL")) || present(properties.apply("quarkus.datasource.jdbc.url"))) {
            return Database.EXTERNAL;
        }
        String embedded = first(properties.apply("hemsehri.embedded-pg.enabled"), env.apply("HEMSEHRI_EMBEDDED_PG"));
        if (embedded != null && !Boolean.parseBoolean(embedded.trim())) {
            // Explicitly off: the operator configures the datasource some other way (e.g. a config file).
            return Database.EXTERNAL;
        }
        String profiles = first(properties.apply("quarkus.profile"), env.apply("QUARKUS_PROFILE"));
        boolean production = profiles != null
                && Arrays.stream(profiles.split(",")).map(String::trim).anyMatch("production"::equals);
        if (production && embedded == null) {
            return Database.REFUSE;
        }
        return Database.EMBEDDED;
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (present(v)) {
                return v;
            }
        }
        return null;
    }

    private static String setting(String env, String property, String defaultValue) {
        String v = System.getProperty(property);
        if (v == null) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? defaultValue : v;
    }
}
