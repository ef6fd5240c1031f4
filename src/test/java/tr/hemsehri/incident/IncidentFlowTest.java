package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/** Outage day end to end: grouping, early warning, one update to all, newcomers, resolution, planned outages. */
@QuarkusTest
class IncidentFlowTest extends PostgresTest {
    private static final String[] WATER = {
            "Bostanlı'da su yok", "bostanli su yok #suyok", "Bostanlı'da sular kesik, ne zaman gelecek?",
            "Bostanlıda su gelmiyor 😡", "BOSTANLI SU YOK!!!", "Bostanlı'da sabahtan beri su yok lütfen açıklama",
            "bostanlıda su yokk ne zmn gelcek", "Bostanlı'da musluktan su akmıyor", "Bostanlı susuz kaldı",
            "Bostanlı Mahallesi'nde su kesintisi var mı"};

    @Inject
    IngestionService ingestion;
    @Inject
    TestData data;

    private static InboundMessage msg(Platform p, String text, Instant at) {
        String id = UUID.randomUUID().toString();
        Visibility v = p == Platform.WHATSAPP ? Visibility.PRIVATE : Visibility.PUBLIC;
        return new InboundMessage(p, "inc-" + id, null, null, "a-" + id, "@a" + id.substring(0, 8), "Vatandaş " + id.substring(0, 4),
                text, at, v, "{\"id\":\"" + id + "\"}");
    }

    @Test
    void fiveHundredReportsOneIncidentOneUpdateReachesAll() {
        Platform[] platforms = {Platform.X, Platform.FACEBOOK, Platform.INSTAGRAM, Platform.WHATSAPP};
        List<Long> caseIds = new ArrayList<>();
        Instant t0 = Instant.now().minus(30, ChronoUnit.MINUTES);
        for (int b = 0; b < 10; b++) {
            List<InboundMessage> batch = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                int n = b * 50 + k;
                batch.add(msg(platforms[n % 4], WATER[n % WATER.length], t0.plusSeconds(n)));
            }
            caseIds.addAll(ingestion.ingest(null, batch).newCaseIds());
        }
        assertEquals(500, caseIds.size());
        String ids = caseIds.toString().replace('[', '{').replace(']', '}');
        assertEquals(1, data.count("select count(distinct incident_id) from incident_cases where case_id = any(cast(?1 as bigint[]))", ids));
        assertEquals(500, data.count("select count(*) from incident_cases where case_id = any(cast(?1 as bigint[]))", ids));
        long incident = data.count("select incident_id from incident_cases where case_id = ?1", caseIds.get(0));

        Map<String, Object> view = Users.moderator().get("/api/v1/incidents/" + incident).then().statusCode(200)
                .extract().path("incident");
        assertEquals("SUGGESTED", view.get("status"));
        // Other tests in the same run may have reported the same Bostanlı outage: they belong to it too.
        int reports = ((Number) view.get("reportCount")).intValue();
        org.junit.jupiter.api.Assertions.assertTrue(reports >= 500, "all 500 in one incident: " + reports);
        assertEquals(4, ((Map<?, ?>) view.get("byPlatform")).size());
        assertEquals("WATER", view.get("departmentCode"));
        Users.moderator().post("/api/v1/incidents/" + incident + "/confirm").then().statusCode(200);
        Users.as("water", "water").get("/api/v1/incidents/" + incident).then().statusCode(200);
        Users.as("cleaning", "cleaning").get("/api/v1/incidents/" + incident).then().statusCode(404);
        Users.as("water", "water").contentType("application/json").body(Map.of("text", "x"))
                .post("/api/v1/incidents/" + incident + "/updates").then().statusCode(403);

        Users.moderator().contentType("application/json")
                .body(Map.of("text", "Ekiplerimiz çalışıyor, tahmini bitiş 16:00", "status", "IN_PROGRESS"))
                .post("/api/v1/incidents/" + incident + "/updates").then().statusCode(200)
                .body("recipients", org.hamcrest.Matchers.equalTo(reports));
        assertEquals(500, data.count("select count(*) from outbox where kind = 'INCIDENT_UPDATE' and case_id = any(cast(?1 as bigint[]))", ids));
        assertEquals(500, data.count("select count(distinct case_id) from outbox where kind = 'INCIDENT_UPDATE' and case_id = any(cast(?1 as bigint[]))", ids));
        assertEquals(125, data.count("select count(*) from outbox where kind = 'INCIDENT_UPDATE' and visibility = 'PRIVATE' and case_id = any(cast(?1 as bigint[]))", ids));
        assertEquals(500, data.count("select count(*) from cases where status = 'IN_PROGRESS' and id = any(cast(?1 as bigint[]))", ids));

