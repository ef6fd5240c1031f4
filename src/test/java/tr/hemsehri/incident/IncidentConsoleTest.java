package tr.hemsehri.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tr.hemsehri.console.Csrf;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;

/**
 * The console's incident pages over HTTP with a real form-login session and the page's CSRF token, as the
 * browser's htmx sends them: the early warning shows on every page, and confirm, ETA, the status update to all,
 * link, unlink, split, merge and a planned outage change the database. A post without the token is refused.
 */
@QuarkusTest
class IncidentConsoleTest extends PostgresTest {
    private static final ZoneId TR = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String[] TINAZTEPE = {"Konak Tınaztepe'de sabahtan beri su yok",
            "Konak Tınaztepe'de sular kesik, ne zaman gelecek?", "konak tinaztepe su yok #suyok",
            "Konak Tınaztepe Mahallesi'nde musluktan su akmıyor"};

    @Inject
    TestData data;

    record Session(Map<String, String> cookies, String csrf) {
        RequestSpecification post() {
            return given().redirects().follow(false).cookies(cookies).header(Csrf.HEADER, csrf)
                    .header("Origin", "http://localhost:" + RestAssured.port).header("HX-Request", "true")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        }

        String page(String path) {
            return given().redirects().follow(false).cookies(cookies).get(path).then().statusCode(200).extract().asString();
        }
    }

    static Session login(String user, String password) {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/console/j_security_check");
        assertEquals(302, r.statusCode(), "login should redirect");
        String session = r.getCookie("hemsehri-session");
        assertNotNull(session);
        Response page = given().redirects().follow(false).cookie("hemsehri-session", session).get("/console/incidents");
        assertEquals(200, page.statusCode());
        Matcher m = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(m.find(), "the incident page carries the console's CSRF token");
        return new Session(Map.of("hemsehri-session", session, Csrf.COOKIE, page.getCookie(Csrf.COOKIE)), m.group(1));
    }

    private static String redirectOf(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
        String to = r.getHeader("HX-Redirect");
        assertNotNull(to, "action answered with HX-Redirect, not an error: " + r.asString());
        return to;
    }

    private static long idIn(String redirect) {
        return Long.parseLong(redirect.replaceAll(".*/console/incidents/(\\d+).*", "$1"));
    }

