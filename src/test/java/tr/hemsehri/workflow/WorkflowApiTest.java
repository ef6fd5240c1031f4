package tr.hemsehri.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.outbox.service.OutboxDispatcher;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;
import tr.hemsehri.workflow.service.SatisfactionService;

/** The moderation workflow through the API, on cases that have no platform channel (entered by phone). */
@QuarkusTest
class WorkflowApiTest extends PostgresTest {
    @Inject
    TestData data;
    @Inject
    IngestionService ingestion;
    @Inject
    SatisfactionService satisfaction;
    @Inject
    OutboxDispatcher dispatcher;

    private static RequestSpecification water() {
        return Users.as("water", "water").contentType("application/json");
    }

    private static RequestSpecification mod() {
        return Users.moderator().contentType("application/json");
    }

    private long manualCase(String author, String text) {
        return ingestion.ingest(null, List.of(TestData.message(Platform.MANUAL, "m-" + UUID.randomUUID(), null, author,
                text, Instant.now()))).caseIds().get(0);
    }

    @Test
    void fullLoopForwardAcceptResolveAndSatisfactionCloses() {
        String author = "tel-" + UUID.randomUUID();
        long id = manualCase(author, "Bostanlı'da 3 gündür su yok " + author);
        mod().body("{}").post("/api/v1/cases/" + id + "/triage").then().statusCode(200).body("status", equalTo("TRIAGED"));
        mod().body("{\"department\":\"WATER\",\"note\":\"acil bakılsın\"}").post("/api/v1/cases/" + id + "/forward")
                .then().statusCode(200).body("status", equalTo("FORWARDED")).body("dueAt", notNullValue());
        water().get("/api/v1/inbox?q=" + author).then().statusCode(200).body("items.id", hasItem((int) id));
        water().body("{}").post("/api/v1/inbox/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        water().body("{\"text\":\"ekip yola çıktı\"}").post("/api/v1/inbox/" + id + "/notes").then().statusCode(200);
        water().body("{\"text\":\"Arıza giderildi, su verildi.\"}").post("/api/v1/inbox/" + id + "/resolve").then()
                .statusCode(200).body("status", equalTo("RESOLVED"));
        // The moderator is told.
        Users.moderator().get("/api/v1/notifications").then().statusCode(200)
                .body("caseId", hasItem((int) id));
        // A phone case has no channel: the satisfaction check is recorded as not sent, with the reason.
        satisfaction.sendDue();
        mod().get("/api/v1/cases/" + id + "/workflow").then().statusCode(200)
                .body("satisfaction[0].status", equalTo("NOT_SENT"))
                .body("notes.kind", hasItem("RESOLUTION"))
                .body("history.to", hasItem("IN_PROGRESS"))
                .body("secondsInState.NEW", notNullValue());
        // The "çözüldü" reply could not leave (no channel): the failure is visible on the case.
        dispatcher.dispatchAll();
        mod().get("/api/v1/cases/" + id + "/workflow").then().statusCode(200)
                .body("deliveries[0].kind", equalTo("RESOLVED"))
                .body("deliveries[0].status", equalTo("FAILED"))
                .body("deliveries[0].lastError", notNullValue());
    }

    @Test
    void unhappyAnswerReopensToTheDepartmentAndHappyAnswerCloses() {
        for (String[] c : new String[][] {{"hayır hala akmıyor", "REOPENED"}, {"4", "CLOSED"}}) {
            String author = "sat-" + UUID.randomUUID();
            long id = manualCase(author, "Karşıyaka'da su kesik " + author);
            data.execute("update cases set status = 'RESOLVED', department_id = (select id from departments where code = 'WATER') where id = ?1", id);
            data.execute("insert into satisfaction_checks (case_id, status, sent_at, answer_deadline) values (?1, 'SENT', now(), now() + interval '1 day')", id);
            ingestion.ingest(null, List.of(TestData.message(Platform.MANUAL, "a-" + UUID.randomUUID(), null, author,
                    c[0], Instant.now())));
            mod().get("/api/v1/cases/" + id).then().statusCode(200).body("summary.status", equalTo(c[1]))
                    .body("timeline.size()", equalTo(2));
            assertEquals(1, data.count("select count(*) from satisfaction_checks where case_id = ?1 and status = 'ANSWERED'", id));
            if ("REOPENED".equals(c[1])) {
                water().get("/api/v1/inbox?q=" + author).then().body("items.id", hasItem((int) id));
                mod().get("/api/v1/cases/" + id + "/workflow").then().body("notes.text", hasItem("Vatandaş: hayır hala akmıyor"));
            } else {
                assertEquals(4, data.count("select score from satisfaction_checks where case_id = ?1", id));
            }
        }
    }

    @Test
    void illegalTransitionsAre409() {
        long id = manualCase("ill-" + UUID.randomUUID(), "Buca Şirinyer'de çöp");
        Users.admin().contentType("application/json").body("{\"text\":\"bitti\"}")
                .post("/api/v1/inbox/" + id + "/resolve").then().statusCode(409).contentType("application/problem+json");
        mod().body("{}").post("/api/v1/cases/" + id + "/close").then().statusCode(200);
        mod().body("{}").post("/api/v1/cases/" + id + "/triage").then().statusCode(409);
        mod().body("{\"department\":\"CLEANING\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(409);
    }

    @Test
    void sendBackReturnsToTheModerationQueueWithReason() {
        long id = manualCase("sb-" + UUID.randomUUID(), "Alsancak'ta park yeri sorunu");
        mod().body("{\"department\":\"WATER\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        water().body("{}").post("/api/v1/inbox/" + id + "/send-back").then().statusCode(400);
        water().body("{\"text\":\"bizim birimimizle ilgili değil, zabıta\"}").post("/api/v1/inbox/" + id + "/send-back")
                .then().statusCode(200).body("status", equalTo("TRIAGED"));
        water().get("/api/v1/cases/" + id).then().statusCode(404);
        mod().get("/api/v1/cases?status=TRIAGED&size=100").then().body("items.id", hasItem((int) id));
    }

    @Test
    void departmentIsolationOfEveryAction() {
        long id = manualCase("iso-" + UUID.randomUUID(), "Bornova'da kaldırım çökmüş");
        mod().body("{\"department\":\"PUBLIC_WORKS\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        for (String action : List.of("accept", "notes", "send-back", "resolve")) {
            water().body("{\"text\":\"x\"}").post("/api/v1/inbox/" + id + "/" + action).then().statusCode(404);
            mod().body("{\"text\":\"x\"}").post("/api/v1/inbox/" + id + "/" + action).then().statusCode(403);
        }
        water().get("/api/v1/cases/" + id + "/workflow").then().statusCode(404);
        for (String action : List.of("triage", "forward", "refer", "close", "replies")) {
            water().body("{\"text\":\"x\"}").post("/api/v1/cases/" + id + "/" + action).then().statusCode(403);
        }
        Users.as("public-works", "public-works").contentType("application/json").body("{}")
                .post("/api/v1/inbox/" + id + "/accept").then().statusCode(200);
    }

    @Test
    void publicReplyWithPersonalDataIsRefusedMaskedOrSentPrivately() {
        long id = manualCase("pii-" + UUID.randomUUID(), "Konak'ta otobüs gelmiyor");
        mod().body("{\"text\":\"Sizi 0532 123 45 67 numarasından arayacağız\"}")
                .post("/api/v1/cases/" + id + "/replies").then().statusCode(422)
                .body("findings[0].kind", equalTo("PHONE"));
        mod().body("{\"text\":\"Sizi 0532 123 45 67 numarasından arayacağız\",\"visibility\":\"PRIVATE\"}")
                .post("/api/v1/cases/" + id + "/replies").then().statusCode(202).body("status", equalTo("QUEUED"));
        mod().body("{\"text\":\"Sizi 0532 123 45 67 numarasından arayacağız\",\"maskPii\":true}")
                .post("/api/v1/cases/" + id + "/replies").then().statusCode(202).body("piiMasked", equalTo(true))
                .body("text", equalTo("Sizi *** numarasından arayacağız"));
        mod().body("{\"template\":\"category.COMPLAINT\"}").post("/api/v1/cases/" + id + "/replies").then()
                .statusCode(202).body("template", equalTo("category.COMPLAINT"));
        mod().body("{\"template\":\"yok.boyle\"}").post("/api/v1/cases/" + id + "/replies").then().statusCode(400);
        assertTrue(data.count("select count(*) from outbox where case_id = ?1 and text like '%(Başvuru no: HMS-%'", id) >= 3);
    }

    @Test
    void referralAnswersWithTheInstitutionsLine() {
        long id = manualCase("ref-" + UUID.randomUUID(), "Mahallede elektrik yok");
        mod().body("{\"institution\":\"ELECTRICITY\"}").post("/api/v1/cases/" + id + "/refer").then().statusCode(200)
                .body("status", equalTo("REFERRED"));
        assertEquals(1, data.count("select count(*) from outbox where case_id = ?1 and text like '%186%'", id));
    }
}
