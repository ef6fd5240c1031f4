package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;

/**
 * The incident pages in a real (headless) Chromium, as a moderator uses them on an outage day: the early-warning
 * badge, confirm, ETA, the status update to every linked citizen. htmx sends the CSRF header itself, so this also
 * shows the pages' posts pass the console's CSRF filter. Skipped, with a message, without /usr/bin/chromium and
 * /usr/bin/chromedriver. Screenshots: target/screenshots/incidents.png and incident-detail.png.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentBrowserTest extends PostgresTest {
    static final String CHROMIUM = System.getProperty("hemsehri.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("hemsehri.test.chromedriver", "/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    private static final ZoneId TR = ZoneId.of("Europe/Istanbul");

    @TestHTTPResource("/")
    URL base;
    @Inject
    TestData data;
    @Inject
    tr.hemsehri.incident.service.IncidentGrouping grouping;

    ChromeDriverService service;
    WebDriver driver;
    WebDriverWait wait;
    Path profile;

    @BeforeAll
    void browser() throws IOException {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Chromium browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " are needed (Debian: apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("hemsehri-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=tr-TR");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void close() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
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

    void login(String user, String password) {
        driver.get(base + "console/login");
        driver.manage().deleteAllCookies();
        driver.get(base + "console/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    void shot(String name) {
        try {
            File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
