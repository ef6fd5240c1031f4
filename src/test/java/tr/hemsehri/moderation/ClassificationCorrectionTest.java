package tr.hemsehri.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

@QuarkusTest
class ClassificationCorrectionTest extends PostgresTest {
    @Inject
    TestData data;

    @Test
    void overridesAreStoredAsCorrectionsAndAudited() {
        long id = data.newCase("Mavişehir'de parkın salıncağı kırık, çocuklar tehlikede");
        // Whatever the NLP stage suggested, override with values that differ from it.
        var before = Users.moderator().get("/api/v1/cases/" + id).then().statusCode(200).extract().jsonPath();
        String department = "CULTURE".equals(before.getString("summary.department")) ? "ZONING" : "CULTURE";
        String category = "SUPPORT".equals(before.getString("summary.category")) ? "REQUEST" : "SUPPORT";
        Users.moderator().contentType("application/json")
                .body("{\"category\":\"" + category + "\",\"department\":\"" + department + "\","
                        + "\"district\":\"Karşıyaka-test\",\"neighborhood\":\"Mavişehir-test\",\"neighborhoodId\":12345}")
                .patch("/api/v1/cases/" + id + "/classification")
                .then().statusCode(200)
                .body("summary.department", equalTo(department))
                .body("summary.category", equalTo(category))
                .body("summary.neighborhood", equalTo("Mavişehir-test"))
                .body("corrections.field", hasItem("department"));
        assertEquals(4, data.count("select count(*) from classification_corrections where case_id = ?1", id));
        assertEquals(1, data.count("select count(*) from classification_corrections where case_id = ?1 "
                + "and field = 'department' and new_value = ?2 and text like 'Mavişehir%'", id, department));
        assertEquals(1, data.count("select count(*) from audit_events where entity_type = 'case' and entity_id = ?1 "
                + "and action = 'reclassify' and after ->> 'department' = ?2", id, department));
        // The same values again change nothing and record nothing.
        Users.moderator().contentType("application/json").body("{\"department\":\"" + department + "\"}")
                .patch("/api/v1/cases/" + id + "/classification").then().statusCode(200);
        assertEquals(4, data.count("select count(*) from classification_corrections where case_id = ?1", id));
    }

    @Test
    void correctionsExportAsTrainingLines() {
        long id = data.newCase("Çiğli'de ağaç devrildi yol kapandı");
        Users.moderator().contentType("application/json")
                .body("{\"department\":\"CULTURE\",\"district\":\"Bornova-test\"}")
                .patch("/api/v1/cases/" + id + "/classification").then().statusCode(200);
        String lines = Users.moderator().get("/api/v1/corrections/export").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        String line = lines.lines().filter(l -> l.contains("\"correction-case-" + id + "\"")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(line.contains("\"text\":\"Çiğli'de ağaç devrildi yol kapandı\""), line);
        org.junit.jupiter.api.Assertions.assertTrue(line.contains("\"department\":\"CULTURE\""), line);
        org.junit.jupiter.api.Assertions.assertTrue(line.contains("\"district\":\"Bornova-test\""), line);
        Users.moderator().get("/api/v1/corrections/export?since=yesterday").then().statusCode(400);
    }

    @Test
    void timelineShowsEveryMessageOfTheCase() {
        long id = data.newCase("Gaziemir'de otobüs durağı yok");
        Users.moderator().get("/api/v1/cases/" + id).then().statusCode(200)
                .body("timeline.size()", equalTo(1))
                .body("timeline[0].text", equalTo("Gaziemir'de otobüs durağı yok"))
                .body("summary.reference", equalTo(String.format("HMS-%07d", id)));
        Users.moderator().get("/api/v1/cases/999999999").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
