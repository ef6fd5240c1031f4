package tr.hemsehri.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/**
 * With {@code hemsehri.workflow.require-approval=true}, replies by moderators without the approver permission
 * wait for an approver; nothing reaches the outbox until one approves. The profile also overrides an SLA rule,
 * so both configuration paths share this one extra application start.
 */
@QuarkusTest
@TestProfile(ApprovalWorkflowTest.ApprovalOn.class)
class ApprovalWorkflowTest extends PostgresTest {
    public static class ApprovalOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hemsehri.workflow.require-approval", "true",
                    "hemsehri.workflow.sla.complaint", "PT5H");
        }
    }

    @Inject
    TestData data;
    @Inject
    IngestionService ingestion;

    private static RequestSpecification mod() {
        return Users.moderator().contentType("application/json");
    }

    private static RequestSpecification approver() {
        return Users.as("approver", "approver").contentType("application/json");
    }

    private long manualCase(String text) {
        String author = "ap-" + UUID.randomUUID();
        return ingestion.ingest(null, List.of(TestData.message(Platform.MANUAL, "m-" + UUID.randomUUID(), null, author,
                text + " " + author, Instant.now()))).caseIds().get(0);
    }

    private long outboxRows(long caseId) {
        return data.count("select count(*) from outbox where case_id = ?1", caseId);
    }

    @Test
    void moderatorReplyWaitsUntilAnApproverApprovesIt() {
        long id = manualCase("Bornova'da çöpler toplanmıyor");
        int replyId = mod().body("{\"text\":\"Ekiplerimiz bugün bölgede olacak.\"}")
                .post("/api/v1/cases/" + id + "/replies").then().statusCode(202)
                .body("status", equalTo("PENDING_APPROVAL")).extract().path("id");
        assertEquals(0, outboxRows(id), "nothing leaves before approval");
        approver().get("/api/v1/replies/pending").then().statusCode(200).body("id", hasItem(replyId));
        mod().get("/api/v1/cases/" + id + "/workflow").then().body("replies[0].status", equalTo("PENDING_APPROVAL"));

        mod().body("{}").post("/api/v1/replies/" + replyId + "/approve").then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0, outboxRows(id));

        approver().body("{}").post("/api/v1/replies/" + replyId + "/approve").then().statusCode(200)
                .body("status", equalTo("QUEUED"));
        assertEquals(1, data.count("select count(*) from outbox where case_id = ?1 and reply_id = ?2 and kind = 'REPLY' "
                + "and status = 'PENDING' and text like 'Ekiplerimiz bugün bölgede olacak. (Başvuru no: HMS-%'", id,
                (long) replyId));
        assertEquals(1, data.count("select count(*) from audit_events where entity_type = 'reply' and entity_id = ?1 "
                + "and action = 'approve' and actor = 'approver' and before ->> 'status' = 'PENDING_APPROVAL' "
                + "and after ->> 'status' = 'QUEUED'", (long) replyId));
        approver().get("/api/v1/replies/pending").then().body("id", not(hasItem(replyId)));
        approver().body("{}").post("/api/v1/replies/" + replyId + "/approve").then().statusCode(409);
        assertEquals(1, outboxRows(id), "approving twice queues nothing more");
    }

    @Test
    void rejectedReplyNeverLeaves() {
        long id = manualCase("Karabağlar'da sokak köpekleri");
        int replyId = mod().body("{\"text\":\"Konuyu inceliyoruz.\",\"visibility\":\"PRIVATE\"}")
                .post("/api/v1/cases/" + id + "/replies").then().statusCode(202)
                .body("status", equalTo("PENDING_APPROVAL")).extract().path("id");
        mod().body("{\"reason\":\"x\"}").post("/api/v1/replies/" + replyId + "/reject").then().statusCode(403);
        approver().body("{\"reason\":\"Veteriner birimine yönlendirin, genel yanıt yetersiz\"}")
                .post("/api/v1/replies/" + replyId + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertEquals(0, outboxRows(id));
        assertEquals(1, data.count("select count(*) from replies where id = ?1 and rejected_reason like 'Veteriner%'",
                (long) replyId));
        approver().get("/api/v1/replies/pending").then().body("id", not(hasItem(replyId)));
        approver().body("{}").post("/api/v1/replies/" + replyId + "/approve").then().statusCode(409);
        assertEquals(0, outboxRows(id));
    }

    @Test
    void approversAndSystemRepliesNeedNoApproval() {
        long id = manualCase("Bayraklı'da su kesik, şikâyetçiyim");
        approver().body("{\"text\":\"Su ve Kanalizasyon ekiplerimiz yolda.\"}").post("/api/v1/cases/" + id + "/replies")
                .then().statusCode(202).body("status", equalTo("QUEUED"));
        assertEquals(1, outboxRows(id));
        // The resolution notice is the department's, not a moderator's draft: it is queued at once.
        data.execute("update cases set category = 'COMPLAINT', urgent = false where id = ?1", id);
        mod().body("{\"department\":\"WATER\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        RequestSpecification water = Users.as("water", "water").contentType("application/json");
        water.body("{}").post("/api/v1/inbox/" + id + "/accept").then().statusCode(200);
        Users.as("water", "water").contentType("application/json").body("{\"text\":\"vana onarıldı\"}")
                .post("/api/v1/inbox/" + id + "/resolve").then().statusCode(200);
        assertEquals(1, data.count("select count(*) from outbox where case_id = ?1 and kind = 'RESOLVED'", id));
    }

    @Test
    void slaRuleOverriddenByConfiguration() {
        long id = manualCase("Menemen'de yol çökmüş");
        data.execute("update cases set category = 'COMPLAINT', urgent = false where id = ?1", id);
        mod().body("{\"department\":\"PUBLIC_WORKS\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        assertEquals(Duration.ofHours(5).toSeconds(),
                data.count("select extract(epoch from due_at - forwarded_at)::bigint from cases where id = ?1", id));
    }
}
