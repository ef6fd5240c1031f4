package tr.hemsehri.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tr.hemsehri.connector.ConnectorTestSupport;
import tr.hemsehri.connector.ConnectorsConfig;
import tr.hemsehri.connector.api.ReplyTarget;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.outbox.repository.OutboxItem;
import tr.hemsehri.outbox.service.OutboundChannel;
import tr.hemsehri.outbox.service.OutboxDispatcher;
import tr.hemsehri.outbox.service.OutboxRecorder;
import tr.hemsehri.outbox.service.OutboxService;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;
import tr.hemsehri.simulator.WhatsAppSimulator;
import tr.hemsehri.workflow.service.ReplyService;

/**
 * {@link DispatcherCrashTest} for X, Facebook and WhatsApp: the dispatcher dies after the platform accepted a
 * reply (public reply, direct message, Messenger, private reply to a comment) but before we recorded it. After
 * the restart the post is found on the platform by its idempotency marker and not posted again; an item that
 * never reached the platform is sent exactly once; WhatsApp, which cannot be searched, stops the item as FAILED.
 */
@QuarkusTest
class XFacebookDispatcherCrashTest extends ConnectorTestSupport {
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxRecorder recorder;
    @Inject
    OutboundChannel channel;
    @Inject
    ReplyService replies;
    @Inject
    ConnectorsConfig config;
    @TestHTTPResource("/webhooks/whatsapp")
    URL webhook;

    private SimServer x() {
        return simulators.x(config.x().account());
    }

    private SimServer facebook() {
        return simulators.facebook();
    }

    /** A citizen writes on the platform; after a poll, the case the message landed in. */
    private long caseFor(Platform platform, SimServer sim, Scenario.Line line) {
        poller.pollOnce(accountId(platform));
        SimItem item = sim.say(line);
        poller.pollOnce(accountId(platform));
        String dbId = platform == Platform.X && item.kind().equals("DM") ? "dm:" + item.id() : item.id();
        String caseId = string("select case_id::text from messages where platform = ? and external_id = ?",
                platform.name(), dbId);
        assertTrue(caseId != null, "ingested: " + dbId);
        return Long.parseLong(caseId);
    }

