package tr.hemsehri.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.Users;

/** Every response carries the request id its log lines carry. */
@QuarkusTest
class RequestIdTest extends PostgresTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void saneIncomingIdIsEchoedAndReachesTheMdcOfTheResourceThread() {
        Response r = RestAssured.given().header("X-Request-Id", "lb-7f3a.42").get("/test-support/request-id");
        assertEquals(200, r.statusCode());
        assertEquals("lb-7f3a.42", r.header("X-Request-Id"));
        assertEquals("lb-7f3a.42", r.asString(), "the MDC on the worker thread holds the same id");
    }

    @Test
    void missingOrUnsafeIdIsReplacedByAGeneratedOne() {
        Response none = RestAssured.get("/test-support/request-id");
        assertTrue(none.header("X-Request-Id").matches(UUID), none.header("X-Request-Id"));
        assertEquals(none.header("X-Request-Id"), none.asString());

        Response forged = RestAssured.given().header("X-Request-Id", "x level=ERROR msg=\"forged\"")
                .get("/test-support/request-id");
        assertTrue(forged.header("X-Request-Id").matches(UUID), forged.header("X-Request-Id"));

        Response other = RestAssured.get("/test-support/request-id");
        assertNotEquals(none.header("X-Request-Id"), other.header("X-Request-Id"), "one id per request");
    }

    @Test
    void apiErrorsAndHealthCarryTheIdToo() {
        Response problem = Users.moderator().header("X-Request-Id", "req-404").get("/api/v1/cases/999999999");
        assertEquals(404, problem.statusCode());
        assertEquals("req-404", problem.header("X-Request-Id"));
        Response anonymous = RestAssured.get("/api/v1/cases");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.header("X-Request-Id").matches(UUID));
        assertTrue(RestAssured.get("/q/health/ready").header("X-Request-Id").matches(UUID));
    }
}
