package tr.hemsehri.connector;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.api.SentMessage;
import tr.hemsehri.connector.poll.PollScheduler;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.SimItem;

/** All four simulators feeding the queue through the scheduler, and a reply showing up in the simulated thread. */
@QuarkusTest
class EndToEndTest extends ConnectorTestSupport {
    @Inject
    PollScheduler scheduler;
    @TestHTTPResource("/webhooks/whatsapp")
    URL webhook;

    private int casesOf(String platform) {
        return given().auth().preemptive().basic("moderator", "moderator").queryParam("platform", platform)
                .when().get("/api/v1/cases").then().statusCode(200).extract().path("total");
    }

    @Test
    void allFourChannelsFillTheQueueAndAReplyAppearsInTheThread() throws Exception {
        simulators.whatsapp().webhookUrl(webhook.toString());
        simulators.x("hemsehri_belediye").emit(6);
        simulators.facebook().emit(6);
        simulators.instagram("hemsehri.belediye").emit(6);
        simulators.whatsapp().emit(6);
        for (Platform p : List.of(Platform.X, Platform.FACEBOOK, Platform.INSTAGRAM)) {
            accounts.pollNow(accountId(p));
        }
        scheduler.setEnabled(true);
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && !(casesOf("X") > 0 && casesOf("FACEBOOK") > 0
                    && casesOf("INSTAGRAM") > 0 && casesOf("WHATSAPP") > 0)) {
                Thread.sleep(300);
            }
        } finally {
            scheduler.setEnabled(false);
        }
        for (String p : List.of("X", "FACEBOOK", "INSTAGRAM", "WHATSAPP")) {
            assertTrue(casesOf(p) > 0, p + " has cases in the queue");
        }
        assertTrue(count("select count(*) from cases c join messages m on m.case_id = c.id "
                + "where m.direction = 'IN' and c.category is not null") > 0, "cases are analysed");

        SimItem comment = simulators.facebook().citizenItems().stream().filter(i -> i.kind().equals("COMMENT"))
                .reduce((a, b) -> b).orElseThrow();
        SentMessage sent = outbound.replyPublic(Platform.FACEBOOK, comment.id(), "Merhaba, ekiplerimiz yönlendirildi.");
        String body = given().when().get(simulators.facebook().baseUrl() + "/__admin/threads/" + comment.threadId())
                .then().statusCode(200).extract().asString();
        assertTrue(body.contains(sent.externalId()) && body.contains("ekiplerimiz yönlendirildi"), body);

        List<Map<String, Object>> channels = given().auth().preemptive().basic("moderator", "moderator")
                .when().get("/api/v1/connectors").then().statusCode(200).extract().path("");
        assertEquals(4, channels.stream().filter(c -> Boolean.TRUE.equals(c.get("enabled"))).count());
        given().when().get("/api/v1/connectors").then().statusCode(401);
    }
}
