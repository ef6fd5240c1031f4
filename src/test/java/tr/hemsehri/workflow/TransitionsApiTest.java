package tr.hemsehri.workflow;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/**
 * The legal paths WorkflowApiTest does not walk (referral, send back from in progress, moderator close of a
 * resolved case, reopen after closure back to the department), illegal moves with the allowed ones in the
 * problem body, and the audit event every status change writes.
 */
@QuarkusTest
class TransitionsApiTest extends PostgresTest {
    @Inject
    TestData data;
    @Inject
    IngestionService ingestion;

    private static RequestSpecification mod() {
        return Users.moderator().contentType("application/json");
    }

    private static RequestSpecification water() {
        return Users.as("water", "water").contentType("application/json");
    }

    private long manualCase(String text) {
        String author = "tr-" + UUID.randomUUID();
        return ingestion.ingest(null, List.of(TestData.message(Platform.MANUAL, "m-" + UUID.randomUUID(), null, author,
                text + " " + author, Instant.now()))).caseIds().get(0);
    }

    /** Exactly one audit row for this move, by this actor, with the state before and after. */
    private void audited(long id, String actor, String from, String to) {
        audited(id, actor, from, to, 1);
    }

    private void audited(long id, String actor, String from, String to, long times) {
        assertEquals(times, data.count("select count(*) from audit_events where entity_type = 'case' and entity_id = ?1 "
                + "and action = 'status' and actor = ?2 and before ->> 'status' = ?3 and after ->> 'status' = ?4",
                id, actor, from, to), "audit " + from + " -> " + to + " by " + actor);
    }

    private static void refused(RequestSpecification req, String path, String from, String to, String... allowed) {
        req.post(path).then().statusCode(409).contentType("application/problem+json")
                .body("from", equalTo(from)).body("to", equalTo(to))
                .body("allowedTransitions", equalTo(List.of(allowed)))
                .body("detail", containsString("İzin verilenler"));
    }

