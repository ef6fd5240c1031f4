package tr.hemsehri.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tr.hemsehri.simulator.Fault;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.XSimulator;

/** The X simulator on its own: search matching, auth and the 429 fault with reset headers. */
class XSimulatorTest {
    @Test
    void searchMatchesQueryTermsAndFaultsCarryHeaders() throws Exception {
        try (XSimulator sim = new XSimulator(Scenario.load("x"), "1500000000", "hemsehri")) {
            sim.start(0);
            sim.emit(14);
            HttpClient http = HttpClient.newHttpClient();
            String q = URLEncoder.encode("izmir belediye -is:retweet", StandardCharsets.UTF_8);
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl()
                    + "/2/tweets/search/recent?max_results=10&query=" + q)).header("Authorization", "OAuth x").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, res.statusCode());
            assertTrue(res.body().contains("Bostanl"), res.body());
            sim.inject(Fault.RATE_LIMIT, 1);
            res = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/2/users/1500000000/mentions"))
                    .header("Authorization", "OAuth x").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(429, res.statusCode());
            assertEquals("0", res.headers().firstValue("x-rate-limit-remaining").orElseThrow());
            res = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/2/users/1500000000/mentions")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, res.statusCode());
        }
    }
}
