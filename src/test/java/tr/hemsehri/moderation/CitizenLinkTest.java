package tr.hemsehri.moderation;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
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

/** One person across platforms: a moderator links citizen records, every case then names the same citizen. */
@QuarkusTest
class CitizenLinkTest extends PostgresTest {
    @Inject
    TestData data;
    @Inject
    IngestionService ingestion;

    /** A new case from a new author on this platform; returns {caseId, citizenId}. */
    private long[] caseFrom(Platform platform, String text) {
        String id = UUID.randomUUID().toString();
        long caseId = ingestion.ingest(null, List.of(TestData.message(platform, "cit-" + id, null, "a-" + id, text,
                Instant.now()))).newCaseIds().get(0);
        return new long[] {caseId, data.count("select citizen_id from cases where id = ?1", caseId)};
    }

    private static int citizenOfCase(long caseId) {
        return Users.moderator().get("/api/v1/cases/" + caseId).then().statusCode(200).extract().path("citizen.id");
    }

    private static RequestSpecification json(RequestSpecification r, String body) {
        return r.contentType("application/json").body(body);
    }

    private long audits(long citizen, String action, String before, String after) {
        return data.count("select count(*) from audit_events where entity_type = 'citizen' and entity_id = ?1 "
                + "and action = ?2 and actor = 'moderator' and before -> 'mergedInto' = cast(?3 as jsonb) "
                + "and after -> 'mergedInto' = cast(?4 as jsonb)", citizen, action, before, after);
    }

    @Test
    void linkShowsOnePersonAndUnlinkRestoresTheRecords() {
        long[] x = caseFrom(Platform.X, "Alsancak'ta kaldırım kırık");
        long[] wa = caseFrom(Platform.WHATSAPP, "Kaldırım hâlâ yapılmadı");
        long[] fb = caseFrom(Platform.FACEBOOK, "Üçüncü kez yazıyorum, kaldırım");
        assertEquals((int) x[1], citizenOfCase(x[0]));
        assertEquals((int) wa[1], citizenOfCase(wa[0]));

        json(Users.moderator(), "{\"otherId\":" + wa[1] + "}").post("/api/v1/citizens/" + x[1] + "/link").then()
                .statusCode(200).body("canonicalId", equalTo((int) x[1]))
                .body("linked.id", containsInAnyOrder((int) wa[1]))
                .body("identities.platform", containsInAnyOrder("X", "WHATSAPP"))
                .body("cases.id", containsInAnyOrder((int) x[0], (int) wa[0]));
        assertEquals((int) x[1], citizenOfCase(wa[0]), "the WhatsApp case now names the X citizen");
        assertEquals(1, audits(wa[1], "link", "null", String.valueOf(x[1])));
        Users.moderator().get("/api/v1/citizens/" + wa[1]).then().statusCode(200)
                .body("id", equalTo((int) wa[1])).body("canonicalId", equalTo((int) x[1]))
                .body("mergedInto", equalTo((int) x[1]));
        // linking again is a no-op, not a second audit row
        json(Users.moderator(), "{\"otherId\":" + wa[1] + "}").post("/api/v1/citizens/" + x[1] + "/link").then()
                .statusCode(200);
        assertEquals(1, audits(wa[1], "link", "null", String.valueOf(x[1])));

        // a record linked below a linked one belongs to the same person
        json(Users.moderator(), "{\"otherId\":" + fb[1] + "}").post("/api/v1/citizens/" + wa[1] + "/link").then()
                .statusCode(200).body("canonicalId", equalTo((int) x[1]))
                .body("cases.id", hasItems((int) x[0], (int) wa[0], (int) fb[0]));
        assertEquals((int) x[1], citizenOfCase(fb[0]));

        json(Users.moderator(), "{\"otherId\":" + wa[1] + "}").post("/api/v1/citizens/" + x[1] + "/unlink").then()
                .statusCode(200).body("linked", org.hamcrest.Matchers.empty())
                .body("cases.id", containsInAnyOrder((int) x[0]));
        assertEquals(1, audits(wa[1], "unlink", String.valueOf(x[1]), "null"));
        assertEquals((int) x[1], citizenOfCase(x[0]));
        assertEquals((int) wa[1], citizenOfCase(wa[0]), "unlinked: its own citizen again");
        assertEquals((int) wa[1], citizenOfCase(fb[0]), "what was linked to the WhatsApp record stays with it");
        json(Users.moderator(), "{\"otherId\":" + wa[1] + "}").post("/api/v1/citizens/" + x[1] + "/unlink").then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badLinksAreRefusedAndChangeNothing() {
        long[] a = caseFrom(Platform.INSTAGRAM, "Kordon'da çöp kutusu yok");
        long[] b = caseFrom(Platform.X, "Kordon'da çöp kutusu hâlâ yok");
        long[] c = caseFrom(Platform.FACEBOOK, "Kordon çöp");
        json(Users.moderator(), "{\"otherId\":" + a[1] + "}").post("/api/v1/citizens/" + a[1] + "/link").then()
                .statusCode(400).contentType("application/problem+json");
        json(Users.moderator(), "{}").post("/api/v1/citizens/" + a[1] + "/link").then().statusCode(400);
        Users.moderator().contentType("application/json").post("/api/v1/citizens/" + a[1] + "/link").then()
                .statusCode(400);
        json(Users.moderator(), "{\"otherId\":999999999}").post("/api/v1/citizens/" + a[1] + "/link").then()
                .statusCode(404).contentType("application/problem+json");
        json(Users.moderator(), "{\"otherId\":" + a[1] + "}").post("/api/v1/citizens/999999999/link").then()
                .statusCode(404);
        Users.moderator().get("/api/v1/citizens/999999999").then().statusCode(404)
                .contentType("application/problem+json");
        // department users neither read nor link citizens
        Users.as("water", "water").get("/api/v1/citizens/" + a[1]).then().statusCode(403)
                .contentType("application/problem+json");
        json(Users.as("water", "water"), "{\"otherId\":" + b[1] + "}").post("/api/v1/citizens/" + a[1] + "/link")
                .then().statusCode(403);
        json(Users.as("water", "water"), "{\"otherId\":" + b[1] + "}").post("/api/v1/citizens/" + a[1] + "/unlink")
                .then().statusCode(403);
        assertEquals(0, data.count("select count(*) from citizens where id in (?1, ?2) and merged_into is not null",
                a[1], b[1]));

        json(Users.admin(), "{\"otherId\":" + b[1] + "}").post("/api/v1/citizens/" + a[1] + "/link").then()
                .statusCode(200);
        // the reverse link would make a cycle; a record already linked elsewhere must be unlinked first
        json(Users.moderator(), "{\"otherId\":" + a[1] + "}").post("/api/v1/citizens/" + b[1] + "/link").then()
                .statusCode(409).contentType("application/problem+json");
        json(Users.moderator(), "{\"otherId\":" + b[1] + "}").post("/api/v1/citizens/" + c[1] + "/link").then()
                .statusCode(409);
        assertEquals(a[1], data.count("select merged_into from citizens where id = ?1", b[1]));
        assertEquals(2, data.count("select count(*) from citizens where id in (?1, ?2) and merged_into is null",
                a[1], c[1]), "the refused links left both records unlinked");
        assertEquals(1, data.count("select count(*) from audit_events where entity_type = 'citizen' "
                + "and entity_id = ?1 and actor = 'admin'", b[1]));
    }
}
