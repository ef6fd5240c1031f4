package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.TestData;

/**
 * Two channels at the moment of a spike: one transaction opens an incident and has not committed when another
 * transaction's report joins it; the second one's link waits for the row instead of failing the foreign key (which
 * rolled the whole batch back and made the platform redeliver it).
 */
@QuarkusTest
class IncidentConcurrentSpikeTest {
    @Inject
    IngestionService ingestion;
    @Inject
    TestData data;
    @Inject
    UserTransaction tx;

    @Test
    void aReportJoiningAnIncidentOpenedByARunningTransactionIsLinkedWhenThatCommits() throws Exception {
        Instant now = Instant.now();
        CountDownLatch spikeOpened = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<List<Long>> poller = CompletableFuture.supplyAsync(() -> {
            try {
                tx.begin();
                List<Long> ids = ingestion.ingest(null, List.of(
                        TestData.fromNewCitizen(Platform.X, "Narlıdere Ilıca mahallesinde su yok sabahtan beri",
                                now.minusSeconds(240)),
                        TestData.fromNewCitizen(Platform.X, "Ilıca mah. Narlıdere sular kesik, ne zaman gelecek",
                                now.minusSeconds(180)),
                        TestData.fromNewCitizen(Platform.X, "Narlıdere Ilıca'da musluktan su akmıyor",
                                now.minusSeconds(120)),
                        TestData.fromNewCitizen(Platform.X, "Narlıdere Ilıca mahallesi su yok, duyuru bile yok",
                                now.minusSeconds(90)))).newCaseIds();
                spikeOpened.countDown();
                assertTrue(commit.await(20, TimeUnit.SECONDS));
                tx.commit();
                return ids;
            } catch (Exception e) {
                spikeOpened.countDown();
                try {
                    tx.rollback();
                } catch (Exception ignored) {
                    // the cause below is what matters
                }
                throw new IllegalStateException(e);
            }
        });
        assertTrue(spikeOpened.await(60, TimeUnit.SECONDS), "the first batch opened its incident");
        assertTrue(!poller.isDone() || poller.join() != null, "the first batch is still running");
        CompletableFuture<Long> webhook = CompletableFuture.supplyAsync(() -> ingestion.ingest(null, List.of(
                TestData.fromNewCitizen(Platform.WHATSAPP, "Narlıdere Ilıca'da su yok, ne zaman gelecek?",
                        now.minusSeconds(60)))).newCaseIds().get(0));
        Thread.sleep(300); // the webhook's batch is waiting for the row now
        commit.countDown();
        long late = webhook.get(30, TimeUnit.SECONDS); // before the fix: the foreign key failed this batch
        List<Long> first = poller.get(30, TimeUnit.SECONDS);
        long incident = data.count("select coalesce(max(incident_id), 0) from incident_cases where case_id = ?1",
                first.get(3));
        assertTrue(incident > 0, "the first batch's spike opened an incident");
        assertEquals(incident, data.count("select coalesce(max(incident_id), 0) from incident_cases where case_id = ?1",
                late), "the report of the other transaction is linked to it");
    }
}