    /**
     * Queues an answer and claims it for a dispatcher that will die, in one transaction, so the scheduled
     * dispatcher of this test instance never sees the item PENDING.
     */
    private OutboxItem enqueueClaimed(long caseId, String visibility, String text) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            CaseEntity c = CaseEntity.findById(caseId);
            OutboxItem item = replies.system(c, "REPLY", visibility, text);
            // due before this transaction began: the claim compares with the transaction's now()
            item.nextAttemptAt = java.time.Instant.now().minusSeconds(60);
            OutboxItem.getEntityManager().flush();
            // items other classes left pending would fill the claim before ours
            execute("update outbox set status = 'CANCELLED' where status = 'PENDING' and id <> ?", item.id);
            assertTrue(recorder.claim("crashed-worker", 100).contains(item.id));
            return item.id;
        });
        return recorder.load(id);
    }

    private long postsWith(SimServer sim, String key) {
        String marker = OutboxService.marker(key);
        return sim.received().stream().filter(r -> String.valueOf(r.get("text")).contains(marker)).count();
    }

    private String postedId(SimServer sim, String key) {
        String marker = OutboxService.marker(key);
        return sim.received().stream().filter(r -> String.valueOf(r.get("text")).contains(marker))
                .map(r -> String.valueOf(r.get("id"))).findFirst().orElseThrow();
    }

    /** Lets the claim go stale and runs dispatcher rounds until the item leaves SENDING. */
    private OutboxItem afterRestart(long itemId) throws InterruptedException {
        Thread.sleep(1_200);
        long deadline = System.currentTimeMillis() + 15_000;
        OutboxItem item = recorder.load(itemId);
        while ("SENDING".equals(item.status) || "PENDING".equals(item.status)) {
            assertTrue(System.currentTimeMillis() < deadline, "item " + itemId + " still " + item.status);
            dispatcher.dispatchAll();
            Thread.sleep(100);
            item = recorder.load(itemId);
        }
        return item;
    }

    /** The crash scenario: post, die before recording, restart; the post must be found and not repeated. */
    private OutboxItem crashAfterAccept(Platform platform, SimServer sim, long caseId, String visibility, String text)
            throws InterruptedException {
        OutboxItem item = enqueueClaimed(caseId, visibility, text);
        assertTrue(channel.send(item).ok(), "the platform accepted the post");
        assertEquals(1, postsWith(sim, item.idempotencyKey));
        OutboxItem after = afterRestart(item.id);
        assertEquals("SENT", after.status, String.valueOf(after.lastError));
        assertEquals(1, postsWith(sim, item.idempotencyKey), "posted exactly once");
        String posted = postedId(sim, item.idempotencyKey);
        String expected = platform == Platform.X && posted.chars().allMatch(Character::isDigit)
                && "PRIVATE".equals(visibility) ? "dm:" + posted : posted;
        assertEquals(expected, after.externalId, "the platform's id of the post that was found");
        assertEquals(1, count("select count(*) from messages where platform = ? and direction = 'OUT' "
                + "and external_id = ?", platform.name(), after.externalId));
        return after;
    }

    private void crashBeforeAccept(SimServer sim, long caseId, String visibility, String text)
            throws InterruptedException {
        OutboxItem item = enqueueClaimed(caseId, visibility, text);
        OutboxItem after = afterRestart(item.id);
        assertEquals("SENT", after.status, String.valueOf(after.lastError));
        assertEquals(1, postsWith(sim, item.idempotencyKey), "sent once after the search found nothing");
    }

    @Test
    void xReplyIsFoundOnOurTimelineAfterACrash() throws Exception {
        long caseId = caseFor(Platform.X, x(), new Scenario.Line("MENTION", "crash_x_reply", "Nevin",
                "@kurum Bayraklı Manavkuyu'da kanalizasyon taştı, sokak koku içinde"));
        // other answers of ours in between must not be taken for this one
        for (int i = 0; i < 3; i++) {
            long other = caseFor(Platform.X, x(), new Scenario.Line("MENTION", "crash_x_other" + i, "Diğer",
                    "@kurum Çiğli Ataşehir'de çöp konteyneri yanmış " + i));
            OutboxItem o = enqueueClaimed(other, "PUBLIC", "Ekiplerimize iletildi.");
            recorder.sent(o.id, channel.send(o).externalId(), null);
        }
        crashAfterAccept(Platform.X, x(), caseId, "PUBLIC", "Su ve Kanalizasyon ekiplerimiz yönlendirildi.");
    }

    @Test
    void xDirectMessageIsFoundInTheConversationAfterACrash() throws Exception {
        long caseId = caseFor(Platform.X, x(), new Scenario.Line("DM", "crash_x_dm", "Serdar",
                "Merhaba, Gaziemir Sarnıç'taki adresim: 9/2 sokak no 5, su sayacı akıtıyor"));
        OutboxItem after = crashAfterAccept(Platform.X, x(), caseId, "PRIVATE", "Adresiniz kaydedildi.");
        assertTrue(after.externalId.startsWith("dm:"), after.externalId);
    }

    @Test
    void xItemThatNeverReachedThePlatformIsSentOnce() throws Exception {
        long caseId = caseFor(Platform.X, x(), new Scenario.Line("MENTION", "crash_x_before", "Sinan",
                "@kurum Karabağlar Uzundere'de sokak lambası 2 haftadır yanmıyor"));
        crashBeforeAccept(x(), caseId, "PUBLIC", "Talebiniz Fen İşleri'ne iletildi.");
    }

    @Test
    void xSearchDoesNotConfuseKeysAndIgnoresOthersWords() throws Exception {
        long caseId = caseFor(Platform.X, x(), new Scenario.Line("MENTION", "crash_x_keys", "Lale",
                "@kurum Menemen'de pazar yeri sonrası çöpler toplanmadı"));
        OutboxItem item = enqueueClaimed(caseId, "PUBLIC", "Temizlik İşleri'ne iletildi.");
        recorder.sent(item.id, channel.send(item).externalId(), null);
        String key = item.idempotencyKey;
        // a citizen quoting our marker is not our post
        caseFor(Platform.X, x(), new Scenario.Line("MENTION", "crash_x_quote", "Taklitçi",
                "@kurum " + OutboxService.marker(key + "0") + " bunu da cevaplayın"));
        tr.hemsehri.connector.api.Connector connector = registry.connector(Platform.X).orElseThrow();
        ReplyTarget target = new ReplyTarget(item.targetExternalId, item.targetExternalId, null, Visibility.PUBLIC,
                null);
        assertEquals(Optional.of(recorder.load(item.id).externalId), connector.findSent(target,
                OutboxService.marker(key)));
        assertEquals(Optional.empty(), connector.findSent(target, OutboxService.marker(key + "0")),
                "/10 is not /1, and a citizen's tweet carrying the marker is not ours");
    }

    @Test
    void facebookCommentReplyIsFoundUnderTheCommentAfterACrash() throws Exception {
        long caseId = caseFor(Platform.FACEBOOK, facebook(), new Scenario.Line("COMMENT", "crash.fb.comment",
                "Sevim Ak", "Bayraklı Turan'da yol çökmüş, araçlar geçemiyor"));
        crashAfterAccept(Platform.FACEBOOK, facebook(), caseId, "PUBLIC", "Fen İşleri ekiplerimiz yönlendirildi.");
    }

    @Test
    void facebookAnswerToAReplyIsFoundUnderTheTopLevelComment() throws Exception {
        caseFor(Platform.FACEBOOK, facebook(), new Scenario.Line("COMMENT", "crash.fb.top", "Kenan Us",
                "Çiğli Harmandalı'da otobüs durağının camı kırık"));
        long caseId = caseFor(Platform.FACEBOOK, facebook(), new Scenario.Line("REPLY", "crash.fb.reply",
                "Gönül Er", "Aynı durakta oturak da yok, yaşlılar ayakta bekliyor"));
        SimItem reply = facebook().citizenItems().stream().filter(i -> i.kind().equals("REPLY"))
                .max(java.util.Comparator.comparingLong(SimItem::seq)).orElseThrow();
        OutboxItem after = crashAfterAccept(Platform.FACEBOOK, facebook(), caseId, "PUBLIC",
                "Ulaşım Dairesi'ne iletildi.");
        // Facebook threads one level deep: our answer sits under the top-level comment, not under the reply
        SimItem ours = facebook().allItems().stream().filter(i -> i.id().equals(after.externalId)).findFirst()
                .orElseThrow();
        assertEquals(reply.parentId(), ours.parentId());
    }

    @Test
    void messengerAnswerIsFoundInTheConversationAfterACrash() throws Exception {
        long caseId = caseFor(Platform.FACEBOOK, facebook(), new Scenario.Line("DM", "crash.fb.dm", "Oya Tan",
                "Merhaba, Torbalı'da babam için evde bakım hizmeti başvurusu yapmak istiyorum"));
        OutboxItem after = crashAfterAccept(Platform.FACEBOOK, facebook(), caseId, "PRIVATE",
                "Sosyal Hizmetler sizi arayacak.");
        assertTrue(after.externalId.startsWith("m_"), after.externalId);
    }

    @Test
    void privateReplyToACommentIsFoundInTheCommentersConversationAfterACrash() throws Exception {
        long caseId = caseFor(Platform.FACEBOOK, facebook(), new Scenario.Line("COMMENT", "crash.fb.private",
                "Rıza Dal", "Karabağlar'da evimin önündeki ağaç devrilmek üzere, adresimi nereye yazayım?"));
        crashAfterAccept(Platform.FACEBOOK, facebook(), caseId, "PRIVATE",
                "Adresinizi bu mesaja yanıt olarak yazabilirsiniz.");
    }

    @Test
    void facebookItemThatNeverReachedThePlatformIsSentOnce() throws Exception {
        long caseId = caseFor(Platform.FACEBOOK, facebook(), new Scenario.Line("COMMENT", "crash.fb.before",
                "Hilal Su", "Bornova Kızılay'da parktaki çeşme bozuk"));
        crashBeforeAccept(facebook(), caseId, "PUBLIC", "Park ve Bahçeler'e iletildi.");
    }

    @Test
    void whatsappCannotBeSearchedSoTheItemStopsInsteadOfPostingTwice() throws Exception {
        WhatsAppSimulator sim = simulators.whatsapp();
        sim.webhookUrl(webhook.toString());
        SimItem msg = sim.say(new Scenario.Line("TEXT", "crash_wa", "Cemile Ay",
                "Kemalpaşa'da 2 gündür çöp alınmadı"));
        String caseId = null;
        for (int i = 0; i < 50 && caseId == null; i++) {
            caseId = string("select case_id::text from messages where platform = 'WHATSAPP' and external_id = ?",
                    msg.id());
            Thread.sleep(100);
        }
        assertTrue(caseId != null, "webhook ingested");
        OutboxItem item = enqueueClaimed(Long.parseLong(caseId), "PRIVATE", "Temizlik İşleri'ne iletildi.");
        assertTrue(channel.send(item).ok());
        OutboxItem after = afterRestart(item.id);
        assertEquals("FAILED", after.status);
        assertEquals(1, postsWith(sim, item.idempotencyKey), "not posted again");
        List<Map<String, Object>> received = sim.received();
        assertTrue(received.stream().anyMatch(r -> String.valueOf(r.get("text")).contains(item.idempotencyKey)));
    }
}
