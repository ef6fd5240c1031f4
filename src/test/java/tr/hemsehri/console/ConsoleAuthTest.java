package tr.hemsehri.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/**
 * Form login for the console beside HTTP Basic for the API: the API never redirects to the login page, the
 * console never accepts a POST without the CSRF token and a same-host Origin, and department users only see
 * their own cases.
 */
@QuarkusTest
class ConsoleAuthTest extends PostgresTest {
    @Inject
    TestData data;

    /** A logged-in console session: its cookies and the page's CSRF token. */
    record Session(Map<String, String> cookies, String csrf) {
    }

    static Session login(String user, String password) {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/console/j_security_check");
        assertEquals(302, r.statusCode(), "login should redirect");
        String session = r.getCookie("hemsehri-session");
        assertNotNull(session, "session cookie set");
        Response page = given().redirects().follow(false).cookie("hemsehri-session", session).get("/console/reports");
        assertEquals(200, page.statusCode());
        Matcher m = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(m.find(), "page carries a CSRF token");
        return new Session(Map.of("hemsehri-session", session, Csrf.COOKIE, page.getCookie(Csrf.COOKIE)), m.group(1));
    }

    static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void apiStaysOnBasicAndAnswers401WithoutRedirect() {
        Response r = given().redirects().follow(false).get("/api/v1/cases");
        assertEquals(401, r.statusCode());
        assertNull(r.getHeader("Location"), "no redirect to the console login page");
        assertTrue(r.getHeader("WWW-Authenticate") != null, "a Basic/Bearer challenge");
        Users.moderator().get("/api/v1/cases").then().statusCode(200);
        Users.as("moderator", "wrong").redirects().follow(false).get("/api/v1/cases").then().statusCode(401);
        // the console's session cookie is scoped to /console, so a browser never sends it to the API
        Response r2 = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "moderator").formParam("j_password", "moderator")
                .post("/console/j_security_check");
        assertEquals("/console", r2.getDetailedCookie("hemsehri-session").getPath());
        assertTrue(r2.getDetailedCookie("hemsehri-session").isHttpOnly());
    }

    @Test
    void consoleRedirectsToLoginAndRejectsBadPasswords() {
        Response r = given().redirects().follow(false).get("/console/queue");
        assertEquals(302, r.statusCode(), r.getHeaders() + "\n" + r.asString());
        assertTrue(r.getHeader("Location").endsWith("/console/login"), r.getHeader("Location"));
        given().get("/console/login").then().statusCode(200).body(containsString("j_security_check"));
        Response bad = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "moderator").formParam("j_password", "nope").post("/console/j_security_check");
        assertEquals(302, bad.statusCode());
        assertTrue(bad.getHeader("Location").contains("/console/login?error"), bad.getHeader("Location"));
        // Basic credentials do not open the console either: it is form-only
        given().redirects().follow(false).auth().preemptive().basic("moderator", "moderator").get("/console/queue")
                .then().statusCode(302);
    }

    @Test
    void postsNeedTheCsrfTokenAndSameOrigin() {
        long id = data.newCase("Karşıyaka'da çöpler toplanmadı, koku var");
        Session s = login("moderator", "moderator");
        given().cookies(s.cookies()).get("/console/queue").then().statusCode(200)
                .body(containsString("Moderasyon kuyruğu"));
        // no token
        given().redirects().follow(false).cookies(s.cookies()).header("Origin", origin())
                .post("/console/cases/" + id + "/claim").then().statusCode(403);
        // token, but a foreign origin
        given().redirects().follow(false).cookies(s.cookies()).header(Csrf.HEADER, s.csrf())
                .header("Origin", "https://evil.example").post("/console/cases/" + id + "/claim").then().statusCode(403);
        // another user's token
        Session other = login("approver", "approver");
        given().redirects().follow(false).cookies(s.cookies()).header(Csrf.HEADER, other.csrf())
                .header("Origin", origin()).post("/console/cases/" + id + "/claim").then().statusCode(403);
        // right token, same origin
        given().redirects().follow(false).cookies(s.cookies()).header(Csrf.HEADER, s.csrf()).header("Origin", origin())
                .post("/console/cases/" + id + "/claim").then().statusCode(200)
                .header("HX-Redirect", containsString("/console/cases/" + id));
        // the JSON API is not subject to the console's CSRF check
        Users.moderator().contentType("application/json").body("{\"text\":\"Bornova'da sokak lambası yanmıyor\"}")
                .post("/api/v1/messages").then().statusCode(201);
    }

    @Test
    void departmentUsersSeeOnlyTheirCases() {
        long id = data.newCase("Buca'da kanalizasyon taştı, sokak su içinde");
        Session water = login("water", "water");
        given().redirects().follow(false).cookies(water.cookies()).get("/console/cases/" + id).then().statusCode(404)
                .body(not(containsString("kanalizasyon")));
        given().redirects().follow(false).cookies(water.cookies()).get("/console/queue").then().statusCode(303);
        given().cookies(water.cookies()).get("/console/inbox").then().statusCode(200).body(containsString("Gelen kutusu"));
    }

    @Test
    void logoutEndsTheSession() {
        Session s = login("moderator", "moderator");
        Response out = given().redirects().follow(false).cookies(s.cookies()).header(Csrf.HEADER, s.csrf())
                .header("Origin", origin()).post("/console/logout");
        assertEquals(200, out.statusCode());
        assertEquals("/console/login?out=1", out.getHeader("HX-Redirect"));
        assertEquals("", out.getCookie("hemsehri-session"));
    }
}
