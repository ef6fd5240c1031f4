package tr.hemsehri.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.hemsehri.nlp.tools.Corpus;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/**
 * {@code POST /api/v1/analyze}: every field of the answer, the request's place scope, bad inputs over HTTP; and the
 * moderators' corrections export read back by the trainer's corpus reader ({@code Train --extra}).
 */
@QuarkusTest
class AnalyzeResourceTest extends PostgresTest {
    @Inject
    TestData data;

    private static JsonPath analyze(Object body) {
        return Users.moderator().contentType("application/json").body(body).post("/api/v1/analyze").then()
                .statusCode(200).contentType("application/json").extract().jsonPath();
    }

    /** category is the best of the three scores, which sum to 1; confidence is that score (or lower, for no words). */
    private static void consistentScores(JsonPath a) {
        Map<String, Float> scores = a.getMap("scores", String.class, Float.class);
        assertEquals(java.util.Set.of("COMPLAINT", "REQUEST", "SUPPORT"), scores.keySet());
        assertEquals(1.0, scores.values().stream().mapToDouble(Float::doubleValue).sum(), 1e-4);
        String best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(best, a.getString("category"));
        double confidence = a.getDouble("confidence");
        assertTrue(confidence > 0 && confidence <= scores.get(best) + 1e-6, "confidence " + confidence);
    }

    @Test
    void everyFieldOfAnInScopeComplaint() {
        JsonPath a = analyze(Map.of("text", "Bostanlı'da 3 gündür su yok", "province", "İzmir"));
        assertEquals("COMPLAINT", a.getString("category"));
        consistentScores(a);
        assertTrue(a.getDouble("confidence") > 0.5, "confident complaint");
        assertFalse(a.getBoolean("urgent"));
        assertNull(a.get("urgencyReason"));
        assertNull(a.get("outOfScope"));
        assertEquals("WATER", a.getString("department"));
        assertEquals("Karşıyaka", a.getString("district"));
        assertEquals("Bostanlı", a.getString("neighborhood"));
        assertEquals(41108L, a.getLong("neighborhoodId"));
        // no province in the request: the deployment's (İzmir) is used
        assertEquals("Bostanlı", analyze(Map.of("text", "Bostanlı'da 3 gündür su yok")).getString("neighborhood"));
    }

    @Test
    void urgentAndOutOfScopeCarryReasonInstitutionAndReferral() {
        JsonPath a = analyze(Map.of("text", "Apartmanda doğalgaz kokusu var, çok korkuyoruz"));
        consistentScores(a);
        assertTrue(a.getBoolean("urgent"));
        assertEquals("Gaz kaçağı şüphesi", a.getString("urgencyReason"));
        assertEquals("NATURAL_GAS", a.getString("outOfScope.institution"));
        assertEquals("187", a.getString("outOfScope.phone"));
        assertTrue(a.getString("outOfScope.referral").contains("187"), a.getString("outOfScope.referral"));
        assertEquals("OTHER", a.getString("department"), "out-of-scope messages go to OTHER");
        assertNull(a.get("district"));
        assertNull(a.get("neighborhood"));
        assertNull(a.get("neighborhoodId"));
    }

    @Test
    void provinceAndDistrictOfTheRequestOverrideTheDeployment() {
        JsonPath esenyurt = analyze(Map.of("text", "Saadetdere mahallesinde çöpler 4 gündür alınmadı", "province", "İstanbul",
                "district", "Esenyurt"));
        assertEquals("CLEANING", esenyurt.getString("department"));
        assertEquals("Esenyurt", esenyurt.getString("district"));
        assertEquals("Saadetdere", esenyurt.getString("neighborhood"));
        assertEquals(40858L, esenyurt.getLong("neighborhoodId"));
        // an İzmir mahalle is not looked up in an Esenyurt scope; the place is the scope district
        JsonPath izmirName = analyze(Map.of("text", "Bostanlı'da 3 gündür su yok", "province", "İstanbul", "district", "Esenyurt"));
        assertEquals("Esenyurt", izmirName.getString("district"));
        assertNull(izmirName.get("neighborhood"));
        // a colloquial place (alias) gives its district and never a mahalle
        JsonPath kirac = analyze(Map.of("text", "Kıraç'ta çöpler alınmadı", "province", "İstanbul", "district", "Esenyurt"));
        assertEquals("Esenyurt", kirac.getString("district"));
        assertNull(kirac.get("neighborhood"));
    }

    @Test
    void badInputsAreAnsweredNeverA500() {
        for (String text : List.of("", "   ", "😀😀😀🙏🔥", "a".repeat(10_000), "The bus never comes on time",
                "الحافلة لا تأتي أبدا في الوقت المحدد", "#####@@@''''")) {
            JsonPath a = analyze(Map.of("text", text));
            consistentScores(a);
            // nothing the models know: neither urgent nor another institution's, and no place
            assertFalse(a.getBoolean("urgent"), text);
            assertNull(a.get("urgencyReason"), text);
            assertNull(a.get("outOfScope"), text);
            assertTrue(a.getString("department").matches("[A-Z_]+"), text);
            assertNull(a.get("neighborhood"), text);
        }
        assertTrue(analyze(Map.of("text", "")).getDouble("confidence") <= 0.34, "no words: low confidence");
        // rejected, with a Turkish problem detail: no text, too long, not JSON; a department user may not call it
        Users.moderator().contentType("application/json").body("{}").post("/api/v1/analyze").then().statusCode(400)
                .contentType("application/problem+json");
        Users.moderator().contentType("application/json").body(Map.of("text", "b".repeat(10_001)))
                .post("/api/v1/analyze").then().statusCode(400).contentType("application/problem+json");
        Users.moderator().contentType("application/json").body("{\"text\": ").post("/api/v1/analyze").then()
                .statusCode(400);
        Users.as("water", "water").contentType("application/json").body("{\"text\":\"su yok\"}")
                .post("/api/v1/analyze").then().statusCode(403);
    }

    @Test
    void correctionsExportIsReadByTheTrainer() throws Exception {
        long id = data.newCase("Karşıyaka çarşıda çöpler toplanmadı");
        Users.moderator().contentType("application/json")
                .body("{\"category\":\"REQUEST\",\"department\":\"ZONING\",\"urgent\":true}")
                .patch("/api/v1/cases/" + id + "/classification").then().statusCode(200);
        Users.moderator().contentType("application/json").body("{\"urgent\":false}")
                .patch("/api/v1/cases/" + id + "/classification").then().statusCode(200);
        String export = Users.moderator().get("/api/v1/corrections/export").then().statusCode(200).extract().asString();
        Path file = Files.createTempFile("corrections", ".jsonl");
        try {
            Files.writeString(file, export, StandardCharsets.UTF_8);
            Corpus.Example row = Corpus.read(file).stream().filter(e -> ("correction-case-" + id).equals(e.id()))
                    .findFirst().orElseThrow();
            assertEquals("Karşıyaka çarşıda çöpler toplanmadı", row.text());
            assertEquals("REQUEST", row.category());
            assertEquals("ZONING", row.department());
            assertEquals(Boolean.FALSE, row.urgent(), "the latest judgement wins");
            assertNull(row.urgencyReason());
            assertFalse(row.hasOutOfScope(), "a moderator cannot judge out of scope: the key is absent (not judged)");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
