package tr.hemsehri.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.ingest.model.Visibility;
import tr.hemsehri.ingest.service.IngestionService;
import tr.hemsehri.testsupport.PostgresTest;
import tr.hemsehri.testsupport.TestData;

/**
 * One headless Chromium per browser test class, and the steps the tests share. Skipped, with a message, on
 * machines without /usr/bin/chromium and /usr/bin/chromedriver. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport extends PostgresTest {
    protected static final String CHROMIUM = System.getProperty("hemsehri.test.chromium", "/usr/bin/chromium");
    protected static final String CHROMEDRIVER = System.getProperty("hemsehri.test.chromedriver", "/usr/bin/chromedriver");
    protected static final Path SHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    protected URL base;
    @Inject
    protected IngestionService ingestion;
    @Inject
    protected TestData data;

    protected ChromeDriverService service;
    protected WebDriver driver;
    protected WebDriverWait wait;
    protected Path profile;

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
                "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=tr-TR");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        // htmx swaps fragments under the driver: a stale element is retried, not a failure
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        // Chromium reports the same race as "Node with given id does not belong to the document"
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
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

    protected long seed(Platform platform, String text, String author) {
        return seed(platform, text, author, "@" + author.replace(' ', '_'), Instant.now());
    }

    protected long seed(Platform platform, String text, String name, String handle, Instant at) {
        String ext = UUID.randomUUID().toString();
        List<InboundMessage> batch = new ArrayList<>();
        batch.add(new InboundMessage(platform, "b-" + ext, null, null, "a-" + ext, handle, name, text, at,
                Visibility.PUBLIC, "{}"));
        return ingestion.ingest(null, batch).newCaseIds().get(0);
    }

    protected void login(String user, String password) {
        driver.get(base + "console/login");
        driver.manage().deleteAllCookies();
        driver.get(base + "console/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    protected void logout() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/console/login"));
    }

    protected void assertNoInjection() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(null, js("return window.__xss === undefined ? null : String(window.__xss)"));
        assertEquals(0L, js("return document.querySelectorAll('img[src=\"x\"], a[href^=\"javascript\"]').length"));
    }

    /** The page is no wider than a phone's screen: nothing to scroll sideways. */
    protected void assertFitsWidth(String page, long width) {
        Long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= width, page + " fits a " + width + "px screen, scroll width " + scrollWidth);
    }

    protected Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    protected void shot(String name) {
        try {
            File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