    @Test
    void moderatorWorksAnOutageFromTheConsole() {
        List<Long> cases = new ArrayList<>();
        for (String t : TINAZTEPE) {
            cases.add(data.newCase(t));
        }
        long incident = data.count("select incident_id from incident_cases where case_id = ?1", cases.get(0));
        assertEquals(4, data.count("select count(*) from incident_cases where incident_id = ?1", incident));
        assertEquals(1, data.count("select count(*) from incidents where id = ?1 and status = 'SUGGESTED'", incident),
                "four similar reports in one place open a suggested incident");

        Session mod = login("moderator", "moderator");
        // the early warning is on every console page, not only on the incident list
        String reports = mod.page("/console/reports");
        assertTrue(reports.contains("id=\"suggested-badge\""), "badge on the reports page");
        String list = mod.page("/console/incidents");
        assertTrue(list.contains("class=\"topbar\"") && list.contains("/console/assets/console.js"), "console layout");
        assertTrue(list.contains("/console/incidents/" + incident + "\"") && list.contains("Önerilen"), list);
        assertTrue(list.contains("Planlı kesinti duyur"));
        String page = mod.page("/console/incidents/" + incident);
        for (String s : List.of("Platformlara göre", "Mahallelere göre", "İlk bildirim", "Son bildirim", "Tahmini bitiş",
                "Su ve Kanalizasyon", "Erken uyarı", "id=\"confirm\"", "Tüm bildirimcilere duyuru",
                "Seçilenleri yeni olaya ayır", CaseEntity.reference(cases.get(0)))) {
            assertTrue(page.contains(s), "detail page shows " + s);
        }

        // without the token nothing happens
        given().redirects().follow(false).cookies(mod.cookies()).header("Origin", "http://localhost:" + RestAssured.port)
                .post("/console/incidents/" + incident + "/confirm").then().statusCode(403);
        assertEquals(1, data.count("select count(*) from incidents where id = ?1 and status = 'SUGGESTED'", incident));

        redirectOf(mod.post().post("/console/incidents/" + incident + "/confirm"));
        assertEquals(1, data.count("select count(*) from incidents where id = ?1 and status = 'OPEN'", incident));
        assertTrue(!mod.page("/console/incidents/" + incident).contains("id=\"confirm\""), "confirmed: no confirm button");

        // ETA set by staff, in Istanbul wall-clock time
        LocalDateTime eta = LocalDateTime.now(TR).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        redirectOf(mod.post().formParam("eta", LOCAL.format(eta)).formParam("department", "WATER")
                .post("/console/incidents/" + incident + "/details"));
        assertEquals(eta.atZone(TR).toEpochSecond(),
                data.count("select extract(epoch from eta)::bigint from incidents where id = ?1", incident));
        assertTrue(mod.page("/console/incidents/" + incident).contains("value=\"" + LOCAL.format(eta) + "\""));

        // one update answers all four through the outbox; the cases follow
        redirectOf(mod.post().formParam("text", "Ekiplerimiz çalışıyor, tahmini bitiş " + eta.toLocalTime())
                .formParam("status", "IN_PROGRESS").formParam("eta", LOCAL.format(eta))
                .post("/console/incidents/" + incident + "/updates"));
        assertEquals(1, data.count("select count(*) from incidents where id = ?1 and status = 'IN_PROGRESS'", incident));
        String ids = cases.toString().replace('[', '{').replace(']', '}');
        assertEquals(4, data.count("select count(*) from outbox where kind = 'INCIDENT_UPDATE' and text like '%Ekiplerimiz çalışıyor%'"
                + " and case_id = any(cast(?1 as bigint[]))", ids));
        assertEquals(4, data.count("select count(*) from cases where status = 'IN_PROGRESS' and id = any(cast(?1 as bigint[]))", ids));
        assertTrue(mod.page("/console/incidents/" + incident).contains("4 alıcı"), "the update is listed with its recipients");

        // link by reference, unlink
        long other = data.newCase("Gaziemir'de kaldırım taşları sökülmüş");
        redirectOf(mod.post().formParam("cases", CaseEntity.reference(other)).post("/console/incidents/" + incident + "/link"));
        assertEquals(incident, data.count("select incident_id from incident_cases where case_id = ?1 and linked_by = 'MANUAL'", other));
        redirectOf(mod.post().post("/console/incidents/" + incident + "/cases/" + other + "/unlink"));
        assertEquals(0, data.count("select count(*) from incident_cases where case_id = ?1", other));
        Response bad = mod.post().formParam("cases", "HMS-12ab").post("/console/incidents/" + incident + "/link");
        assertEquals("#flash", bad.getHeader("HX-Retarget"));
        assertTrue(bad.asString().contains("anlaşılamadı"), bad.asString());

        // split two reports off into a new incident, then merge them back
        long split = idIn(redirectOf(mod.post().formParam("caseIds", cases.get(2).toString())
                .formParam("caseIds", cases.get(3).toString()).formParam("title", "Tınaztepe alt bölge")
                .post("/console/incidents/" + incident + "/split")));
        assertTrue(split != incident);
        assertEquals(2, data.count("select count(*) from incident_cases where incident_id = ?1", split));
        assertEquals(2, data.count("select count(*) from incident_cases where incident_id = ?1", incident));
        assertTrue(mod.page("/console/incidents/" + incident).contains("#" + split + " · Tınaztepe alt bölge"), "merge choice");
        redirectOf(mod.post().formParam("otherId", Long.toString(split)).post("/console/incidents/" + incident + "/merge"));
        assertEquals(4, data.count("select count(*) from incident_cases where incident_id = ?1", incident));
        assertEquals(1, data.count("select count(*) from incidents where id = ?1 and status = 'MERGED' and merged_into = ?2", split, incident));

        // resolved: every linked case resolved, satisfaction scheduled
        redirectOf(mod.post().formParam("text", "Arıza giderildi, sular verildi. Çözüldü.").formParam("status", "RESOLVED")
                .post("/console/incidents/" + incident + "/updates"));
        assertEquals(1, data.count("select count(*) from incidents where id = ?1 and status = 'RESOLVED'", incident));
        assertEquals(4, data.count("select count(*) from cases where status = 'RESOLVED' and id = any(cast(?1 as bigint[]))", ids));
        assertEquals(4, data.count("select count(distinct case_id) from satisfaction_checks where case_id = any(cast(?1 as bigint[]))", ids));
        String resolved = mod.page("/console/incidents/" + incident);
        assertTrue(resolved.contains("Çözüldü") && !resolved.contains("id=\"update-form\""), "a resolved incident takes no more updates");
    }

