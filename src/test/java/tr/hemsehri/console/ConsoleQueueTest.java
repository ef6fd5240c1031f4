package tr.hemsehri.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;

/**
 * The console queue over HTTP with a form-login session: each filter narrows the list to exactly the matching
 * cases, and every filter's counts are those of the cases under the other active filters. All cases carry one
 * token, and every request searches for it, so cases of other tests never count.
 */
@QuarkusTest
class ConsoleQueueTest extends PostgresTest {
    static final String TOKEN = "kq" + UUID.randomUUID().toString().substring(0, 8);
    private static long[] ids;

    @Inject
    TestData data;
    @Inject
    IngestionService ingestion;

    /**
     * <pre>
     *  q1 X         COMPLAINT WATER    Karşıyaka/Bostanlı  NEW          urgent
     *  q2 FACEBOOK  REQUEST   CLEANING Karşıyaka/Mavişehir TRIAGED
     *  q3 INSTAGRAM COMPLAINT WATER    Bornova/Kazımdirik  FORWARDED    due an hour ago    (OVERDUE)
     *  q4 X         SUPPORT   -        Buca/-              NEW
     *  q5 WHATSAPP  COMPLAINT CLEANING Bornova/Erzene      IN_PROGRESS  due in two hours   (SOON)
     *  q6 FACEBOOK  COMPLAINT WATER    Karşıyaka/Bostanlı  FORWARDED    due in two days    (OK)
     *  q7 X         COMPLAINT WATER    Karşıyaka/Bostanlı  CLOSED
     * </pre>
     */
    @BeforeEach
    void seed() {
        synchronized (ConsoleQueueTest.class) {
            if (ids != null) {
                return;
            }
            ids = new long[] {
                c("X", "COMPLAINT", true, "WATER", "Karşıyaka", "Bostanlı", "NEW", null),
                c("FACEBOOK", "REQUEST", false, "CLEANING", "Karşıyaka", "Mavişehir", "TRIAGED", null),
                c("INSTAGRAM", "COMPLAINT", false, "WATER", "Bornova", "Kazımdirik", "FORWARDED", "now() - interval '1 hour'"),
                c("X", "SUPPORT", false, null, "Buca", null, "NEW", null),
                c("WHATSAPP", "COMPLAINT", false, "CLEANING", "Bornova", "Erzene", "IN_PROGRESS", "now() + interval '2 hours'"),
                c("FACEBOOK", "COMPLAINT", false, "WATER", "Karşıyaka", "Bostanlı", "FORWARDED", "now() + interval '2 days'"),
                c("X", "COMPLAINT", false, "WATER", "Karşıyaka", "Bostanlı", "CLOSED", null)};
        }
    }

