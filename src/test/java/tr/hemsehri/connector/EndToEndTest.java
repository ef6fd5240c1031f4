package tr.hemsehri.connector;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.poll.PollScheduler;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.outbox.service.OutboxDispatcher;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.testsupport.Users;

/**
 * All four simulators feeding the queue through the scheduler, and a public reply posted through the API
 * (outbox, dispatcher, connector) showing up in the simulated thread. Assertions look only at the cases this
 * test's messages made: other test classes fill the same database.
 */
@QuarkusTest
class EndToEndTest extends ConnectorTestSupport {
    @Inject
    PollScheduler scheduler;
    @Inject
    OutboxDispatcher dispatcher;
    @TestHTTPResource("/webhooks/whatsapp")
    URL webhook;

    /** Our database ids of what a poll or webhook must bring in (X search lines only match some queries). */
    private static List<String> expectedIds(Platform p, List<SimItem> emitted) {
        List<String> out = new ArrayList<>();
        for (SimItem i : emitted) {
            if (p == Platform.X && i.kind().equals("SEARCH")) {
                continue;
            }
            out.add(p == Platform.X && i.kind().equals("DM") ? "dm:" + i.id() : i.id());
        }
        return out;
    }

    private long withCase(Platform p, List<String> ids) {
        return count("select count(*) from messages where platform = ? and direction = 'IN' and case_id is not null "
                + "and external_id = any (?)", p.name(), ids);
    }

    @Test
    void allFourChannelsFillTheQueueAndAPublicReplyFromTheApiAppearsInTheThread() throws Exception {
        simulators.whatsapp().webhookUrl(webhook.toString());
        Map<Platform, List<String>> expected = new EnumMap<>(Platform.class);
        expected.put(Platform.X, expectedIds(Platform.X, simulators.x("hemsehri_belediye").emit(6)));
        List<SimItem> facebook = simulators.facebook().emit(6);
        expected.put(Platform.FACEBOOK, expectedIds(Platform.FACEBOOK, facebook));
        expected.put(Platform.INSTAGRAM, expectedIds(Platform.INSTAGRAM, simulators.instagram("hemsehri.belediye").emit(6)));
        expected.put(Platform.WHATSAPP, expectedIds(Platform.WHATSAPP, simulators.whatsapp().emit(6)));
        for (Platform p : List.of(Platform.X, Platform.FACEBOOK, Platform.INSTAGRAM)) {
            accounts.pollNow(accountId(p));
        }
        scheduler.setEnabled(true);
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline
                    && expected.entrySet().stream().anyMatch(e -> withCase(e.getKey(), e.getValue()) < e.getValue().size())) {
                Thread.sleep(300);
            }
        } finally {
            scheduler.setEnabled(false);
        }
        for (Map.Entry<Platform, List<String>> e : expected.entrySet()) {
            assertTrue(!e.getValue().isEmpty(), e.getKey() + " emitted something to read");
            assertEquals(e.getValue().size(), withCase(e.getKey(), e.getValue()),
                    e.getKey() + ": every message of this test is stored in a case");
            assertEquals(e.getValue().size(), storedOnce(e.getKey(), e.getValue()), e.getKey() + ": stored once");
            List<Long> cases = new ArrayList<>();
            for (String id : e.getValue()) {
                cases.add(count("select case_id from messages where platform = ? and external_id = ? and direction = 'IN'",
                        e.getKey().name(), id));
            }
            for (long caseId : Set.copyOf(cases)) {
                Users.moderator().get("/api/v1/cases/" + caseId).then().statusCode(200)
                        .body("summary.category", notNullValue())
                        .body("summary.platform", org.hamcrest.Matchers.equalTo(e.getKey().name()));
            }
        }

        // A moderator answers a Facebook comment publicly through the API; the outbox sends it into the thread.
        SimItem comment = facebook.stream().filter(i -> i.kind().equals("COMMENT")).reduce((a, b) -> b).orElseThrow();
        long caseId = count("select case_id from messages where platform = 'FACEBOOK' and external_id = ?", comment.id());
        String text = "Merhaba, ekiplerimiz yönlendirildi " + System.nanoTime();
        Users.moderator().contentType("application/json").body("{\"text\":\"" + text + "\"}")
                .post("/api/v1/cases/" + caseId + "/replies").then().statusCode(202);
        dispatcher.dispatchAll();
        assertEquals("SENT", string("select status from outbox where case_id = ? and text like ?", caseId,
                text + "%"));
        String externalId = string("select external_id from outbox where case_id = ? and text like ?", caseId, text + "%");
        String body = given().when().get(simulators.facebook().baseUrl() + "/__admin/threads/" + comment.threadId())
                .then().statusCode(200).extract().asString();
        assertTrue(body.contains(externalId) && body.contains(text), body);
        assertEquals(1, count("select count(*) from messages where platform = 'FACEBOOK' and direction = 'OUT' "
                + "and external_id = ?", externalId), "our reply is remembered, never ingested as a citizen's");

        List<Map<String, Object>> channels = Users.moderator().when().get("/api/v1/connectors").then().statusCode(200)
                .extract().path("");
        assertEquals(4, channels.stream().filter(c -> Boolean.TRUE.equals(c.get("enabled"))).count());
        given().when().get("/api/v1/connectors").then().statusCode(401);
    }
}
