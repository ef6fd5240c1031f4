package tr.hemsehri.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/**
 * The reports pages with a console session: the date range and department filters, and the CSV export the page
 * links to, which must work on the session (the API's Basic prompt never appears). Cases are seeded in May 2021,
 * a range no other test uses: two for Su ve Kanalizasyon, one for Temizlik İşleri.
 */
@QuarkusTest
class ConsoleReportsTest extends PostgresTest {
    static final String RANGE = "from=2021-05-10&to=2021-05-12";
    private static boolean seeded;

    @Inject
    TestData data;

    @BeforeEach
    void seed() {
        synchronized (ConsoleReportsTest.class) {
            if (!seeded) {
                c("WATER", "2021-05-10 09:00");
                c("WATER", "2021-05-12 23:30");
                c("CLEANING", "2021-05-11 12:00");
                // outside the range by Istanbul day, inside it by UTC
                c("WATER", "2021-05-13 01:00");
                seeded = true;
            }
        }
    }

    @Test
    void reportsPageFiltersByDateRangeAndDepartment() {
        ConsoleAuthTest.Session s = ConsoleAuthTest.login("moderator", "moderator");
        String all = html(s, "/console/reports?" + RANGE);
        assertEquals("3", kpiTotal(all));
        assertTrue(all.contains("value=\"2021-05-10\"") && all.contains("value=\"2021-05-12\""), "the range stays in the form");
        String water = html(s, "/console/reports?" + RANGE + "&department=WATER");
        assertEquals("2", kpiTotal(water));
        assertTrue(water.contains("<option value=\"WATER\" selected>"), "the department stays selected");
        assertTrue(water.contains("Su ve Kanalizasyon"));
        assertEquals("1", kpiTotal(html(s, "/console/reports?from=2021-05-11&to=2021-05-11")));
        assertEquals("1", kpiTotal(html(s, "/console/reports?" + RANGE + "&department=CLEANING")));
        // the printable week ending on the 12th, for one department
        String weekly = html(s, "/console/reports/weekly?to=2021-05-12&department=WATER");
        assertEquals("2", kpiTotal(weekly));
        assertTrue(weekly.contains("Haftalık birim raporu: Su ve Kanalizasyon") && weekly.contains("2021-05-06"), weekly);
        // a department user always gets its own figures
        ConsoleAuthTest.Session cleaning = ConsoleAuthTest.login("cleaning", "cleaning");
        assertEquals("1", kpiTotal(html(cleaning, "/console/reports?" + RANGE + "&department=WATER")));
    }

    @Test
    void csvExportLinkWorksOnTheConsoleSession() {
        ConsoleAuthTest.Session s = ConsoleAuthTest.login("moderator", "moderator");
        String page = html(s, "/console/reports?" + RANGE + "&department=WATER");
        Matcher m = Pattern.compile("id=\"csv\" href=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "the page links the CSV");
        String href = m.group(1).replace("&amp;", "&");
        assertEquals("/console/reports/summary.csv?" + RANGE + "&department=WATER", href);
        Response csv = given().redirects().follow(false).cookies(s.cookies()).urlEncodingEnabled(false).get(href);
        assertEquals(200, csv.statusCode(), csv.asString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals("attachment; filename=\"hemsehri-rapor-2021-05-10-2021-05-12-WATER.csv\"",
                csv.getHeader("Content-Disposition"));
        String body = csv.asString();
        assertTrue(body.contains("hacim;total;Toplam vaka;2\n"), body);
        assertTrue(body.contains("aralik;department;Birim;Su ve Kanalizasyon\n"), body);
        assertTrue(body.contains("gunluk;2021-05-12/X;X;1\n"), "the 23:30 case is on the 12th: " + body);
        // without the department: all three
        String whole = given().cookies(s.cookies()).urlEncodingEnabled(false)
                .get("/console/reports/summary.csv?" + RANGE).asString();
        assertTrue(whole.contains("hacim;total;Toplam vaka;3\n"), whole);
        // a department user gets its own department whatever it asks for
        ConsoleAuthTest.Session cleaning = ConsoleAuthTest.login("cleaning", "cleaning");
        String own = given().cookies(cleaning.cookies()).urlEncodingEnabled(false)
                .get("/console/reports/summary.csv?" + RANGE + "&department=WATER").asString();
        assertTrue(own.contains("hacim;total;Toplam vaka;1\n") && own.contains("Temizlik İşleri"), own);
        // no session: the console's login page, never an HTTP Basic prompt
        Response anonymous = given().redirects().follow(false).get("/console/reports/summary.csv?" + RANGE);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.getHeader("Location").endsWith("/console/login"));
        assertNull(anonymous.getHeader("WWW-Authenticate"));
        // the API's CSV is unchanged and gives the same figures
        String api = Users.moderator().urlEncodingEnabled(false)
                .get("/api/v1/reports/summary.csv?" + RANGE + "&department=WATER").then().statusCode(200).extract().asString();
        assertEquals(body, api);
    }

    private static String html(ConsoleAuthTest.Session s, String url) {
        return given().cookies(s.cookies()).urlEncodingEnabled(false).get(url).then().statusCode(200).extract().asString();
    }

    private static String kpiTotal(String html) {
        Matcher m = Pattern.compile("id=\"kpi-total\">(\\d+)<").matcher(html);
        assertTrue(m.find(), "the page shows the case total");
        return m.group(1);
    }

    private void c(String dept, String createdTr) {
        data.execute("insert into cases (platform, status, category, department_id, created_at, last_message_at) values"
                + " ('X', 'FORWARDED', 'COMPLAINT', (select id from departments where code = ?1), timestamptz '"
                + createdTr + "+03', timestamptz '" + createdTr + "+03')", dept);
    }
}