    @Test
    void countsPerFilterAreThoseOfTheMatchingCases() {
        ConsoleAuthTest.Session s = ConsoleAuthTest.login("moderator", "moderator");
        Page all = page(s, "/console/queue?status=ALL");
        assertEquals(set(1, 2, 3, 4, 5, 6, 7), all.cases());
        assertEquals(7, all.total());
        assertEquals(Map.of("NEW", 2L, "TRIAGED", 1L, "FORWARDED", 2L, "IN_PROGRESS", 1L, "CLOSED", 1L), all.facet("status"));
        assertEquals(Map.of("COMPLAINT", 5L, "REQUEST", 1L, "SUPPORT", 1L), all.facet("category"));
        assertEquals(Map.of("X", 3L, "FACEBOOK", 2L, "INSTAGRAM", 1L, "WHATSAPP", 1L), all.facet("platform"));
        assertEquals(Map.of("WATER", 4L, "CLEANING", 2L, "-", 1L), all.facet("department"));
        assertEquals(Map.of("Bostanlı", 3L, "Mavişehir", 1L, "Kazımdirik", 1L, "Erzene", 1L), all.facet("neighborhood"));
        assertEquals(Map.of("OVERDUE", 1L, "SOON", 1L, "OK", 1L, "NONE", 4L), all.facet("sla"));
        assertEquals(Map.of("true", 1L, "false", 6L), all.facet("urgent"));
        assertEquals(Map.of("Karşıyaka", 4L, "Bornova", 2L, "Buca", 1L), all.districtOptions());

        // the moderation queue proper (new, triaged, reopened) is the default
        assertEquals(set(1, 2, 4), page(s, "/console/queue").cases());
        assertEquals(set(1, 4), page(s, "/console/queue?status=NEW").cases());
        assertEquals(set(2), page(s, "/console/queue?status=ALL&category=REQUEST").cases());
        assertEquals(set(1, 4, 7), page(s, "/console/queue?status=ALL&platform=X").cases());
        // "Birimsiz" and "Sınıfsız" select the cases without a department or category
        assertEquals(set(4), page(s, "/console/queue?status=ALL&department=-").cases());
        assertEquals(set(1, 3, 6, 7), page(s, "/console/queue?status=ALL&department=WATER").cases());
        assertEquals(set(3, 5), page(s, "/console/queue?status=ALL&district=Bornova").cases());
        // the neighbourhood matches without regard to case
        assertEquals(set(1, 6, 7), page(s, "/console/queue?status=ALL&neighborhood=bostanlı").cases());
        assertEquals(set(3), page(s, "/console/queue?status=ALL&sla=OVERDUE").cases());
        assertEquals(set(5), page(s, "/console/queue?status=ALL&sla=SOON").cases());
        assertEquals(set(6), page(s, "/console/queue?status=ALL&sla=OK").cases());
        assertEquals(set(1, 2, 4, 7), page(s, "/console/queue?status=ALL&sla=NONE").cases());
        assertEquals(set(1), page(s, "/console/queue?status=ALL&urgent=true").cases());
        // free text narrows to one case's words
        Page three = page(s, "/console/queue?status=ALL", TOKEN + " no 3");
        assertEquals(set(3), three.cases());
        assertEquals(1, three.total());

        // combined: each filter's counts are within the others, its own values stay selectable
        Page waterKsk = page(s, "/console/queue?status=ALL&department=WATER&district=Karşıyaka");
        assertEquals(set(1, 6, 7), waterKsk.cases());
        assertEquals(3, waterKsk.total());
        assertEquals(Map.of("WATER", 3L, "CLEANING", 1L), waterKsk.facet("department"));
        assertEquals(Map.of("Karşıyaka", 3L, "Bornova", 1L), waterKsk.districtOptions());
        assertEquals(Map.of("NEW", 1L, "FORWARDED", 1L, "CLOSED", 1L), waterKsk.facet("status"));
        assertEquals(Map.of("X", 2L, "FACEBOOK", 1L), waterKsk.facet("platform"));
        assertEquals(Map.of("OK", 1L, "NONE", 2L), waterKsk.facet("sla"));
        assertTrue(waterKsk.html().contains("filtreleri temizle"));
    }

    @Test
    void departmentInboxCountsOnlyItsOwnOpenCases() {
        ConsoleAuthTest.Session water = ConsoleAuthTest.login("water", "water");
        Page inbox = page(water, "/console/inbox");
        assertEquals(set(3, 6), inbox.cases());
        assertEquals(Map.of("OVERDUE", 1L, "OK", 1L), inbox.facet("sla"));
        // the status counts span the department's cases in every state
        assertEquals(Map.of("FORWARDED", 2L, "CLOSED", 1L), inbox.facet("status"));
        // another department's case stays out even when asked for by name
        assertEquals(Set.of(), page(water, "/console/inbox?status=ALL&department=CLEANING").cases());
        assertEquals(set(3, 6, 7), page(water, "/console/inbox?status=ALL").cases());
        ConsoleAuthTest.Session cleaning = ConsoleAuthTest.login("cleaning", "cleaning");
        assertEquals(set(5), page(cleaning, "/console/inbox").cases());
        assertEquals(Map.of("SOON", 1L), page(cleaning, "/console/inbox").facet("sla"));
    }

