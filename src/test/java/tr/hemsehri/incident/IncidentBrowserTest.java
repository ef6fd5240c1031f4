package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The incident pages in a real (headless) Chromium, as a moderator uses them on an outage day: the early-warning
 * badge, confirm, ETA, the status update to every linked citizen. htmx sends the CSRF header itself, so this also
 * shows the pages' posts pass the console's CSRF filter. Skipped, with a message, without /usr/bin/chromium and
 * /usr/bin/chromedriver. Screenshots: target/screenshots/incidents.png and incident-detail.png.
 */
import tr.hemsehri.console.BrowserTestSupport;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentBrowserTest extends BrowserTestSupport {
    private static final ZoneId TR = ZoneId.of("Europe/Istanbul");

    @Inject
    tr.hemsehri.incident.service.IncidentGrouping grouping;

    /** The incident page is taller than the queue: its shots are taken at 1366×900. */
    @BeforeEach
    void taller() {
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void moderatorConfirmsSetsEtaAndAnswersEveryone() {
        // a Buca incident other classes' district-only reports ("Buca'da su yok") opened would take ours in too
        data.execute("update incidents set status = 'RESOLVED', resolved_at = now()"
                + " where status in ('SUGGESTED', 'OPEN', 'IN_PROGRESS') and district = 'Buca'");
        grouping.changed();
        List<Long> cases = new ArrayList<>();
        for (String t : List.of("Buca Yeşilbağlar'da sabahtan beri su yok", "Buca Yeşilbağlar'da sular kesik, ne zaman gelecek?",
                "buca yesilbaglar su yok #suyok", "Buca Yeşilbağlar Mahallesi'nde musluktan su akmıyor 😡")) {
            cases.add(data.newCase(t));
        }
        long incident = data.count("select incident_id from incident_cases where case_id = ?1", cases.get(0));
        String ids = cases.toString().replace('[', '{').replace(']', '}');
        // other tests' reports from Buca without a mahalle may join it at district level; ours are all in it
        assertEquals(4, data.count("select count(*) from incident_cases where incident_id = ?1"
                + " and case_id = any(cast(?2 as bigint[]))", incident, ids));

        login("moderator", "moderator");
        driver.get(base + "console/incidents");
        WebElement badge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggested-badge")));
        assertTrue(Integer.parseInt(badge.getText().trim()) >= 1, "early warning in the navigation: " + badge.getText());
        assertTrue(driver.findElement(By.id("incidents")).getText().contains("Yeşilbağlar"));
        shot("incidents");

        driver.findElement(By.cssSelector("tr[data-incident='" + incident + "'] a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Olay onaylandı"));
        assertEquals(1, data.count("select count(*) from incidents where id = ?1 and status = 'OPEN'", incident));

        // ETA: the datetime-local value as the browser's picker would leave it
        String eta = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(LocalDateTime.now(TR).plusHours(2).truncatedTo(ChronoUnit.MINUTES));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('dt-eta').value = arguments[0];", eta);
        driver.findElement(By.id("details-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "kaydedildi"));
        assertEquals(1, data.count("select count(*) from incidents where id = ?1 and eta is not null", incident));
        assertEquals(eta, driver.findElement(By.id("up-eta")).getAttribute("value"), "the update form proposes the ETA");

        WebElement text = driver.findElement(By.id("up-text"));
        text.clear();
        text.sendKeys("Ekiplerimiz arıza üzerinde çalışıyor.");
        driver.findElement(By.id("update-submit")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "gönderim sırasına alındı"));
        assertEquals("Çalışılıyor", driver.findElement(By.id("incident-status")).getText().trim());
        assertEquals(4, data.count("select count(*) from outbox where kind = 'INCIDENT_UPDATE'"
                + " and text like '%arıza üzerinde çalışıyor%' and case_id = any(cast(?1 as bigint[]))", ids));
        assertEquals(4, data.count("select count(*) from cases where status = 'IN_PROGRESS' and id = any(cast(?1 as bigint[]))", ids));
        // the next step is offered: "çözüldü"
        assertEquals("RESOLVED", driver.findElement(By.cssSelector("#up-status option[selected]")).getAttribute("value"));
        shot("incident-detail");
    }

    @Inject
    tr.hemsehri.ingest.service.IngestionService ingestion;

    private long caseAt(String text, int minutesAgo) {
        return ingestion.ingest(null, List.of(tr.hemsehri.testsupport.TestData.fromNewCitizen(
                tr.hemsehri.ingest.model.Platform.WHATSAPP, text, java.time.Instant.now().minusSeconds(60L * minutesAgo))))
                .newCaseIds().get(0);
    }

    @Test
    void moderatorLinksASuggestionAndOpensAProposalWithOneClickEach() {
        List<Long> cases = new ArrayList<>();
        // Kemalpaşa: no other test's incident of the district (a Bornova outage of another class would take them in)
        for (String t : List.of("Kemalpaşa Ansızca'da sabahtan beri su yok", "Kemalpaşa Ansızca Mahallesi'nde sular kesik",
                "kemalpasa ansizca su yok #suyok", "Ansızca mahallesinde musluktan su akmıyor @izsu")) {
            cases.add(data.newCase(t));
        }
        long incident = data.count("select incident_id from incident_cases where case_id = ?1", cases.get(0));
        long followUp = data.newCase("Ansızca'da da yok, ne zaman gelir");
        long pole = caseAt("Kemalpaşa Bayramlı'da elektrik direği eğilmiş, kablolar sarkıyor", 120);
        long cables = caseAt("bayramlida kablolar yere kadar sarkmis tehlikeli", 110);
        assertEquals(0, data.count("select count(*) from incident_cases where case_id in (?1, ?2, ?3)", followUp, pole,
                cables), "no rule groups them");

        login("moderator", "moderator");
        driver.get(base + "console/incidents/" + incident);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-suggested='" + followUp
                + "'] button"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "bağlandı"));
        assertEquals(incident, data.count("select incident_id from incident_cases where case_id = ?1", followUp));

        grouping.changed(); // the list's proposals are kept a minute; an earlier test's page may have filled them
        driver.get(base + "console/incidents");
        WebElement proposal = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[@class='proposal'][.//tr[@data-proposed='" + pole + "']]")));
        assertTrue(!proposal.findElements(By.cssSelector("tr[data-proposed='" + cables + "']")).isEmpty(),
                "the two are one proposal");
        shot("incident-proposals");
        proposal.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Olay oluşturuldu"));
        long opened = data.count("select incident_id from incident_cases where case_id = ?1", pole);
        assertEquals(opened, data.count("select incident_id from incident_cases where case_id = ?1", cables));
    }
}
