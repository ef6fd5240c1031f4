package tr.hemsehri.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restfb.Parameter;
import com.restfb.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.api.ConnectorException;
import tr.hemsehri.connector.api.RateLimit;
import tr.hemsehri.connector.api.Secret;
import tr.hemsehri.connector.facebook.GraphClient;
import tr.hemsehri.simulator.FacebookSimulator;
import tr.hemsehri.simulator.Fault;
import tr.hemsehri.simulator.Scenario;

/** GraphClient.usage() reading X-App-Usage and X-Business-Use-Case-Usage from real answers of the simulator. */
class GraphUsageHeadersTest {
    private static final String PAGE = "104000000000001";

    private static RateLimit afterOneCall(GraphClient graph) {
        graph.client().fetchConnection(PAGE + "/feed", JsonObject.class, Parameter.with("limit", 5));
        return graph.usage();
    }

    @Test
    void usageHeadersBecomePercentLeftAndATimeToRegainAccess() throws Exception {
        try (FacebookSimulator sim = new FacebookSimulator(Scenario.load("facebook"), PAGE)) {
            sim.start(0);
            GraphClient graph = new GraphClient(sim.baseUrl(), Secret.of("sim-token"), null, Duration.ofSeconds(2));

            RateLimit steady = afterOneCall(graph);
            assertEquals(100, steady.remaining(), "a fresh app has used nothing");
            assertEquals(100, steady.limit());
            assertNull(steady.resetAt());
            assertFalse(steady.low());

            // the highest of call count, CPU time and total time counts
            sim.usage(91, null, null);
            RateLimit high = afterOneCall(graph);
            assertEquals(9, high.remaining());
            assertTrue(high.low(), "91 % used is low budget");
            assertFalse(high.exhausted());

            // a business use case with a time to regain access is throttled until then, whatever the app usage
            sim.usage(20, 75, 4);
            RateLimit throttled = afterOneCall(graph);
            assertTrue(throttled.exhausted());
            assertNotNull(throttled.resetAt());
            Duration toReset = Duration.between(Instant.now(), throttled.resetAt());
            assertTrue(toReset.compareTo(Duration.ofSeconds(230)) > 0 && toReset.compareTo(Duration.ofSeconds(241)) < 0,
                    toReset.toString());

            // a business use case near its limit without a wait counts like app usage
            sim.usage(20, 96, 0);
            RateLimit buc = afterOneCall(graph);
            assertEquals(4, buc.remaining());
            assertNull(buc.resetAt());

            // error code 4 with the headers: RATE_LIMITED until the announced regain time (1 minute)
            sim.usage(null, null, null);
            sim.inject(Fault.RATE_LIMIT, 1);
            RuntimeException e = assertThrows(RuntimeException.class, () -> afterOneCall(graph));
            ConnectorException c = graph.classify("feed", e);
            assertEquals(ConnectorException.Kind.RATE_LIMITED, c.kind());
            Duration wait = Duration.between(Instant.now(), c.resetAt());
            assertTrue(wait.compareTo(Duration.ofSeconds(50)) > 0 && wait.compareTo(Duration.ofSeconds(61)) < 0,
                    wait.toString());
        }
    }
}