    @Test
    void newCasesBannerCountsArrivalsUnderTheFilters() {
        String token = "kn" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleAuthTest.Session s = ConsoleAuthTest.login("moderator", "moderator");
        String html = given().cookies(s.cookies()).queryParam("status", "ALL").queryParam("platform", "X")
                .queryParam("q", token).get("/console/queue").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("since=(\\d+)").matcher(html);
        assertTrue(m.find(), "the page polls with the newest id it drew");
        long since = Long.parseLong(m.group(1));
        assertTrue(banner(s, token, "X", since).isBlank());
        long fresh = ingestion.ingest(null, List.of(TestData.message(Platform.X, "n-" + token, null, "u-" + token,
                "Yeni başvuru " + token + " sokak lambası yanmıyor", Instant.now()))).caseIds().get(0);
        assertTrue(fresh > since);
        assertTrue(banner(s, token, "X", since).contains("1 yeni vaka"));
        assertTrue(banner(s, token, "FACEBOOK", since).isBlank(), "an X arrival is no news for a Facebook-filtered queue");
        assertTrue(banner(s, token, "X", fresh).isBlank(), "nothing newer than the redrawn list");
    }

    private static String banner(ConsoleAuthTest.Session s, String token, String platform, long since) {
        return given().cookies(s.cookies()).queryParam("status", "ALL").queryParam("platform", platform)
                .queryParam("q", token).queryParam("since", since).get("/console/queue/new").then().statusCode(200)
                .extract().asString();
    }

    // ---- helpers

    record Page(String html, Set<Long> cases, long total) {
        Map<String, Long> facet(String name) {
            Matcher list = Pattern.compile("data-facet=\"" + name + "\">(.*?)</ul>", Pattern.DOTALL).matcher(html);
            assertTrue(list.find(), "facet " + name);
            Map<String, Long> out = new LinkedHashMap<>();
            Matcher item = Pattern.compile("<li data-value=\"([^\"]*)\">.*?<span class=\"n\">(\\d+)</span>", Pattern.DOTALL)
                    .matcher(list.group(1));
            while (item.find()) {
                out.put(item.group(1), Long.parseLong(item.group(2)));
            }
            return out;
        }

        Map<String, Long> districtOptions() {
            Matcher select = Pattern.compile("<select id=\"district\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
            assertTrue(select.find());
            Map<String, Long> out = new LinkedHashMap<>();
            Matcher o = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>[^<]* \\((\\d+)\\)</option>").matcher(select.group(1));
            while (o.find()) {
                out.put(o.group(1), Long.parseLong(o.group(2)));
            }
            return out;
        }
    }

    Page page(ConsoleAuthTest.Session s, String url) {
        return page(s, url, TOKEN);
    }

    /** Our cases among the rows; the search for the token keeps other tests' cases out of rows and counts. */
    Page page(ConsoleAuthTest.Session s, String url, String q) {
        String html = given().cookies(s.cookies()).urlEncodingEnabled(true).queryParam("q", q).get(url).then()
                .statusCode(200).extract().asString();
        Set<Long> found = new TreeSet<>();
        Matcher m = Pattern.compile("data-case=\"(\\d+)\"").matcher(html);
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        Set<Long> ours = new TreeSet<>();
        for (int i = 0; i < ids.length; i++) {
            if (found.contains(ids[i])) {
                ours.add((long) i + 1);
            }
        }
        assertEquals(found.size(), ours.size(), "only this test's cases match its token: " + found);
        Matcher t = Pattern.compile("<div class=\"muted\">(\\d+) vaka").matcher(html);
        assertTrue(t.find(), "the count of matching cases is shown");
        return new Page(html, ours, Long.parseLong(t.group(1)));
    }

    static Set<Long> set(long... n) {
        Set<Long> s = new TreeSet<>();
        for (long x : n) {
            s.add(x);
        }
        return s;
    }

    private int seq;

    long c(String platform, String category, boolean urgent, String dept, String district, String neighborhood,
            String status, String due) {
        seq++;
        String ext = UUID.randomUUID().toString();
        long id = ingestion.ingest(null, List.of(TestData.message(Platform.valueOf(platform), "s-" + ext, null, "u-" + ext,
                "Başvuru " + TOKEN + " no " + seq + " sokakta sorun var", Instant.now()))).caseIds().get(0);
        data.execute("update cases set category = ?1, urgent = ?2, department_id = (select id from departments where code = ?3),"
                + " district = ?4, neighborhood = ?5, status = ?6, due_at = " + (due == null ? "null" : due)
                + ", assignee_id = null where id = ?7", category, urgent, dept == null ? "" : dept,
                district, neighborhood == null ? "" : neighborhood, status, id);
        if (neighborhood == null) {
            data.execute("update cases set neighborhood = null where id = ?1", id);
        }
        return id;
    }
}
