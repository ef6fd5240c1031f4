package tr.hemsehri.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
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

/** The case page tells staff about a failed delivery in Turkish; the platform's raw error is only folded away. */
@QuarkusTest
class ConsoleCasePageTest extends PostgresTest {
    @Inject
    IngestionService ingestion;
    @Inject
    TestData data;

    @Test
    void deliveryFailureIsAShortTurkishMessage() {
        String ext = "t-" + UUID.randomUUID();
        long id = ingestion.ingest(null, List.of(TestData.message(Platform.X, ext, null, "u-" + ext,
                "Gaziemir'de sokak lambası yanmıyor", Instant.now()))).caseIds().get(0);
        Users.moderator().contentType("application/json").body("{\"visibility\":\"PUBLIC\",\"text\":\"Ekiplerimize ilettik.\"}")
                .post("/api/v1/cases/" + id + "/replies").then().statusCode(202);
        // the reply's delivery as the X connector records it when the platform refuses a post id, after the
        // last attempt (set here: whether X can be reached depends on which simulators other tests started)
        String raw = "TRANSIENT: X reply failed: java.lang.NumberFormatException: For input string: \"" + ext + "\"";
        data.execute("update outbox set status = 'FAILED', attempts = 6, last_error = ?1 where case_id = ?2", raw, id);
        assertTrue(data.count("select count(*) from outbox where case_id = ?1 and status = 'FAILED'", id) > 0);

        ConsoleAuthTest.Session s = ConsoleAuthTest.login("moderator", "moderator");
        String html = given().cookies(s.cookies()).get("/console/cases/" + id).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Platforma ulaşılamadı; denemeler sonuç vermedi."), html);
        assertTrue(html.contains("Gönderim sorunları"));
        assertTrue(html.contains("Teknik ayrıntı"), "the raw error is still there for support");
        // outside a title attribute and the folded details, no Java text reaches the page
        String visible = html.replaceAll("title=\"[^\"]*\"", "")
                .replaceAll("(?s)<details class=\"raw-error\">.*?</details>", "");
        assertFalse(visible.contains("NumberFormatException") || visible.contains("java.lang"), visible);
        assertFalse(visible.contains("TRANSIENT"));
    }
}
