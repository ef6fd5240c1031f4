package tr.hemsehri.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

@QuarkusTest
class DepartmentIsolationTest extends PostgresTest {
    @Inject
    TestData data;

    private long forwardedTo(String departmentCode, String text) {
        long id = data.newCase(text);
        data.execute("update cases set status = 'FORWARDED', department_id = "
                + "(select id from departments where code = ?1) where id = ?2", departmentCode, id);
        return id;
    }

    @Test
    void departmentSeesOnlyItsForwardedCases() {
        long water = forwardedTo("WATER", "Bostanlı'da su borusu patladı");
        long cleaning = forwardedTo("CLEANING", "Bornova'da çöpler alınmadı");
        Users.as("water", "water").get("/api/v1/cases/" + water).then().statusCode(200)
                .body("summary.id", equalTo((int) water));
        Users.as("water", "water").get("/api/v1/cases/" + cleaning).then().statusCode(404)
                .contentType("application/problem+json");
        Users.as("cleaning", "cleaning").get("/api/v1/cases/" + cleaning).then().statusCode(200);
    }

    @Test
    void departmentCannotSeeUnforwardedCaseOfItsOwnDepartment() {
        long id = data.newCase("Karşıyaka'da su yok");
        data.execute("update cases set department_id = (select id from departments where code = 'WATER') "
                + "where id = ?1", id);
        Users.as("water", "water").get("/api/v1/cases/" + id).then().statusCode(404);
    }

    @Test
    void departmentCannotListTheGlobalQueueOrChangeOrClaimCases() {
        long other = forwardedTo("CLEANING", "Çiğli'de konteyner taşıyor");
        Users.as("water", "water").get("/api/v1/cases").then().statusCode(403)
                .contentType("application/problem+json");
        Users.as("water", "water").post("/api/v1/queue/next").then().statusCode(403);
        Users.as("water", "water").contentType("application/json").body("{\"department\":\"WATER\"}")
                .patch("/api/v1/cases/" + other + "/classification").then().statusCode(403);
        Users.as("water", "water").post("/api/v1/cases/" + other + "/claim").then().statusCode(403);
        assertEquals(1, data.count("select count(*) from cases where id = ?1 and assignee_id is null and department_id = "
                + "(select id from departments where code = 'CLEANING')", other), "the refused calls changed nothing");
        assertEquals(0, data.count("select count(*) from classification_corrections where case_id = ?1", other));
        assertEquals(0, data.count("select count(*) from audit_events where entity_type = 'case' and entity_id = ?1 "
                + "and actor = 'water'", other));
    }

    @Test
    void anonymousAndWrongPasswordAreRefused() {
        io.restassured.RestAssured.get("/api/v1/cases").then().statusCode(401);
        Users.as("moderator", "wrong").get("/api/v1/cases").then().statusCode(401);
        Users.moderator().get("/api/v1/cases?size=1").then().statusCode(200);
    }
}