    @Test
    void referredCaseCanBeTriagedAgainOrClosed() {
        long id = manualCase("Mahallede doğalgaz kokusu var");
        mod().body("{\"institution\":\"NATURAL_GAS\"}").post("/api/v1/cases/" + id + "/refer").then().statusCode(200)
                .body("status", equalTo("REFERRED")).body("outOfScope", equalTo("NATURAL_GAS"));
        audited(id, "moderator", "NEW", "REFERRED");
        assertEquals(1, data.count("select count(*) from outbox where case_id = ?1 and text like '%187%'", id));
        refused(mod().body("{\"department\":\"WATER\"}"), "/api/v1/cases/" + id + "/forward", "REFERRED", "FORWARDED",
                "CLOSED", "TRIAGED");
        // The moderator was wrong about the institution: back to triage, then closed as duplicate.
        mod().body("{}").post("/api/v1/cases/" + id + "/triage").then().statusCode(200).body("status", equalTo("TRIAGED"));
        audited(id, "moderator", "REFERRED", "TRIAGED");
        mod().body("{\"note\":\"mükerrer\"}").post("/api/v1/cases/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        audited(id, "moderator", "TRIAGED", "CLOSED");
        mod().get("/api/v1/cases/" + id + "/workflow").then().statusCode(200)
                .body("history.to", equalTo(List.of("REFERRED", "TRIAGED", "CLOSED")))
                .body("history[2].note", equalTo("mükerrer"))
                .body("history[2].actor", equalTo("moderator"))
                .body("allowedTransitions", equalTo(List.of("REOPENED")));
    }

    @Test
    void inProgressCaseIsSentBackAndTheDueTimeCleared() {
        long id = manualCase("Alsancak'ta kaldırıma araç park ediliyor");
        mod().body("{\"department\":\"WATER\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        water().body("{}").post("/api/v1/inbox/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        audited(id, "water", "FORWARDED", "IN_PROGRESS");
        refused(water().body("{}"), "/api/v1/inbox/" + id + "/accept", "IN_PROGRESS", "IN_PROGRESS",
                "RESOLVED", "TRIAGED");
        water().body("{\"text\":\"zabıtanın konusu\"}").post("/api/v1/inbox/" + id + "/send-back").then()
                .statusCode(200).body("status", equalTo("TRIAGED"));
        audited(id, "water", "IN_PROGRESS", "TRIAGED");
        mod().get("/api/v1/cases/" + id).then().statusCode(200).body("summary.dueAt", equalTo(null));
        mod().get("/api/v1/cases/" + id + "/workflow").then().body("notes.kind", hasItem("SEND_BACK"))
                .body("history[2].note", equalTo("zabıtanın konusu"));
    }

    @Test
    void closedCaseIsReopenedToItsDepartmentWhenTheCitizenCallsBack() {
        long id = manualCase("Karşıyaka'da su borusu patladı");
        mod().body("{\"department\":\"WATER\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        water().body("{}").post("/api/v1/inbox/" + id + "/accept").then().statusCode(200);
        water().body("{\"text\":\"boru değiştirildi\"}").post("/api/v1/inbox/" + id + "/resolve").then()
                .statusCode(200);
        // The moderator closes a resolved case by hand (the citizen said thanks by phone).
        mod().body("{\"note\":\"vatandaş teşekkür etti\"}").post("/api/v1/cases/" + id + "/close").then()
                .statusCode(200).body("status", equalTo("CLOSED"));
        audited(id, "moderator", "RESOLVED", "CLOSED");
        refused(mod().body("{}"), "/api/v1/cases/" + id + "/triage", "CLOSED", "TRIAGED", "REOPENED");
        refused(water().body("{\"text\":\"x\"}"), "/api/v1/inbox/" + id + "/resolve", "CLOSED", "RESOLVED",
                "REOPENED");

        mod().body("{}").post("/api/v1/cases/" + id + "/reopen").then().statusCode(400);
        water().body("{\"reason\":\"x\"}").post("/api/v1/cases/" + id + "/reopen").then().statusCode(403);
        Instant before = Instant.now();
        String due = mod().body("{\"reason\":\"Vatandaş aradı: su yine akmıyor\"}")
                .post("/api/v1/cases/" + id + "/reopen").then().statusCode(200)
                .body("status", equalTo("REOPENED")).body("department", equalTo("WATER"))
                .extract().path("dueAt");
        audited(id, "moderator", "CLOSED", "REOPENED");
        // A fresh due time counted from the reopening, not the old one.
        Instant dueAt = Instant.parse(due);
        assertEquals(true, !dueAt.isBefore(before), "due " + dueAt + " after " + before);
        assertEquals(1, data.count("select reopen_count from cases where id = ?1", id));
        assertEquals(0, data.count("select count(*) from cases where id = ?1 and closed_at is not null", id));
        mod().get("/api/v1/cases/" + id + "/workflow").then()
                .body("notes.text", hasItem("Vatandaş aradı: su yine akmıyor"))
                .body("allowedTransitions", equalTo(List.of("IN_PROGRESS", "RESOLVED", "TRIAGED")));
        refused(mod().body("{\"reason\":\"tekrar\"}"), "/api/v1/cases/" + id + "/reopen", "REOPENED", "REOPENED",
                "IN_PROGRESS", "RESOLVED", "TRIAGED");

        // Back in the department's inbox: accepted and resolved again.
        water().get("/api/v1/inbox?status=REOPENED&size=100").then().statusCode(200).body("items.id", hasItem((int) id));
        water().body("{}").post("/api/v1/inbox/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        audited(id, "water", "REOPENED", "IN_PROGRESS");
        water().body("{\"text\":\"vana da değiştirildi\"}").post("/api/v1/inbox/" + id + "/resolve").then()
                .statusCode(200).body("status", equalTo("RESOLVED"));
        // The second resolution of this case: one audit row per move.
        audited(id, "water", "IN_PROGRESS", "RESOLVED", 2);
    }

    @Test
    void reopenIsRefusedWhereTheTableHasNoSuchMove() {
        long id = manualCase("Bornova'da çöp konteyneri taşıyor");
        refused(mod().body("{\"reason\":\"x\"}"), "/api/v1/cases/" + id + "/reopen", "NEW", "REOPENED",
                "CLOSED", "FORWARDED", "REFERRED", "TRIAGED");
        mod().body("{\"department\":\"CLEANING\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        refused(mod().body("{\"reason\":\"x\"}"), "/api/v1/cases/" + id + "/reopen", "FORWARDED", "REOPENED",
                "IN_PROGRESS", "RESOLVED", "TRIAGED");
        refused(mod().body("{}"), "/api/v1/cases/" + id + "/close", "FORWARDED", "CLOSED",
                "IN_PROGRESS", "RESOLVED", "TRIAGED");
        refused(mod().body("{\"institution\":\"POLICE\"}"), "/api/v1/cases/" + id + "/refer", "FORWARDED",
                "REFERRED", "IN_PROGRESS", "RESOLVED", "TRIAGED");
        // A refused move changes nothing and writes no audit row.
        mod().get("/api/v1/cases/" + id).then().body("summary.status", equalTo("FORWARDED"));
        assertEquals(1, data.count("select count(*) from audit_events where entity_type = 'case' and entity_id = ?1 "
                + "and action = 'status'", id));
    }

    @Test
    void closedWithoutAnyDepartmentCannotBeReopened() {
        long id = manualCase("Teşekkürler, harika bir etkinlikti");
        data.execute("update cases set department_id = null where id = ?1", id);
        mod().body("{\"note\":\"teşekkür\"}").post("/api/v1/cases/" + id + "/close").then().statusCode(200);
        mod().body("{\"reason\":\"aradı\"}").post("/api/v1/cases/" + id + "/reopen").then().statusCode(409)
                .body("detail", containsString("birimi yok"));
        mod().get("/api/v1/cases/" + id).then().body("summary.status", equalTo("CLOSED"));
    }
}
