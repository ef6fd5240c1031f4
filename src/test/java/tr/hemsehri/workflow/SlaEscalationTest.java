package tr.hemsehri.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/** SLA due times counted from forwarding, the three escalation lists, the overdue flag and time in each state. */
@QuarkusTest
class SlaEscalationTest extends PostgresTest {
    /** Older than anything other tests create, so these cases sort first in the (limited) escalation lists. */
    private static final String LONG_AGO = "2001-01-01T00:00:00Z";

    @Inject
    TestData data;
    @Inject
    IngestionService ingestion;

    private static RequestSpecification mod() {
        return Users.moderator().contentType("application/json");
    }

    private long manualCase(String text) {
        String author = "sla-" + UUID.randomUUID();
        return ingestion.ingest(null, List.of(TestData.message(Platform.MANUAL, "m-" + UUID.randomUUID(), null, author,
                text + " " + author, Instant.now()))).caseIds().get(0);
    }

    private long forwardedAllowanceSeconds(boolean urgent, String category) {
        long id = manualCase("Buca'da yol çalışması bitmedi");
        data.execute("update cases set urgent = ?2, category = ?3 where id = ?1", id, urgent, category);
        mod().body("{\"department\":\"PUBLIC_WORKS\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        return data.count("select extract(epoch from due_at - forwarded_at)::bigint from cases where id = ?1", id);
    }

    @Test
    void dueTimeByUrgencyAndCategoryFromForwarding() {
        assertEquals(Duration.ofHours(2).toSeconds(), forwardedAllowanceSeconds(true, "COMPLAINT"), "urgent");
        assertEquals(Duration.ofDays(3).toSeconds(), forwardedAllowanceSeconds(false, "COMPLAINT"), "complaint");
        assertEquals(Duration.ofDays(7).toSeconds(), forwardedAllowanceSeconds(false, "REQUEST"), "request");
        assertEquals(Duration.ofDays(7).toSeconds(), forwardedAllowanceSeconds(false, "SUPPORT"), "other");
        // Urgency wins over the category.
        assertEquals(Duration.ofHours(2).toSeconds(), forwardedAllowanceSeconds(true, "REQUEST"), "urgent request");
    }

    @Test
    void escalationListsFollowTheThresholds() {
        // New cases nobody took: 4 h, or 15 min when urgent.
        long oldNew = manualCase("Bayraklı'da kaldırım taşları söküldü");
        long freshNew = manualCase("Bayraklı'da kaldırım taşları yine söküldü");
        long urgentNew = manualCase("Konak'ta elektrik direği yola devrildi");
        long urgentFresh = manualCase("Konak'ta ağaç yola devrildi");
        long claimedOld = manualCase("Konak'ta çukur var");
        data.execute("update cases set urgent = false, created_at = cast(?2 as timestamptz) where id = ?1", oldNew, LONG_AGO);
        data.execute("update cases set urgent = false, created_at = now() - interval '3 hours' where id = ?1", freshNew);
        data.execute("update cases set urgent = true, created_at = now() - interval '20 minutes' where id = ?1", urgentNew);
        data.execute("update cases set urgent = true, created_at = now() - interval '10 minutes' where id = ?1", urgentFresh);
        data.execute("update cases set created_at = cast(?2 as timestamptz), assignee_id = (select id from app_users "
                + "where username = 'moderator') where id = ?1", claimedOld, LONG_AGO);

        // Forwarded and not accepted for 8 h; overdue at the department.
        long notAccepted = manualCase("Çiğli'de park bakımsız");
        long acceptedLate = manualCase("Çiğli'de bank kırık");
        long recentForward = manualCase("Çiğli'de salıncak kırık");
        for (long id : List.of(notAccepted, acceptedLate, recentForward)) {
            mod().body("{\"department\":\"PARKS\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        }
        Users.as("parks", "parks").contentType("application/json").body("{}")
                .post("/api/v1/inbox/" + acceptedLate + "/accept").then().statusCode(200);
        data.execute("update cases set forwarded_at = cast(?2 as timestamptz), due_at = cast(?2 as timestamptz) "
                + "+ interval '1 day' where id = ?1", notAccepted, LONG_AGO);
        data.execute("update cases set forwarded_at = cast(?2 as timestamptz), due_at = cast(?2 as timestamptz) "
                + "+ interval '1 day' where id = ?1", acceptedLate, LONG_AGO);
        data.execute("update cases set forwarded_at = now() - interval '1 hour' where id = ?1", recentForward);

        JsonPath e = mod().get("/api/v1/escalations").then().statusCode(200).extract().jsonPath();
        List<Integer> unclaimed = e.getList("unclaimed.id");
        assertTrue(unclaimed.contains((int) oldNew), "new, nobody took it for years");
        assertTrue(unclaimed.contains((int) urgentNew), "urgent, nobody took it for 20 min");
        assertTrue(!unclaimed.contains((int) freshNew), "3 h is under the 4 h threshold");
        assertTrue(!unclaimed.contains((int) urgentFresh), "10 min is under the urgent 15 min threshold");
        assertTrue(!unclaimed.contains((int) claimedOld), "someone holds it");
        assertTrue(unclaimed.indexOf((int) urgentNew) < unclaimed.indexOf((int) oldNew), "urgent first");

        List<Integer> notAcceptedIds = e.getList("notAccepted.id");
        assertTrue(notAcceptedIds.contains((int) notAccepted));
        assertTrue(!notAcceptedIds.contains((int) acceptedLate), "accepted, even if late");
        assertTrue(!notAcceptedIds.contains((int) recentForward), "forwarded 1 h ago");

        List<Integer> overdue = e.getList("overdue.id");
        assertTrue(overdue.contains((int) notAccepted), "FORWARDED past its due time");
        assertTrue(overdue.contains((int) acceptedLate), "IN_PROGRESS past its due time");
        assertTrue(!overdue.contains((int) recentForward), "due in days");

        mod().get("/api/v1/cases/" + acceptedLate + "/workflow").then().statusCode(200).body("overdue", equalTo(true));
        mod().get("/api/v1/cases/" + recentForward + "/workflow").then().statusCode(200).body("overdue", equalTo(false));
        // Resolved past the due time: no longer overdue, and off the list.
        Users.as("parks", "parks").contentType("application/json").body("{\"text\":\"bank yenilendi\"}")
                .post("/api/v1/inbox/" + acceptedLate + "/resolve").then().statusCode(200);
        mod().get("/api/v1/cases/" + acceptedLate + "/workflow").then().body("overdue", equalTo(false));
        mod().get("/api/v1/escalations").then().body("overdue.id", not(hasItem((int) acceptedLate)));
    }

    @Test
    void secondsInEachStateFromTheHistory() {
        long id = manualCase("Gaziemir'de su kesintisi");
        mod().body("{}").post("/api/v1/cases/" + id + "/triage").then().statusCode(200);
        mod().body("{\"department\":\"WATER\"}").post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        // Created 10 h ago, triaged after 1 h, forwarded 3 h later, waiting at the department for 6 h since.
        data.execute("update cases set created_at = now() - interval '10 hours' where id = ?1", id);
        data.execute("update case_status_history set at = now() - interval '9 hours' where case_id = ?1 "
                + "and to_status = 'TRIAGED'", id);
        data.execute("update case_status_history set at = now() - interval '6 hours' where case_id = ?1 "
                + "and to_status = 'FORWARDED'", id);
        JsonPath w = mod().get("/api/v1/cases/" + id + "/workflow").then().statusCode(200).extract().jsonPath();
        // Each now() above is its own transaction, a few milliseconds apart: allow a second either way.
        long inNew = w.getLong("secondsInState.NEW");
        long inTriaged = w.getLong("secondsInState.TRIAGED");
        assertTrue(Math.abs(inNew - 3600) <= 1, "NEW " + inNew);
        assertTrue(Math.abs(inTriaged - 3 * 3600) <= 1, "TRIAGED " + inTriaged);
        long forwarded = w.getLong("secondsInState.FORWARDED");
        assertTrue(forwarded >= 6 * 3600 && forwarded < 6 * 3600 + 120, "current state counted up to now: " + forwarded);
        assertEquals(List.of("FORWARDED", "NEW", "TRIAGED"), w.getMap("secondsInState").keySet().stream().sorted().toList());
    }
}
