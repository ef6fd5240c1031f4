package tr.hemsehri.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;
import tr.hemsehri.testsupport.Users;

@QuarkusTest
class QueueClaimTest extends PostgresTest {
    @Inject
    TestData data;
    @Inject
    Users users;

    @Test
    void twoModeratorsNeverGetTheSameCase() throws Exception {
        users.ensureModerator("moderator2");
        // Park whatever other tests left in the queue so that exactly our 300 cases are claimable.
        data.execute("update cases set status = 'CLOSED' where status in ('NEW', 'TRIAGED') and assignee_id is null");
        Set<Long> created = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            created.add(data.newCase("Test vakası " + i + ": Karşıyaka'da su kesintisi"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (String[] cred : new String[][] {{"moderator", "moderator"}, {"moderator2", "moderator2-pw"}}) {
            Callable<List<Long>> worker = () -> {
                start.await();
                List<Long> got = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    Response r = Users.as(cred[0], cred[1]).post("/api/v1/queue/next");
                    if (r.statusCode() == 200) {
                        got.add(r.jsonPath().getLong("id"));
                    } else {
                        assertEquals(204, r.statusCode(), r.asString());
                    }
                }
                return got;
            };
            results.add(pool.submit(worker));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Set<Long> distinct = new HashSet<>(all);
        assertEquals(all.size(), distinct.size(), "a case was handed out twice");
        assertTrue(distinct.containsAll(created), "a case was lost: " + diff(created, distinct));
        assertTrue(results.get(0).get().size() > 0 && results.get(1).get().size() > 0, "both moderators got work");
        assertEquals(0, data.count("select count(*) from cases where id between ?1 and ?2 and assignee_id is null",
                Collections.min(created), Collections.max(created)));
    }

    @Test
    void claimIsExclusiveAndReleaseReturnsTheCase() {
        users.ensureModerator("moderator2");
        long id = data.newCase("Bayraklı'da park bakımsız");
        Users.moderator().post("/api/v1/cases/" + id + "/claim").then().statusCode(200);
        Users.as("moderator2", "moderator2-pw").post("/api/v1/cases/" + id + "/claim").then().statusCode(409)
                .contentType("application/problem+json");
        Users.as("moderator2", "moderator2-pw").post("/api/v1/cases/" + id + "/release").then().statusCode(409);
        Users.moderator().post("/api/v1/cases/" + id + "/release").then().statusCode(200);
        Users.as("moderator2", "moderator2-pw").post("/api/v1/cases/" + id + "/claim").then().statusCode(200);
        assertEquals(2, data.count("select count(*) from audit_events where entity_type = 'case' and entity_id = ?1 "
                + "and action = 'claim'", id));
    }

    private static Set<Long> diff(Set<Long> a, Set<Long> b) {
        Set<Long> d = new HashSet<>(a);
        d.removeAll(b);
        return Collections.unmodifiableSet(d);
    }
}
