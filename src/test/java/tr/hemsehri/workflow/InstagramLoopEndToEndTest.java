package tr.hemsehri.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.ConnectorTestSupport;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.outbox.service.OutboxDispatcher;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;
import tr.hemsehri.testsupport.Users;
import tr.hemsehri.workflow.service.SatisfactionService;

/**
 * The whole loop against the Instagram simulator: a citizen complains → classified → forwarded → resolved by the
 * department → public "çözüldü" reply under the citizen's comment → satisfaction question by private message →
 * the citizen answers "4" → the case closes with score 4.
 */
@QuarkusTest
class InstagramLoopEndToEndTest extends ConnectorTestSupport {
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    SatisfactionService satisfaction;
    @Inject
    ConnectorsConfig config;

    @Test
    void complaintIsResolvedRepliedAskedAndClosedWithTheCitizensScore() {
        SimServer sim = simulators.instagram(config.instagram().username());
        long account = accountId(Platform.INSTAGRAM);
        poller.pollOnce(account);
        SimItem comment = sim.say(new Scenario.Line("COMMENT", "tugba_35", "Tuğba",
                "Narlıdere Çamtepe'de 2 gündür su yok, yaşlı annem var #suyok"));
        poller.pollOnce(account);
        long caseId = Long.parseLong(string("select case_id::text from messages where platform = 'INSTAGRAM' "
                + "and external_id = ?", comment.id()));
        Users.moderator().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("summary.category", equalTo("COMPLAINT"))
                .body("summary.department", equalTo("WATER"));

        Users.moderator().contentType("application/json").body("{\"department\":\"WATER\"}")
                .post("/api/v1/cases/" + caseId + "/forward").then().statusCode(200);
        Users.as("water", "water").contentType("application/json").body("{}")
                .post("/api/v1/inbox/" + caseId + "/accept").then().statusCode(200);
        Users.as("water", "water").contentType("application/json")
                .body("{\"text\":\"Çamtepe'deki ana boru arızası giderildi, su verildi.\"}")
                .post("/api/v1/inbox/" + caseId + "/resolve").then().statusCode(200);
        dispatcher.dispatchAll();

        List<SimItem> thread = sim.thread(comment.threadId());
        List<SimItem> ours = thread.stream().filter(SimItem::ours).filter(i -> comment.id().equals(i.parentId()))
                .filter(i -> i.text().contains("çözüldü")).toList();
        assertEquals(1, ours.size(), "one public 'çözüldü' reply under the citizen's comment: " + thread);
        assertTrue(ours.get(0).text().contains("çözüldü"), ours.get(0).text());
        assertTrue(ours.get(0).text().contains("HMS-"), "the reply carries the case reference");

        // The scheduled round (every second in tests) may send the check first: wait for whoever does.
        long deadline = System.currentTimeMillis() + 15_000;
        while (count("select count(*) from satisfaction_checks where case_id = ? and status = 'SCHEDULED'", caseId) > 0) {
            assertTrue(System.currentTimeMillis() < deadline, "satisfaction check still scheduled");
            satisfaction.sendDue();
        }
        assertEquals("SENT", string("select status from satisfaction_checks where case_id = ?", caseId));
        dispatcher.dispatchAll();
        List<Map<String, Object>> privateMessages = sim.received().stream()
                .filter(r -> "private_reply".equals(r.get("type")) || "dm".equals(r.get("type")))
                .filter(r -> comment.authorId().equals(r.get("to"))).toList();
        assertEquals(1, privateMessages.size(), sim.received().toString());
        assertEquals(comment.authorId(), privateMessages.get(0).get("to"));
        assertTrue(String.valueOf(privateMessages.get(0).get("text")).contains("1 ile 5"));

        sim.say(new Scenario.Line("DM", "tugba_35", "Tuğba", "4"));
        poller.pollOnce(account);
        Users.moderator().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("summary.status", equalTo("CLOSED"));
        Users.moderator().get("/api/v1/cases/" + caseId + "/workflow").then().statusCode(200)
                .body("satisfaction[0].status", equalTo("ANSWERED"))
                .body("satisfaction[0].score", equalTo(4));
        // Our own posts were stored as ours and never came back as citizen messages.
        assertEquals(0, count("select count(*) from messages where platform = 'INSTAGRAM' and direction = 'IN' "
                + "and text like '%HMS-%'"));
    }
}
