package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.service.IncidentGrouping;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/**
 * A planned cut covers every mahalle its announcement lists, also after a status update replaced its public text and
 * the index was rebuilt (as after a restart); a mahalle it does not list stays out.
 */
@QuarkusTest
class IncidentPlannedAreaTest {
    @Inject
    IngestionService ingestion;
    @Inject
    TestData data;
    @Inject
    IncidentGrouping grouping;

    private long ingest(String text, Instant at) {
        return ingestion.ingest(null, List.of(TestData.fromNewCitizen(Platform.FACEBOOK, text, at))).newCaseIds().get(0);
    }

    @Test
    void theAnnouncedMahallesStayCoveredAfterAnUpdateAndAReload() {
        Instant now = Instant.now();
        Number id = Users.moderator().contentType("application/json").body(Map.of("department", "WATER",
                "district", "Karabağlar", "neighborhood", "Esentepe", "start", now.minusSeconds(600).toString(),
                "end", now.plusSeconds(3 * 3600).toString(), "announcement",
                "Şebeke bağlantısı nedeniyle Esentepe ve Bahçelievler mahallelerinde 10:00-16:00 arası planlı su "
                        + "kesintisi yapılacaktır."))
                .post("/api/v1/incidents/planned").then().statusCode(200).extract().path("id");
        Users.moderator().contentType("application/json").body(Map.of("text",
                "Ekiplerimiz çalışıyor, tahmini bitiş 16:00.", "status", "IN_PROGRESS"))
                .post("/api/v1/incidents/" + id + "/updates").then().statusCode(200);
        grouping.changed(); // rebuild the index from the database, as after a restart

        long listed = ingest("Karabağlar Bahçelievler mahallesinde su yok, ne zaman gelecek?", now);
        assertEquals(id.longValue(), data.count("select coalesce(max(incident_id), 0) from incident_cases"
                + " where case_id = ?1 and linked_by = 'PLANNED'", listed), "a mahalle the announcement lists");
        long other = ingest("Karabağlar Poligon mahallesinde su yok, ne zaman gelecek?", now);
        assertEquals(0, data.count("select count(*) from incident_cases where case_id = ?1 and incident_id = ?2",
                other, id.longValue()), "a mahalle it does not list");
    }
}
