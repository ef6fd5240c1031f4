package tr.hemsehri.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.IngestResult;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;

@QuarkusTest
class IngestionPipelineTest extends PostgresTest {
    @Inject
    IngestionService ingestion;
    @Inject
    TestData data;
    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void sameExternalIdFromEightThreadsIsStoredOnce() throws Exception {
        String externalId = "dup-" + UUID.randomUUID();
        InboundMessage m = TestData.message(Platform.FACEBOOK, externalId, null, "citizen-" + externalId,
                "Karşıyaka Bostanlı'da 2 gündür çöpler alınmadı", Instant.now());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IngestResult>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<IngestResult> task = () -> {
                start.await();
                return ingestion.ingest(null, List.of(m));
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        int stored = 0;
        int duplicates = 0;
        for (Future<IngestResult> f : futures) {
            IngestResult r = f.get();
            stored += r.stored();
            duplicates += r.duplicates();
        }
        pool.shutdown();
        assertEquals(1, stored);
        assertEquals(7, duplicates);
        assertEquals(1, data.count("select count(*) from messages where platform = 'FACEBOOK' and external_id = ?1",
                externalId));
        assertEquals(1, data.count("select count(*) from cases c join messages m on m.case_id = c.id "
                + "where m.external_id = ?1", externalId));
    }

    @Test
    void replyInTheSameThreadJoinsTheOpenCase() {
        String root = "root-" + UUID.randomUUID();
        Instant t0 = Instant.now().minus(Duration.ofHours(1));
        IngestResult first = ingestion.ingest(null, List.of(TestData.message(Platform.X, root, root, "a-" + root,
                "Bornova'da yol çöktü", t0)));
        IngestResult reply = ingestion.ingest(null, List.of(TestData.reply(Platform.X, "r-" + root, root, root,
                "b-" + root, "aynı yerde biz de mağduruz", t0.plusSeconds(60))));
        assertEquals(1, first.newCaseIds().size());
        assertTrue(reply.newCaseIds().isEmpty());
        assertEquals(first.caseIds().get(0), reply.caseIds().get(0));
        assertEquals(2, data.count("select message_count from cases where id = ?1", first.caseIds().get(0)));
    }

    @Test
    void differentCitizensUnderOneOfOurPostsAreDifferentCases() {
        String post = "our-post-" + UUID.randomUUID();
        Instant now = Instant.now();
        long a = ingestion.ingest(null, List.of(TestData.reply(Platform.INSTAGRAM, "c1-" + post, post, post,
                "a-" + post, "Bostanlı'da su yok", now))).caseIds().get(0);
        long b = ingestion.ingest(null, List.of(TestData.reply(Platform.INSTAGRAM, "c2-" + post, post, post,
                "b-" + post, "Konak'ta otobüs gelmiyor", now))).caseIds().get(0);
        long aAgain = ingestion.ingest(null, List.of(TestData.reply(Platform.INSTAGRAM, "c3-" + post, post,
                "c1-" + post, "a-" + post, "hala yok", now.plusSeconds(5)))).caseIds().get(0);
        assertNotEquals(a, b);
        assertEquals(a, aAgain);
    }

    @Test
    void sameAuthorWithinWindowJoinsButLaterOpensNewCase() {
        String author = "author-" + UUID.randomUUID();
        Instant t0 = Instant.now().minus(Duration.ofDays(1));
        long caseA = ingestion.ingest(null, List.of(TestData.message(Platform.INSTAGRAM, "i1-" + author, null, author,
                "Buca'da sokak lambaları yanmıyor", t0))).caseIds().get(0);
        long caseB = ingestion.ingest(null, List.of(TestData.message(Platform.INSTAGRAM, "i2-" + author, null, author,
                "ekleme: 3 haftadır böyle", t0.plus(Duration.ofMinutes(30))))).caseIds().get(0);
        long caseC = ingestion.ingest(null, List.of(TestData.message(Platform.INSTAGRAM, "i3-" + author, null, author,
                "şimdi de çöpler alınmadı", t0.plus(Duration.ofHours(5))))).caseIds().get(0);
        assertEquals(caseA, caseB);
        assertNotEquals(caseA, caseC);
    }

    @Test
    void sameAuthorOnAnotherPlatformIsANewCase() {
        String author = "cross-" + UUID.randomUUID();
        Instant now = Instant.now();
        long onX = ingestion.ingest(null, List.of(TestData.message(Platform.X, "x-" + author, null, author,
                "su yok", now))).caseIds().get(0);
        long onFacebook = ingestion.ingest(null, List.of(TestData.message(Platform.FACEBOOK, "f-" + author, null,
                author, "su yok", now))).caseIds().get(0);
        assertNotEquals(onX, onFacebook);
    }

    @Test
    void batchAndCheckpointCommitTogetherAndDuplicatesAreAbsorbed() {
        String thread = UUID.randomUUID().toString();
        // an account of its own (MANUAL, disabled): no poller reads or moves this checkpoint
        data.execute("insert into connector_accounts (platform, account, enabled) values ('MANUAL', ?1, false)",
                "ckpt-" + thread);
        long account = data.count("select id from connector_accounts where account = ?1", "ckpt-" + thread);
        Instant now = Instant.now();
        List<InboundMessage> batch = List.of(
                TestData.message(Platform.X, "b1-" + thread, null, "p-" + thread, "Alsancak'ta kaldırım kırık", now),
                TestData.message(Platform.X, "b2-" + thread, null, "q-" + thread, "Konak'ta otobüs gelmedi", now));
        assertEquals(2, ingestion.ingest(account, batch, "{\"since\":1}", true).stored());
        assertEquals("{\"since\":1}", checkpoint(account));
        // a page read again (overlap, a crash before the commit) stores nothing but still moves the checkpoint
        IngestResult again = ingestion.ingest(account, batch, "{\"since\":2}", true);
        assertEquals(0, again.stored());
        assertEquals(2, again.duplicates());
        assertEquals("{\"since\":2}", checkpoint(account));
        // a batch whose transaction dies takes its checkpoint with it: neither the messages nor the cursor stay
        List<InboundMessage> lost = List.of(TestData.message(Platform.X, "b3-" + thread, null, "r-" + thread,
                "Buca'da sokak lambası yanmıyor", now));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                    ingestion.ingest(account, lost, "{\"since\":3}", true);
                    throw new IllegalStateException("crash before commit");
                }));
        assertEquals("{\"since\":2}", checkpoint(account));
        assertEquals(0, data.count("select count(*) from messages where external_id = ?1", "b3-" + thread));
    }

    private String checkpoint(long account) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select cursor from checkpoints where account_id = ?1").setParameter(1, account)
                .getSingleResult());
    }

    /**
     * A batch mixing first messages, follow-ups of existing cases (the bulk path), a second follow-up of the same
     * case and a reply to a message earlier in the batch (the one-message path) places each exactly as one
     * message at a time would.
     */
    @Test
    void mixedBatchThreadsEveryMessageAsOneAtATimeWould() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant t0 = Instant.now().minus(Duration.ofMinutes(30));
        List<InboundMessage> first = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            first.add(TestData.message(Platform.WHATSAPP, "mb-" + run + "-a" + i, "wa-" + run + "-" + i,
                    "wa-" + run + "-" + i, "Konak Alsancak'ta çöpler alınmadı " + i, t0.plusSeconds(i)));
        }
        List<Long> cases = ingestion.ingest(null, first).caseIds();
        assertEquals(5, cases.stream().distinct().count());

        List<InboundMessage> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // follow-ups of the five cases: the bulk path
            batch.add(TestData.message(Platform.WHATSAPP, "mb-" + run + "-b" + i, "wa-" + run + "-" + i,
                    "wa-" + run + "-" + i, "hala gelen yok " + i, t0.plusSeconds(60 + i)));
        }
        // a second follow-up of case 0 in the same batch, and a brand-new citizen with a reply to their own message
        batch.add(TestData.message(Platform.WHATSAPP, "mb-" + run + "-c0", "wa-" + run + "-0", "wa-" + run + "-0",
                "acil bakın lütfen", t0.plusSeconds(70)));
        batch.add(TestData.message(Platform.X, "mb-" + run + "-x1", "x-" + run, "x-" + run,
                "Buca Şirinyer'de su patlağı var", t0.plusSeconds(71)));
        batch.add(TestData.reply(Platform.X, "mb-" + run + "-x2", "x-" + run, "mb-" + run + "-x1", "x-" + run,
                "fotoğraf ekledim", t0.plusSeconds(72)));
        IngestResult r = ingestion.ingest(null, batch);
        assertEquals(8, r.stored());
        assertEquals(1, r.newCaseIds().size());
        for (int i = 0; i < 5; i++) {
            assertEquals(cases.get(i), r.caseIds().get(i), "follow-up " + i + " joins its own case");
        }
        assertEquals(cases.get(0), r.caseIds().get(5));
        assertEquals(r.newCaseIds().get(0), r.caseIds().get(6));
        assertEquals(r.newCaseIds().get(0), r.caseIds().get(7));
        assertEquals(3, data.count("select message_count from cases where id = ?1", cases.get(0)));
        assertEquals(3, data.count("select count(*) from messages where case_id = ?1", cases.get(0)));
        for (int i = 1; i < 5; i++) {
            assertEquals(2, data.count("select message_count from cases where id = ?1", cases.get(i)));
        }
        assertEquals(2, data.count("select message_count from cases where id = ?1", r.newCaseIds().get(0)));
    }
}