    @Test
    void plannedOutageFromTheConsoleAnswersAMatchingReport() {
        Session mod = login("moderator", "moderator");
        LocalDateTime now = LocalDateTime.now(TR).truncatedTo(ChronoUnit.MINUTES);
        String to = redirectOf(mod.post().formParam("department", "WATER").formParam("district", "Bayraklı")
                .formParam("neighborhood", "Manavkuyu").formParam("start", LOCAL.format(now.minusMinutes(30)))
                .formParam("end", LOCAL.format(now.plusHours(4)))
                .formParam("announcement", "Manavkuyu'da planlı bakım nedeniyle 18:00'e kadar su kesintisi var.")
                .post("/console/incidents/planned"));
        long planned = idIn(to);
        assertTrue(to.contains("msg=planned"), to);
        assertEquals(1, data.count("select count(*) from incidents where id = ?1 and kind = 'PLANNED' and status = 'OPEN'"
                + " and planned_end > now()", planned));
        long c = data.newCase("Bayraklı Manavkuyu'da sabahtan beri su yok");
        assertEquals(planned, data.count("select incident_id from incident_cases where case_id = ?1", c));
        assertEquals(1, data.count("select count(*) from outbox where case_id = ?1 and text like '%planlı bakım%'", c));
        assertTrue(mod.page("/console/incidents/" + planned).contains("Planlı süre"));

        // the end before the start is refused with the service's Turkish message in the flash area
        Response bad = mod.post().formParam("district", "Bayraklı").formParam("start", LOCAL.format(now))
                .formParam("end", LOCAL.format(now.minusHours(1))).formParam("announcement", "x")
                .post("/console/incidents/planned");
        assertEquals("#flash", bad.getHeader("HX-Retarget"));
        assertTrue(bad.asString().contains("sonrasında olmalı"), bad.asString());
    }

    @Test
    void departmentSeesItsIncidentsButCannotChangeThem() {
        long c = data.newCase("Torbalı Ayrancılar'da su borusu patladı");
        Session mod = login("moderator", "moderator");
        long incident = idIn(redirectOf(mod.post().formParam("cases", Long.toString(c)).post("/console/incidents/create")));
        redirectOf(mod.post().formParam("department", "WATER").post("/console/incidents/" + incident + "/details"));
        Session water = login("water", "water");
        String page = water.page("/console/incidents/" + incident);
        assertTrue(page.contains("Platformlara göre"), page);
        assertTrue(!page.contains("id=\"update-form\"") && !page.contains("id=\"confirm\""), "no actions for departments");
        Response refused = water.post().formParam("text", "deneme").post("/console/incidents/" + incident + "/updates");
        assertEquals("#flash", refused.getHeader("HX-Retarget"));
        assertEquals(0, data.count("select count(*) from incident_updates where incident_id = ?1", incident));
        Session cleaning = login("cleaning", "cleaning");
        given().redirects().follow(false).cookies(cleaning.cookies()).get("/console/incidents/" + incident).then()
                .statusCode(404).body(not(containsString("Ayrancılar")));
    }
}
