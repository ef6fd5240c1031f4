package tr.hemsehri.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the PostgreSQL test resource for every @QuarkusTest in the run (restrictToAnnotatedClass is false,
 * so annotating this one class is enough; test classes may still extend it for clarity).
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public abstract class PostgresTest {
}
