package tr.hemsehri.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/** Every kind of bad input gets a 4xx problem body, and nothing is stored half-done. */
@QuarkusTest
class BadInputTest extends PostgresTest {
    @Inject
    TestData data;

    private long messagesBefore;
    private long casesBefore;

    @BeforeEach
    void countRows() {
        messagesBefore = data.count("select count(*) from messages where platform = 'MANUAL'");
        casesBefore = data.count("select count(*) from cases where platform = 'MANUAL'");
    }

    private void nothingStored() {
        assertEquals(messagesBefore, data.count("select count(*) from messages where platform = 'MANUAL'"));
        assertEquals(casesBefore, data.count("select count(*) from cases where platform = 'MANUAL'"));
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", org.hamcrest.Matchers.notNullValue());
    }

    private static ValidatableResponse post(byte[] body) {
        return Users.moderator().contentType("application/json; charset=utf-8").body(body)
                .post("/api/v1/messages").then();
    }

    private static ValidatableResponse post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedJson() {
        problem(post("{\"text\": \"su yok\""), 400).body("detail", containsString("JSON"));
        problem(post("not json at all"), 400);
        problem(post("[1,2,3]"), 400);
        nothingStored();
    }

    @Test
    void unknownEnumValues() {
        problem(post("{\"text\":\"su yok\",\"platform\":\"MYSPACE\"}"), 400).body("detail", containsString("MYSPACE"));
        problem(post("{\"text\":\"su yok\",\"visibility\":\"SECRET\"}"), 400);
        long id = data.newCase("Menemen'de yol yapılsın");
        problem(Users.moderator().contentType("application/json").body("{\"category\":\"PRAISE\"}")
                .patch("/api/v1/cases/" + id + "/classification").then(), 400)
                .body("detail", containsString("COMPLAINT"));
        problem(Users.moderator().contentType("application/json").body("{\"department\":\"NASA\"}")
                .patch("/api/v1/cases/" + id + "/classification").then(), 400);
        assertEquals(0, data.count("select count(*) from classification_corrections where case_id = ?1", id));
        problem(Users.moderator().get("/api/v1/cases?status=DONE").then(), 400);
        problem(Users.moderator().get("/api/v1/cases?platform=tiktok").then(), 400);
        // compares with the counts taken before the bad requests (@BeforeEach); newCase above is an X case
        nothingStored();
    }

    @Test
    void oversizeAndMissingText() {
        String big = "a".repeat(10_001);
        problem(post("{\"text\":\"" + big + "\"}"), 400).body("detail", containsString("10000"));
        problem(post("{\"text\":\"\"}"), 400);
        problem(post("{\"authorName\":\"Ayşe\"}"), 400);
        problem(post("{\"text\":\"su\",\"externalId\":\"" + "x".repeat(500) + "\"}"), 400);
        nothingStored();
        post("{\"text\":\"" + "b".repeat(10_000) + "\"}").statusCode(201);
    }

    @Test
    void invalidUtf8() {
        byte[] prefix = "{\"text\":\"su yok ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        problem(post(body), 400).body("detail", containsString("UTF-8"));
        nothingStored();
    }

    @Test
    void badPaging() {
        problem(Users.moderator().get("/api/v1/cases?size=-1").then(), 400);
        problem(Users.moderator().get("/api/v1/cases?size=0").then(), 400);
        problem(Users.moderator().get("/api/v1/cases?size=100000").then(), 400);
        problem(Users.moderator().get("/api/v1/cases?page=-3").then(), 400);
        problem(Users.moderator().get("/api/v1/cases?page=99999999999").then(), 400);
        problem(Users.moderator().get("/api/v1/cases?page=5000&size=100").then(), 400);
        problem(Users.moderator().get("/api/v1/cases?urgent=maybe").then(), 400);
        Users.moderator().get("/api/v1/cases?page=0&size=100").then().statusCode(200);
    }

    @Test
    void bodyOverTheLimitIs413() {
        String huge = "{\"text\":\"" + "c".repeat(2 * 1024 * 1024) + "\"}";
        Users.moderator().contentType("application/json").body(huge).post("/api/v1/messages").then().statusCode(413);
        nothingStored();
    }

    @Test
    void idempotentResubmission() {
        String body = "{\"text\":\"Foça'da sahil temizlensin\",\"externalId\":\"call-" + System.nanoTime() + "\"}";
        post(body).statusCode(201).body("duplicate", equalTo(false));
        post(body).statusCode(200).body("duplicate", equalTo(true));
    }
}
