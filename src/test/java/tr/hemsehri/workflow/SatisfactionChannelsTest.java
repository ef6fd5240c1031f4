package tr.hemsehri.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.ConnectorTestSupport;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.outbox.service.OutboxDispatcher;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;
import tr.hemsehri.simulator.SimulatorLauncher;
import tr.hemsehri.simulator.WhatsAppSimulator;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;
import tr.hemsehri.workflow.service.SatisfactionService;

/**
 * The satisfaction check on the channels where it is hard: nobody answers (the check closes as unanswered, the
 * case as closed), WhatsApp after the 24-hour window (the approved template), and X where we cannot DM a citizen
 * who only wrote publicly (the question goes publicly under their post, as README says).
 */
@QuarkusTest
class SatisfactionChannelsTest extends ConnectorTestSupport {
    @Inject
    TestData data;
    @Inject
    IngestionService ingestion;
    @Inject
    SatisfactionService satisfaction;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    ConnectorsConfig config;
    @TestHTTPResource("/webhooks/whatsapp")
    URL webhook;

    private static RequestSpecification mod() {
        return Users.moderator().contentType("application/json");
    }

    private static RequestSpecification water() {
        return Users.as("water", "water").contentType("application/json");
    }

    private void forwardAcceptResolve(long caseId, String resolution) {
        mod().body("{\"department\":\"WATER\"}").post("/api/v1/cases/" + caseId + "/forward").then().statusCode(200);
        water().body("{}").post("/api/v1/inbox/" + caseId + "/accept").then().statusCode(200);
        water().body("{\"text\":\"" + resolution + "\"}").post("/api/v1/inbox/" + caseId + "/resolve").then()
                .statusCode(200);
    }

    /** The scheduler sends due checks every second beside the test; whoever sends it, wait until it left. */
    private void awaitCheckSent(long caseId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (data.count("select count(*) from satisfaction_checks where case_id = ?1 and status = 'SCHEDULED'",
                caseId) > 0) {
            assertTrue(System.currentTimeMillis() < deadline, "check still scheduled");
            satisfaction.sendDue();
            Thread.sleep(100);
        }
    }

    private String checkStatus(long caseId) {
        return string("select status from satisfaction_checks where case_id = ? order by id desc limit 1", caseId);
    }

    @Test
    void unansweredCheckClosesTheCase() throws InterruptedException {
        String author = "sat-exp-" + UUID.randomUUID();
        long expired = ingestion.ingest(null, List.of(TestData.message(Platform.MANUAL, "m-" + UUID.randomUUID(), null,
                author, "Çiğli'de su kesik " + author, Instant.now()))).caseIds().get(0);
        String other = "sat-open-" + UUID.randomUUID();
        long waiting = ingestion.ingest(null, List.of(TestData.message(Platform.MANUAL, "m-" + UUID.randomUUID(), null,
                other, "Çiğli'de su yine kesik " + other, Instant.now()))).caseIds().get(0);
        for (long id : List.of(expired, waiting)) {
            data.execute("update cases set status = 'RESOLVED', resolved_at = now() - interval '4 days', department_id = "
                    + "(select id from departments where code = 'WATER') where id = ?1", id);
        }
        data.execute("insert into satisfaction_checks (case_id, status, channel, sent_at, answer_deadline) values "
                + "(?1, 'SENT', 'PRIVATE', now() - interval '4 days', now() - interval '1 day')", expired);
        data.execute("insert into satisfaction_checks (case_id, status, channel, sent_at, answer_deadline) values "
                + "(?1, 'SENT', 'PRIVATE', now(), now() + interval '3 days')", waiting);

        // The scheduled round may hold the row (skip locked): call until the check has left SENT.
        long deadline = System.currentTimeMillis() + 15_000;
        while ("SENT".equals(checkStatus(expired))) {
            assertTrue(System.currentTimeMillis() < deadline, "check not expired");
            satisfaction.expire();
            Thread.sleep(100);
        }
        assertEquals("UNANSWERED", checkStatus(expired));
        mod().get("/api/v1/cases/" + expired + "/workflow").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("satisfaction[0].status", equalTo("UNANSWERED"))
                .body("history[-1].from", equalTo("RESOLVED"))
                .body("history[-1].to", equalTo("CLOSED"))
                .body("history[-1].actor", equalTo("system"))
                .body("history[-1].note", equalTo("memnuniyet sorusu yanıtsız"));
        assertEquals(1, count("select count(*) from cases where id = ? and closed_at is not null", expired));
        assertEquals(1, count("select count(*) from audit_events where entity_type = 'case' and entity_id = ? "
                + "and action = 'status' and actor = 'system' and after ->> 'status' = 'CLOSED'", expired));
        // Still inside its answer time: untouched.
        assertEquals("SENT", checkStatus(waiting));
        mod().get("/api/v1/cases/" + waiting).then().body("summary.status", equalTo("RESOLVED"));
    }

