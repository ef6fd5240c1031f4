package tr.hemsehri.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

/**
 * The queue's filters, order and paging over cases of our own: every query is narrowed by a neighbourhood,
 * district or word no other test uses, so rows other tests leave behind cannot interfere.
 */
@QuarkusTest
class QueueFilterTest extends PostgresTest {
    @Inject
    TestData data;

    private String hood;
    private String district1;
    private String district2;
    private String word;
    private long a, b, c, d, e;

    /** Seeds five cases with known fields; created_at is set so that "oldest" is unambiguous. */
    @BeforeEach
    void seed() {
        String run = Long.toString(System.nanoTime(), 36);
        hood = "Filtremahalle-" + run;
        district1 = "Filtreilçe1-" + run;
        district2 = "Filtreilçe2-" + run;
        word = "Kelime" + run;
        //                 urgent  hours category   platform     department  district   assignee     status
        a = seeded("A " + word, false, 0, "COMPLAINT", "X", "WATER", district1, "moderator", "NEW");
        b = seeded("B", true, 1, "REQUEST", "FACEBOOK", "CLEANING", district1, null, "NEW");
        c = seeded("C", false, 2, "COMPLAINT", "INSTAGRAM", "WATER", district2, null, "NEW");
        d = seeded("D", true, 3, "SUPPORT", "WHATSAPP", "PARKS", district2, "moderator", "NEW");
        e = seeded("E " + word.toLowerCase(), false, 4, "REQUEST", "X", "CLEANING", district1, null, "TRIAGED");
    }

    private long seeded(String text, boolean urgent, int hours, String category, String platform, String department,
            String district, String assignee, String status) {
        long id = data.newCase("Filtre testi " + text);
        data.execute("""
                update cases set urgent = ?2, created_at = now() - interval '30 days' + cast(?3 as integer) * interval '1 hour',
                    category = ?4, platform = ?5, department_id = (select id from departments where code = ?6),
                    district = ?7, neighborhood = ?8, status = ?9,
                    assignee_id = (select id from app_users where username = ?10)
                where id = ?1""", id, urgent, hours, category, platform, department, district, hood, status,
                assignee == null ? "" : assignee);
        return id;
    }

    private static JsonPath list(String query) {
        String q = query.contains("size=") ? query : "size=100&" + query;
        return Users.moderator().get("/api/v1/cases?" + q).then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> ids(String query) {
        return list(query).getList("items.id", Long.class);
    }

    private List<Long> inHood(String query) {
        return ids("neighborhood=" + hood + (query.isEmpty() ? "" : "&" + query));
    }

    @Test
    void urgentFirstThenOldest() {
        assertEquals(List.of(b, d, a, c, e), inHood(""));
        assertEquals(5, list("neighborhood=" + hood).getLong("total"));
    }

    @Test
    void eachFilter() {
        assertEquals(List.of(a, c), inHood("category=COMPLAINT"));
        assertEquals(List.of(b, d), inHood("urgent=true"));
        assertEquals(List.of(a, c, e), inHood("urgent=false"));
        assertEquals(List.of(a, e), inHood("platform=X"));
        assertEquals(List.of(d), inHood("platform=WHATSAPP"));
        assertEquals(List.of(a, c), inHood("department=WATER"));
        assertEquals(List.of(d, a), inHood("assignee=moderator"));
        assertEquals(List.of(e), inHood("status=TRIAGED"));
        assertEquals(List.of(b, a, e), ids("district=" + district1), "district alone");
        assertEquals(List.of(d, c), ids("district=" + district2));
        // q: free text over message text, case-insensitive, with LIKE wildcards taken literally
        assertEquals(List.of(a, e), ids("q=" + word.toUpperCase()), "q alone");
        assertEquals(List.of(), inHood("q=%25"));
        assertEquals(List.of(), inHood("q=_"));
        // filters combine with AND
        assertEquals(List.of(e), inHood("urgent=false&department=CLEANING"));
        assertEquals(List.of(), inHood("category=SUPPORT&urgent=false"));
        assertEquals(List.of(), ids("neighborhood=" + hood + "-başka"));
    }

    @Test
    void pagesAreBoundedAndConsistent() {
        assertEquals(List.of(b, d), ids("neighborhood=" + hood + "&size=2&page=0"));
        assertEquals(List.of(a, c), ids("neighborhood=" + hood + "&size=2&page=1"));
        assertEquals(List.of(e), ids("neighborhood=" + hood + "&size=2&page=2"));
        JsonPath beyond = Users.moderator().get("/api/v1/cases?neighborhood=" + hood + "&size=2&page=3").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(), beyond.getList("items"));
        assertEquals(5, beyond.getLong("total"));
        assertEquals(false, beyond.getBoolean("totalCapped"));
        // size 1..100; at most 10,000 rows deep
        Users.moderator().get("/api/v1/cases?neighborhood=" + hood + "&size=100&page=100").then().statusCode(200);
        Users.moderator().get("/api/v1/cases?neighborhood=" + hood + "&size=1&page=10000").then().statusCode(200);
        Users.moderator().get("/api/v1/cases?size=100&page=101").then().statusCode(400)
                .contentType("application/problem+json");
        Users.moderator().get("/api/v1/cases?size=1&page=10001").then().statusCode(400);
        Users.moderator().get("/api/v1/cases?size=101").then().statusCode(400);
        Users.moderator().get("/api/v1/cases?size=0").then().statusCode(400);
        int defaultSize = Users.moderator().get("/api/v1/cases?neighborhood=" + hood).then().statusCode(200)
                .extract().path("size");
        assertEquals(20, defaultSize);
    }
}
