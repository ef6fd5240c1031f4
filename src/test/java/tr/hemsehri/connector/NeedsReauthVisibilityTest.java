package tr.hemsehri.connector;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.poll.PollerService.Outcome;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.Fault;

/** An expired token shows in the connectors API and turns the "connectors" health check DOWN. */
@QuarkusTest
class NeedsReauthVisibilityTest extends ConnectorTestSupport {
    @Test
    void expiredTokenIsVisibleToModeratorsAndInHealth() {
        simulators.instagram("hemsehri.belediye").inject(Fault.EXPIRED_TOKEN, 1);
        assertEquals(Outcome.FAILED, poller.pollOnce(accountId(Platform.INSTAGRAM)));
        given().auth().preemptive().basic("moderator", "moderator").when().get("/api/v1/connectors")
                .then().statusCode(200).body("findAll { it.platform == 'INSTAGRAM' }.status", hasItem("NEEDS_REAUTH"));
        given().when().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'connectors' }.status", equalTo("DOWN"));
        // readiness is not affected: one broken channel must not take the service out
        given().when().get("/q/health/ready").then().statusCode(200);
        assertEquals(Outcome.POLLED, poller.pollOnce(accountId(Platform.INSTAGRAM)));
        given().when().get("/q/health/well").then().statusCode(200);
    }
}
