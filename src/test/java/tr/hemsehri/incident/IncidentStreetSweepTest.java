package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.TestData;

/**
 * A burst reported from its street waits in the pool; the water cut it causes opens an incident from the mahalles
 * behind it; when a member names the street, the waiting report is linked to that incident in the database too.
 */
@QuarkusTest
class IncidentStreetSweepTest {
    @Inject
    IngestionService ingestion;
    @Inject
    TestData data;

    private long ingest(String text, Instant at) {
        return ingestion.ingest(null, List.of(TestData.fromNewCitizen(Platform.X, text, at))).newCaseIds().get(0);
    }

    private long incidentOf(long caseId) {
        return data.count("select coalesce(max(incident_id), 0) from incident_cases where case_id = ?1", caseId);
    }

    @Test
    void aPooledBurstIsLinkedWhenTheCutLearnsItsStreet() {
        Instant now = Instant.now();
        long burst = ingest("Gaziemir Akçay caddesinde ana boru patladı, araçlar geçemiyor", now.minusSeconds(600));
        assertEquals(0, incidentOf(burst), "alone it waits in the pool");
        long[] cut = {ingest("Gaziemir Irmak mahallesinde su yok sabahtan beri", now.minusSeconds(500)),
                ingest("Irmak mah. Gaziemir sular kesik, ne zaman gelecek", now.minusSeconds(450)),
                ingest("Gaziemir Irmak'ta musluktan su akmıyor", now.minusSeconds(400)),
                ingest("Gaziemir Irmak mahallesi su yok, duyuru bile yok", now.minusSeconds(350))};
        long incident = incidentOf(cut[3]);
        assertTrue(incident > 0, "the cut opened an incident");
        assertEquals(0, incidentOf(burst), "the burst does not match it yet");
        long naming = ingest("Gaziemir Irmak'ta su yok, ekip Akçay caddesine geldi mi?", now.minusSeconds(300));
        assertEquals(incident, incidentOf(naming));
        assertEquals(incident, data.count("select coalesce(max(incident_id), 0) from incident_cases where case_id = ?1"
                + " and linked_by = 'AUTO'", burst), "the waiting burst follows the street into the incident");
    }
}
