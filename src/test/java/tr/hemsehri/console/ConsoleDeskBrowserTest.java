package tr.hemsehri.console;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tr.hemsehri.connector.poll.ConnectorRegistry;
import tr.hemsehri.connector.poll.PollerService;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.outbox.service.OutboxDispatcher;
import tr.hemsehri.simulator.Scenario;
import tr.hemsehri.simulator.SimItem;
import tr.hemsehri.simulator.SimServer;
import tr.hemsehri.simulator.SimulatorLauncher;
import tr.hemsehri.testsupport.Users;
import tr.hemsehri.workflow.service.SatisfactionService;

/**
 * The desk at work in Chromium: the README screenshots of a realistic queue and of a resolved case whose replies
 * really reached the (simulated) platform, the "N yeni vaka" banner that leaves the list in place, and a
 * department adding a note and sending a case back with its reason.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleDeskBrowserTest extends BrowserTestSupport {
    @Inject
    SimulatorLauncher simulators;
    @Inject
    PollerService poller;
    @Inject
    ConnectorRegistry registry;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    SatisfactionService satisfaction;

    /** First, so that on a fresh database the queue holds only the desk seeded here (the README images). */
    @Test
    @Order(1)
    void readmeScreenshotsOfARealDesk() {
        Instant now = Instant.now();
        java.util.Set<String> desk = new java.util.HashSet<>();
        desk.add("" + seed(Platform.X, "Bostanlı'da 3 gündür su yok, yaşlı annem var, acil yardım lütfen @izmirbld", "Ayşe Kaya",
                "@aysekaya35", now.minus(Duration.ofMinutes(52))));
        desk.add("" + seed(Platform.FACEBOOK, "Mavişehir'de çöp konteynerleri iki gündür boşaltılmadı, koku dayanılmaz oldu.",
                "Mehmet Yılmaz", "mehmet.yilmaz.3520", now.minus(Duration.ofMinutes(47))));
        desk.add("" + seed(Platform.INSTAGRAM, "Bornova Kazımdirik'te sokak lambaları yanmıyor, akşam yürümek tehlikeli.",
                "Zeynep Demir", "zeynep.demir", now.minus(Duration.ofMinutes(39))));
        desk.add("" + seed(Platform.WHATSAPP, "Buca Şirinyer'de yol çöktü, araçlar geçemiyor, biri düşecek.", "Hasan Çelik",
                "+90 532 *** ** 41", now.minus(Duration.ofMinutes(31))));
        desk.add("" + seed(Platform.X, "Alsancak'ta kaldırımlar kırık, tekerlekli sandalyeyle geçemiyoruz @izmirbld", "Burak Öztürk",
                "@burakozturk", now.minus(Duration.ofMinutes(24))));
        desk.add("" + seed(Platform.FACEBOOK, "Çiğli'deki parkta oyun grubu kırık, çocuklar için tehlikeli.", "Elif Şahin",
                "elif.sahin.35", now.minus(Duration.ofMinutes(16))));
        desk.add("" + seed(Platform.INSTAGRAM, "Karşıyaka Bostanlı'da sokak köpekleri aç, veteriner ekip gönderebilir misiniz?",
                "Emre Aydın", "emre.aydin", now.minus(Duration.ofMinutes(9))));
        desk.add("" + seed(Platform.X, "Teşekkürler, Gaziemir'deki su arızası bugün hızlıca giderildi @izmirbld", "Fatma Arslan",
                "@fatmaarslan", now.minus(Duration.ofMinutes(4))));

        // The case of the second image goes through the Facebook simulator, so our replies are really delivered.
        data.execute("update outbox set status = 'CANCELLED' where status in ('PENDING', 'SENDING')");
        SimServer sim = simulators.facebook();
        long account = registry.accountId(Platform.FACEBOOK).orElseThrow();
        poller.pollOnce(account);
        SimItem comment = sim.say(new Scenario.Line("COMMENT", "selin.koc", "Selin Koç",
                "Narlıdere Çamtepe'de 2 gündür su yok, yaşlı annem var, ne zaman gelecek?"));
        poller.pollOnce(account);
        long id = data.count("select case_id from messages where platform = 'FACEBOOK' and external_id = ?1", comment.id());
        Users.moderator().contentType("application/json").body("{\"neighborhood\":\"Çamtepe\",\"district\":\"Narlıdere\"}")
                .patch("/api/v1/cases/" + id + "/classification").then().statusCode(200);
        Users.moderator().contentType("application/json").body("{\"visibility\":\"PUBLIC\",\"template\":\"category.COMPLAINT\"}")
                .post("/api/v1/cases/" + id + "/replies").then().statusCode(202);
        Users.moderator().contentType("application/json")
                .body("{\"department\":\"WATER\",\"note\":\"Yaşlı vatandaş, öncelikli bakılsın\",\"notifyCitizen\":true}")
                .post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        Users.as("water", "water").contentType("application/json").body("{}").post("/api/v1/inbox/" + id + "/accept")
                .then().statusCode(200);
        Users.as("water", "water").contentType("application/json").body("{\"text\":\"Ekip Çamtepe'ye yönlendirildi.\"}")
                .post("/api/v1/inbox/" + id + "/notes").then().statusCode(200);
        Users.as("water", "water").contentType("application/json")
                .body("{\"text\":\"Çamtepe'deki ana boru arızası giderildi, su verildi.\"}")
                .post("/api/v1/inbox/" + id + "/resolve").then().statusCode(200);
        dispatcher.dispatchAll();
        satisfaction.sendDue();
        dispatcher.dispatchAll();
        assertEquals(0, data.count("select count(*) from outbox where case_id = ?1 and status <> 'SENT'", id),
                () -> "every reply of the README case reached the platform; not sent: " + data.rows(
                        "select id, kind, status, attempts, next_attempt_at, last_error from outbox"
                                + " where case_id = ?1 and status <> 'SENT'", id));
        assertEquals(3, sim.thread(comment.threadId()).stream().filter(SimItem::ours)
                .filter(i -> comment.id().equals(i.parentId())).count(),
                "three public answers under the citizen's comment");

        driver.manage().window().setSize(new Dimension(1366, 860));
        try {
            login("moderator", "moderator");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-table")));
            // The README image shows the desk seeded here and nothing else; after other test classes the queue
            // also holds their cases, and the image is left out (run this class alone to make it).
            List<String> shown = rows();
            if (desk.containsAll(shown)) {
                assertTrue(shown.size() >= 6, "the desk's open cases are listed: " + shown);
                shot("readme-queue");
            } else {
                System.out.println("readme-queue.png not taken: the queue holds other tests' cases");
            }
            driver.get(base + "console/cases/" + id);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Çözüldü"));
            WebElement thread = driver.findElement(By.id("public-thread"));
            assertEquals(3, thread.findElements(By.cssSelector(".post.out .rp-sent")).size(), thread.getText());
            assertTrue(thread.getText().contains("Selin Koç"), thread.getText());
            assertTrue(driver.findElements(By.cssSelector(".delivery-error")).isEmpty());
            shot("readme-case");
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 768));
        }
        logout();
    }

    @Test
    @Order(2)
    void newArrivalShowsABannerAndLeavesTheListInPlace() {
        String token = "canli" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            seed(Platform.FACEBOOK, "Konak'ta kaldırım işgali " + token + " " + i, "Vatandaş " + i);
        }
        login("moderator", "moderator");
        driver.get(base + "console/queue?q=" + token);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-table")));
        List<String> before = rows();
        assertEquals(3, before.size());
        long urgent = seed(Platform.X, "Konak'ta elektrik direği devrildi, çocuklar tehlikede " + token, "Derya Kılıç");
        data.execute("update cases set urgent = true where id = ?1", urgent);
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-count")));
        assertTrue(banner.getText().contains("1 yeni vaka"), banner.getText());
        shot("queue-new-banner");
        assertEquals(before, rows(), "the moderator's list is not reshuffled under them");
        banner.findElement(By.cssSelector("a")).click();
        wait.until(d -> rows().size() == 4);
        assertEquals(String.valueOf(urgent), rows().get(0), "after the refresh the urgent arrival is first");
        assertEquals(before, rows().subList(1, 4));
        logout();
    }

    @Test
    @Order(3)
    void departmentAddsANoteAndSendsTheCaseBackWithItsReason() {
        long id = seed(Platform.FACEBOOK, "Karabağlar'da su sayacı çalındı, ne yapmalıyım?", "Gül Yıldız");
        Users.moderator().contentType("application/json").body("{\"department\":\"WATER\",\"notifyCitizen\":false}")
                .post("/api/v1/cases/" + id + "/forward").then().statusCode(200);
        login("water", "water");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-case='" + id + "']")));
        driver.get(base + "console/cases/" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("note-text")))
                .sendKeys("Sayaç hırsızlığı zabıta ve abone işlerinin konusu; kontrol ediyoruz.");
        driver.findElement(By.id("add-note")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Not eklendi"));
        assertTrue(driver.findElement(By.id("notes")).getText().contains("Sayaç hırsızlığı zabıta"));
        driver.findElement(By.id("open-sendback")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason")))
                .sendKeys("Birimimizle ilgili değil: abone işleri / zabıta");
        shot("inbox-send-back");
        driver.findElement(By.id("sendback-submit")).click();
        wait.until(ExpectedConditions.urlContains("/console/inbox"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "geri gönderildi"));
        assertTrue(driver.findElements(By.cssSelector("tr[data-case='" + id + "']")).isEmpty(), "gone from the inbox");
        Users.moderator().get("/api/v1/cases/" + id + "/workflow").then().statusCode(200)
                .body("status", equalTo("TRIAGED"))
                .body("notes.text", hasItem("Birimimizle ilgili değil: abone işleri / zabıta"))
                .body("notes.text", hasItem("Sayaç hırsızlığı zabıta ve abone işlerinin konusu; kontrol ediyoruz."));
        logout();
        // back in the moderation queue, with the reason on the case page
        login("moderator", "moderator");
        driver.get(base + "console/cases/" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "İncelendi"));
        assertTrue(driver.findElement(By.id("notes")).getText().contains("abone işleri / zabıta"));
        assertFalse(driver.findElements(By.id("open-forward")).isEmpty(), "the moderator can forward it again");
        logout();
    }

    private List<String> rows() {
        return driver.findElements(By.cssSelector("#queue-table tr[data-case]")).stream()
                .map(r -> r.getAttribute("data-case")).toList();
    }
}
