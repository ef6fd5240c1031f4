package tr.hemsehri.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.Users;

@QuarkusTest
class OperationsTest extends PostgresTest {
    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        Users.moderator().contentType("application/json").body("{\"text\":\"metrik testi: Buca'da su yok\"}")
                .post("/api/v1/messages").then().statusCode(201);
        given().get("/metrics").then().statusCode(200)
                .body(containsString("hemsehri_ingest_messages_total"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void swaggerUiAndOpenApiAreServed() {
        given().get("/openapi.yaml").then().statusCode(200).body(containsString("/api/v1/queue/next"));
        given().get("/swagger-ui/index.html").then().statusCode(200).body(containsString("swagger-ui-bundle.js"));
        given().get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        Users.moderator().get("/api/v1/departments").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .body("code", org.hamcrest.Matchers.hasItem("WATER"));
    }
}
