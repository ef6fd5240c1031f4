package tr.hemsehri.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.Users;

@QuarkusTest
@TestProfile(OidcBearerTest.Oidc.class)
@QuarkusTestResource(value = JwksServer.class, restrictToAnnotatedClass = true)
class OidcBearerTest extends PostgresTest {
    public static class Oidc implements QuarkusTestProfile {
    }

    @Test
    void validTokenWithRoleIsAccepted() throws Exception {
        String token = JwksServer.token("ayse.moderator", List.of("moderator"), null, JwksServer.ISSUER, 300);
        given().auth().oauth2(token).get("/api/v1/cases?size=1").then().statusCode(200);
    }

    @Test
    void departmentTokenIsBoundToItsDepartment() throws Exception {
        String token = JwksServer.token("mehmet.su", List.of("department"), "WATER", JwksServer.ISSUER, 300);
        given().auth().oauth2(token).get("/api/v1/departments").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(403);
    }

    @Test
    void badTokensAreRefused() throws Exception {
        String wrongIssuer = JwksServer.token("x", List.of("admin"), null, "http://evil.example", 300);
        given().auth().oauth2(wrongIssuer).get("/api/v1/cases").then().statusCode(401);
        String noRole = JwksServer.token("x", List.of("viewer"), null, JwksServer.ISSUER, 300);
        given().auth().oauth2(noRole).get("/api/v1/cases").then().statusCode(401);
        given().auth().oauth2("not.a.jwt").get("/api/v1/cases").then().statusCode(401);
    }

    @Test
    void basicStillWorksBesideSso() {
        Users.moderator().get("/api/v1/cases?size=1").then().statusCode(200);
    }
}
