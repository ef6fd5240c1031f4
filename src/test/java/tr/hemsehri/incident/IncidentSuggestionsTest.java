package tr.hemsehri.incident;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/**
 * The incident page's suggestions over HTTP: an ungrouped follow-up from the outage's mahalle is suggested (API and
 * console, with a link button), a moderator links it with one click, and it is suggested no more; a department
 * reads the incident but gets no suggestions. Two ungrouped reports of one fault, settled for an hour, are proposed
 * on the incident list and opened as one incident.
 */
@QuarkusTest
class IncidentSuggestionsTest extends PostgresTest {
    private static final String[] CAMKULE = {"Bornova Çamkule'de sabahtan beri su yok",
            "Bornova Çamkule Mahallesi'nde sular kesik, ne zaman gelecek?", "bornova camkule su yok #suyok",
            "Çamkule mahallesinde musluktan su akmıyor @izsu"};

    @Inject
    TestData data;
    @Inject
    tr.hemsehri.incident.service.IncidentGrouping grouping;

    /** Another test's live Bornova incident of the same class would take these reports in (another mahalle, one district). */
    private void noLiveBornovaIncident() {
        data.execute("update incidents set status = 'RESOLVED', resolved_at = now()"
                + " where status in ('SUGGESTED', 'OPEN', 'IN_PROGRESS') and district = 'Bornova'");
        grouping.changed();
    }

    @Test
    void aFollowUpTheRulesLeftOutIsSuggestedAndLinkedWithOneClick() {
        noLiveBornovaIncident();
        List<Long> cases = new ArrayList<>();
        for (String t : CAMKULE) {
            cases.add(data.newCase(t));
        }
        long incident = data.count("select incident_id from incident_cases where case_id = ?1", cases.get(0));
        assertEquals(4, data.count("select count(*) from incident_cases where incident_id = ?1", incident));
        long followUp = data.newCase("Çamkule'de de yok, ne zaman gelir");
        assertEquals(0, data.count("select count(*) from incident_cases where case_id = ?1", followUp),
                "the rules leave a follow-up that names no problem out of a four-report incident");

        Users.moderator().get("/api/v1/incidents/" + incident + "/suggestions").then().statusCode(200)
                .body("caseId", hasItem((int) followUp)).body("caseId", not(hasItem((int) (long) cases.get(0))));
        Users.as("water", "water").get("/api/v1/incidents/" + incident + "/suggestions").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));

        IncidentConsoleTest.Session mod = IncidentConsoleTest.login("moderator", "moderator");
        String page = mod.page("/console/incidents/" + incident);
        assertTrue(page.contains("id=\"suggested-cases\"") && page.contains("data-suggested=\"" + followUp + "\"")
                && page.contains(CaseEntity.reference(followUp)), "the page lists the suggestion with its case");
        mod.post().formParam("cases", CaseEntity.reference(followUp)).post("/console/incidents/" + incident + "/link")
                .then().statusCode(200);
        assertEquals(incident, data.count("select incident_id from incident_cases where case_id = ?1 and linked_by = 'MANUAL'",
                followUp));
        Users.moderator().get("/api/v1/incidents/" + incident + "/suggestions").then().statusCode(200)
                .body("caseId", not(hasItem((int) followUp)));
        assertTrue(!mod.page("/console/incidents/" + incident).contains("data-suggested=\"" + followUp + "\""));
    }

    @Test
    void anUnknownIncidentHasNoSuggestionsButANotFoundProblem() {
        Users.moderator().get("/api/v1/incidents/987654321/suggestions").then().statusCode(404)
                .contentType(org.hamcrest.Matchers.containsString("json"));
    }

    @Inject
    IngestionService ingestion;

    private long caseAt(String text, int minutesAgo) {
        return ingestion.ingest(null, List.of(TestData.fromNewCitizen(Platform.X, text,
                Instant.now().minusSeconds(60L * minutesAgo)))).newCaseIds().get(0);
    }

    @Test
    void twoUngroupedReportsOfOneFaultAreProposedAndOpenedAsAnIncident() {
        noLiveBornovaIncident();
        long pole = caseAt("Bornova Egemenlik'te elektrik direği eğilmiş, kablolar sarkıyor", 120);
        long cables = caseAt("egemenlikte kablolar yere kadar sarkmis tehlikeli", 110);
        long other = caseAt("Bornova Çamkule'de kaldırım kırık, yaşlılar düşüyor", 100);
        assertEquals(0, data.count("select count(*) from incident_cases where case_id in (?1, ?2)", pole, cables),
                "no rule groups the two");
        List<List<Integer>> proposed = Users.moderator().get("/api/v1/incidents/proposals").then().statusCode(200)
                .extract().jsonPath().getList("cases.caseId");
        List<Integer> withPole = proposed.stream().filter(g -> g.contains((int) pole)).findFirst().orElseThrow(
                () -> new AssertionError("no proposal holds the pole's report: " + proposed));
        assertTrue(withPole.contains((int) cables) && !withPole.contains((int) other), withPole.toString());
        Users.as("water", "water").get("/api/v1/incidents/proposals").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));

        IncidentConsoleTest.Session mod = IncidentConsoleTest.login("moderator", "moderator");
        String list = mod.page("/console/incidents");
        assertTrue(list.contains("id=\"proposed-incidents\"") && list.contains("data-proposed=\"" + pole + "\"")
                && list.contains("data-proposed=\"" + cables + "\""), "the list shows the proposal");
        mod.post().formParam("cases", CaseEntity.reference(pole) + ", " + CaseEntity.reference(cables))
                .post("/console/incidents/create").then().statusCode(200);
        long incident = data.count("select incident_id from incident_cases where case_id = ?1", pole);
        assertEquals(incident, data.count("select incident_id from incident_cases where case_id = ?1", cables));
        assertTrue(!Users.moderator().get("/api/v1/incidents/proposals").then().statusCode(200).extract().asString()
                .contains("\"caseId\":" + pole + ","), "opened: proposed no more");
    }
}
