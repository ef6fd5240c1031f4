package tr.hemsehri.common.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.hemsehri.common.boot.HemsehriMain.Database;

/** Which database the launcher picks, and that production never falls back to the embedded one silently. */
class HemsehriMainTest {
    private static Database decide(Map<String, String> properties, Map<String, String> env) {
        return HemsehriMain.database(properties::get, env::get);
    }

    @Test
    void embeddedByDefaultExternalWhenConfigured() {
        assertEquals(Database.EMBEDDED, decide(Map.of(), Map.of()));
        assertEquals(Database.EXTERNAL, decide(Map.of(), Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/h")));
        assertEquals(Database.EXTERNAL, decide(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db/h"), Map.of()));
        assertEquals(Database.EXTERNAL, decide(Map.of(), Map.of("HEMSEHRI_EMBEDDED_PG", "false")));
        assertEquals(Database.EMBEDDED, decide(Map.of(), Map.of("QUARKUS_DATASOURCE_JDBC_URL", " ")), "blank is unset");
    }

    @Test
    void productionWithoutDatabaseRefusesToStart() {
        assertEquals(Database.REFUSE, decide(Map.of("quarkus.profile", "production"), Map.of()));
        assertEquals(Database.REFUSE, decide(Map.of(), Map.of("QUARKUS_PROFILE", "production")));
        assertEquals(Database.REFUSE, decide(Map.of("quarkus.profile", "staging, production"), Map.of()));
        assertTrue(HemsehriMain.PRODUCTION_NEEDS_DATABASE.contains("QUARKUS_DATASOURCE_JDBC_URL"));
        assertTrue(HemsehriMain.PRODUCTION_NEEDS_DATABASE.contains("HEMSEHRI_EMBEDDED_PG=true"));
        assertEquals(Database.EXTERNAL, decide(Map.of("quarkus.profile", "production"),
                Map.of("HEMSEHRI_EMBEDDED_PG", "false")), "datasource from a config file: no embedded server");
    }

    @Test
    void productionUsesTheConfiguredDatabaseOrTheEmbeddedOneOnlyWhenAskedExplicitly() {
        assertEquals(Database.EXTERNAL, decide(Map.of("quarkus.profile", "production"),
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/h")));
        assertEquals(Database.EMBEDDED, decide(Map.of(),
                Map.of("QUARKUS_PROFILE", "production", "HEMSEHRI_EMBEDDED_PG", "true")));
        assertEquals(Database.EMBEDDED, decide(Map.of("quarkus.profile", "production",
                "hemsehri.embedded-pg.enabled", "true"), Map.of()));
        // the command line's -Dquarkus.profile wins over the environment, as in Quarkus
        assertEquals(Database.EMBEDDED, decide(Map.of("quarkus.profile", "dev"), Map.of("QUARKUS_PROFILE", "production")));
        assertEquals(Database.REFUSE, decide(Map.of("quarkus.profile", "production"), Map.of("QUARKUS_PROFILE", "dev")));
    }
}