    private String whatsappEvent(String wamid, String from, long epochSeconds, String text) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"902320000000\","
                + "\"phone_number_id\":\"" + SimulatorLauncher.WHATSAPP_PHONE_ID + "\"},"
                + "\"contacts\":[{\"profile\":{\"name\":\"Hatice Er\"},\"wa_id\":\"" + from + "\"}],"
                + "\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + epochSeconds
                + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]}}]}]}";
    }

    @Test
    void whatsappOutsideTheWindowAsksWithTheApprovedTemplate() throws Exception {
        WhatsAppSimulator sim = simulators.whatsapp();
        sim.webhookUrl(webhook.toString());
        String number = "90555" + (1_000_000 + (System.nanoTime() % 8_999_999));
        String wamid = "wamid.sat" + UUID.randomUUID().toString().replace("-", "");
        // The citizen wrote three days ago: the 24-hour customer-service window is closed.
        String body = whatsappEvent(wamid, number, Instant.now().minus(Duration.ofDays(3)).getEpochSecond(),
                "Menemen'de 3 gündür su yok");
        assertEquals(200, sim.post(body, sim.sign(body)));
        long caseId = Long.parseLong(string("select case_id::text from messages where platform = 'WHATSAPP' "
                + "and external_id = ?", wamid));
        forwardAcceptResolve(caseId, "Şebeke onarıldı, su verildi.");
        awaitCheckSent(caseId);
        assertEquals("SENT", checkStatus(caseId));
        assertEquals("PRIVATE", string("select channel from satisfaction_checks where case_id = ?", caseId));
        assertEquals(Duration.ofDays(3).toSeconds(), count("select extract(epoch from answer_deadline - sent_at)::bigint "
                + "from satisfaction_checks where case_id = ?", caseId), "answer-within P3D");
        dispatcher.dispatchAll();

        assertEquals(2, count("select count(*) from outbox where case_id = ? and status = 'SENT' "
                + "and kind in ('RESOLVED', 'SATISFACTION')", caseId));
        List<Map<String, Object>> toCitizen = sim.received().stream().filter(r -> number.equals(r.get("to"))).toList();
        assertEquals(2, toCitizen.size(), toCitizen.toString());
        String template = "[template " + config.whatsapp().template() + "]";
        for (Map<String, Object> r : toCitizen) {
            assertEquals("template", r.get("type"), "outside the window only the approved template: " + r);
            assertEquals(template, r.get("text"));
        }
    }

    @Test
    void xCitizenWhoOnlyPostedPubliclyIsAskedUnderTheirPost() {
        SimServer sim = simulators.x(config.x().account());
        long account = accountId(Platform.X);
        sim.clearFaults(); // another class may have left a fault pending on the shared simulator
        poller.pollOnce(account);
        String handle = "sat_x_" + (System.nanoTime() % 100_000);
        SimItem mention = sim.say(new Scenario.Line("MENTION", handle, "Kemal",
                "@izmirbld Bayraklı'da su borusu patladı, sokak göl oldu"));
        // a paging run that another class left half-way ends first: the new mention comes with the next run
        var outcome = poller.pollOnce(account);
        String stored = null;
        for (int i = 0; i < 30 && stored == null; i++) {
            stored = string("select case_id::text from messages where platform = 'X' and external_id = ?",
                    mention.id());
            if (stored == null) {
                outcome = poller.pollOnce(account);
            }
        }
        org.junit.jupiter.api.Assertions.assertNotNull(stored, "mention " + mention.id() + " not stored; poll "
                + outcome + ", account " + account(Platform.X) + ", cursor " + string(
                "select cursor from checkpoints where account_id = ?", account));
        long caseId = Long.parseLong(stored);
        forwardAcceptResolve(caseId, "Boru değiştirildi.");
        try {
            awaitCheckSent(caseId);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertEquals("SENT", checkStatus(caseId));
        assertEquals("PUBLIC", string("select channel from satisfaction_checks where case_id = ?", caseId));
        dispatcher.dispatchAll();

        List<SimItem> question = sim.thread(mention.threadId()).stream().filter(SimItem::ours)
                .filter(i -> i.text().contains("1 ile 5")).toList();
        assertEquals(1, question.size(), "the question in the citizen's thread: " + sim.thread(mention.threadId()));
        assertTrue(question.get(0).text().contains("HMS-"), question.get(0).text());
        assertEquals(0, sim.received().stream().filter(r -> "dm".equals(r.get("type"))).filter(
                r -> mention.authorId().equals(r.get("to"))).count(), "no DM to someone who never wrote privately");
        mod().get("/api/v1/cases/" + caseId + "/workflow").then()
                .body("deliveries.find { it.kind == 'SATISFACTION' }.visibility", equalTo("PUBLIC"))
                .body("deliveries.find { it.kind == 'SATISFACTION' }.status", equalTo("SENT"));
    }
}
