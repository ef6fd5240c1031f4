package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.service.IncidentGrouping;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/**
 * A bus line reported from two districts opens one incident titled by the line, without a neighbourhood, and a
 * rebuilt index (restart, rollback) still knows it: a later report that names no place at all joins it.
 */
@QuarkusTest
class IncidentLineTest {
    @Inject
    IngestionService ingestion;
    @Inject
    TestData data;
    @Inject
    IncidentGrouping grouping;

    private long ingest(String text, Instant at) {
        return ingestion.ingest(null, List.of(TestData.fromNewCitizen(Platform.X, text, at))).newCaseIds().get(0);
    }

    @Test
    void busLineAcrossDistrictsIsOneIncidentAndSurvivesAReload() {
        Instant now = Instant.now();
        long[] cases = {
                ingest("737 numaralı otobüs Karşıyaka'da 1 saattir gelmiyor", now.minusSeconds(300)),
                ingest("737 otobüsü Bornova'dan hiç geçmedi, işe geç kaldık", now.minusSeconds(240)),
                ingest("Karşıyaka'da 737 numaralı otobüs yok mu bugün, durakta bekliyoruz", now.minusSeconds(180)),
                ingest("737 hattı neden çalışmıyor? Bornova'da 50 dakikadır bekliyoruz", now.minusSeconds(120))};
        long incident = data.count("select incident_id from incident_cases where case_id = ?1", cases[3]);
        assertTrue(incident > 0, "the fourth report completes a spike");
        for (long c : cases) {
            assertEquals(incident, data.count("select incident_id from incident_cases where case_id = ?1", c));
        }
        assertEquals(2, data.count("select count(distinct c.district) from cases c join incident_cases ic"
                + " on ic.case_id = c.id where ic.incident_id = ?1", incident), "reported from two districts");
        assertEquals(0, data.count("select count(*) from incidents where id = ?1 and neighborhood is not null",
                incident));
        String title = Users.moderator().get("/api/v1/incidents/" + incident).then().statusCode(200)
                .extract().path("incident.title");
        assertTrue(title.endsWith("737 hattı"), title);

        grouping.changed(); // rebuild the index from the database, as after a restart
        long later = ingest("ESHOT 737 seferleri yapılmıyor mu?", now.minusSeconds(60));
        assertEquals(incident, data.count("select incident_id from incident_cases where case_id = ?1 and linked_by = 'AUTO'",
                later), "a report naming only the line joins the reloaded incident");
    }
}
