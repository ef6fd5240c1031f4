package tr.hemsehri.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/** Who did what to a case, with the state before and after: manual entry, claim, release. */
@QuarkusTest
class AuditTrailTest extends PostgresTest {
    @Inject
    TestData data;
    @Inject
    Users users;

    private long audit(long caseId, String action, String actor, String condition, Object... params) {
        Object[] all = new Object[3 + params.length];
        all[0] = caseId;
        all[1] = action;
        all[2] = actor;
        System.arraycopy(params, 0, all, 3, params.length);
        return data.count("select count(*) from audit_events where entity_type = 'case' and entity_id = ?1 "
                + "and action = ?2 and actor = ?3 and " + condition, all);
    }

    @Test
    void aCaseEnteredByHandIsAuditedOnceWithItsAuthor() {
        String externalId = "call-" + System.nanoTime();
        Response r = Users.moderator().contentType("application/json")
                .body("{\"text\":\"Gaziemir'de sokak lambası yanmıyor\",\"externalId\":\"" + externalId + "\"}")
                .post("/api/v1/messages");
        assertEquals(201, r.statusCode(), r.asString());
        long caseId = r.jsonPath().getLong("caseId");
        assertEquals(1, audit(caseId, "create", "moderator", "before is null and after ->> 'source' = 'manual' "
                + "and after ->> 'externalId' = ?4 and after ->> 'platform' = 'MANUAL' and after ->> 'status' = 'NEW'",
                externalId));
        Users.moderator().contentType("application/json")
                .body("{\"text\":\"Gaziemir'de sokak lambası yanmıyor\",\"externalId\":\"" + externalId + "\"}")
                .post("/api/v1/messages").then().statusCode(200);
        assertEquals(1, data.count("select count(*) from audit_events where entity_type = 'case' and entity_id = ?1 "
                + "and action = 'create'", caseId), "a resubmission creates nothing, so audits nothing");

        long fromConnector = data.newCase("Buca'da otobüs gelmedi");
        assertEquals(0, data.count("select count(*) from audit_events where entity_type = 'case' and entity_id = ?1 "
                + "and action = 'create'", fromConnector), "only staff entries are audited per case");
    }

    @Test
    void claimAndReleaseRecordThePreviousAndTheNewAssignee() {
        users.ensureModerator("moderator2");
        long id = data.newCase("Narlıdere'de park lambaları sönük");
        Users.moderator().post("/api/v1/cases/" + id + "/claim").then().statusCode(200);
        assertEquals(1, audit(id, "claim", "moderator",
                "before -> 'assignee' = cast('null' as jsonb) and after ->> 'assignee' = 'moderator'"));

        // an admin takes the case away from its holder: the audit names the holder it was taken from
        Users.admin().post("/api/v1/cases/" + id + "/release").then().statusCode(200);
        assertEquals(1, audit(id, "release", "admin",
                "before ->> 'assignee' = 'moderator' and after -> 'assignee' = cast('null' as jsonb)"));

        Users.as("moderator2", "moderator2-pw").post("/api/v1/cases/" + id + "/claim").then().statusCode(200);
        Users.as("moderator2", "moderator2-pw").post("/api/v1/cases/" + id + "/release").then().statusCode(200);
        assertEquals(1, audit(id, "release", "moderator2",
                "before ->> 'assignee' = 'moderator2' and after -> 'assignee' = cast('null' as jsonb)"));
        // refused and no-op calls leave no trace
        Users.moderator().post("/api/v1/cases/" + id + "/release").then().statusCode(200);
        assertEquals(4, data.count("select count(*) from audit_events where entity_type = 'case' and entity_id = ?1 "
                + "and action in ('claim', 'release')", id));
    }

    @Test
    void queueNextRecordsTheClaim() {
        users.ensureModerator("moderator3");
        data.newCase("Bornova'da su basıncı düşük");
        Response r = Users.as("moderator3", "moderator3-pw").post("/api/v1/queue/next");
        assertEquals(200, r.statusCode());
        long id = r.jsonPath().getLong("id");
        assertEquals(1, audit(id, "claim", "moderator3",
                "before -> 'assignee' = cast('null' as jsonb) and after ->> 'assignee' = 'moderator3'"));
    }
}