        // a citizen who writes now joins at once and gets the current status
        long late = ingestion.ingest(null, List.of(msg(Platform.X, "Bostanlı'da hala su yok!", Instant.now())))
                .newCaseIds().get(0);
        assertEquals(incident, data.count("select incident_id from incident_cases where case_id = ?1", late));
        assertEquals(1, data.count("select count(*) from outbox where kind = 'INCIDENT_UPDATE' and case_id = ?1"
                + " and text like '%Ekiplerimiz çalışıyor%'", late));
        assertEquals(1, data.count("select count(*) from cases where id = ?1 and status = 'IN_PROGRESS'", late));

        Users.moderator().contentType("application/json").body(Map.of("text", "Arıza giderildi, sular verildi.", "status", "RESOLVED"))
                .post("/api/v1/incidents/" + incident + "/updates").then().statusCode(200)
                .body("recipients", org.hamcrest.Matchers.equalTo(reports + 1));
        assertEquals(1000, data.count("select count(*) from outbox where kind = 'INCIDENT_UPDATE' and case_id = any(cast(?1 as bigint[]))", ids));
        assertEquals(500, data.count("select count(*) from cases where status in ('RESOLVED', 'CLOSED') and id = any(cast(?1 as bigint[]))", ids));
        assertEquals(500, data.count("select count(distinct case_id) from satisfaction_checks where case_id = any(cast(?1 as bigint[]))", ids));
        assertEquals(0, data.count("select count(*) from (select idempotency_key from outbox group by 1 having count(*) > 1) d"));
    }

    @Test
    void plannedOutageAnswersMatchingReports() {
        Instant now = Instant.now();
        Number id = Users.moderator().contentType("application/json").body(Map.of("department", "WATER",
                "district", "Bornova", "neighborhood", "Kazımdirik", "start", now.minusSeconds(600).toString(),
                "end", now.plusSeconds(3 * 3600).toString(),
                "announcement", "Kazımdirik'te planlı bakım nedeniyle 10:00-16:00 arası su kesintisi var."))
                .post("/api/v1/incidents/planned").then().statusCode(200).extract().path("id");
        long water = ingestion.ingest(null, List.of(msg(Platform.FACEBOOK, "Kazımdirik'te su yok, ne zaman gelecek?", now)))
                .newCaseIds().get(0);
        long road = ingestion.ingest(null, List.of(msg(Platform.FACEBOOK, "Kazımdirik'te yolda çukur var", now)))
                .newCaseIds().get(0);
        assertEquals(id.longValue(), data.count("select incident_id from incident_cases where case_id = ?1 and linked_by = 'PLANNED'", water));
        assertEquals(0, data.count("select count(*) from incident_cases where case_id = ?1 and incident_id = ?2", road,
                id.longValue()));
        assertEquals(1, data.count("select count(*) from outbox where case_id = ?1 and kind = 'INCIDENT_UPDATE' and text like '%planlı bakım%'", water));
    }

    @Test
    void moderatorLinksUnlinksSplitsMergesAndDismisses() {
        long a = data.newCase("Alsancak'ta sokak lambaları yanmıyor");
        long b = data.newCase("Alsancak'ta çöpler alınmadı");
        long c = data.newCase("Buca'da otobüs gelmedi");
        Number i1 = Users.moderator().contentType("application/json").body(Map.of("caseIds", List.of(a, b)))
                .post("/api/v1/incidents").then().statusCode(200).body("reportCount", org.hamcrest.Matchers.equalTo(2))
                .extract().path("id");
        Number i2 = Users.moderator().contentType("application/json").body(Map.of("caseIds", List.of(b)))
                .post("/api/v1/incidents/" + i1 + "/split").then().statusCode(200).extract().path("id");
        Users.moderator().get("/api/v1/incidents/" + i1).then().statusCode(200).body("incident.reportCount", org.hamcrest.Matchers.equalTo(1));
        Users.moderator().contentType("application/json").body(Map.of("caseIds", List.of(c)))
                .post("/api/v1/incidents/" + i2 + "/cases").then().statusCode(200).body("reportCount", org.hamcrest.Matchers.equalTo(2));
        Users.moderator().delete("/api/v1/incidents/" + i2 + "/cases/" + c).then().statusCode(200).body("reportCount", org.hamcrest.Matchers.equalTo(1));
        Users.moderator().contentType("application/json").body(Map.of("otherId", i2))
                .post("/api/v1/incidents/" + i1 + "/merge").then().statusCode(200).body("reportCount", org.hamcrest.Matchers.equalTo(2));
        Users.moderator().get("/api/v1/incidents/" + i2).then().statusCode(200).body("incident.status", org.hamcrest.Matchers.equalTo("MERGED"));
        Users.moderator().contentType("application/json").body(Map.of("eta", Instant.now().plusSeconds(3600).toString()))
                .patch("/api/v1/incidents/" + i1).then().statusCode(200);
        Users.moderator().post("/api/v1/incidents/" + i1 + "/dismiss").then().statusCode(200).body("reportCount", org.hamcrest.Matchers.equalTo(0));
    }
}
