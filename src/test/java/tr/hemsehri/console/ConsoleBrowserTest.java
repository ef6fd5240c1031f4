package tr.hemsehri.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tr.hemsehri.ingest.model.Platform;

/**
 * The console in a real (headless) Chromium: the moderator-to-department journey, escaping of hostile citizen
 * text, the report charts and filters, and the pages at phone width. Skipped, with a message, on machines
 * without /usr/bin/chromium and /usr/bin/chromedriver. Screenshots of the main pages go to target/screenshots/.
 */
@QuarkusTest
class ConsoleBrowserTest extends BrowserTestSupport {

    @Test
    void moderatorToDepartmentJourney() {
        long seeded = seed(Platform.FACEBOOK, "Bostanlı'da 3 gündür su yok, yaşlı annem var, acil yardım lütfen",
                "Ayşe Kaya");
        login("moderator", "moderator");
        shot("queue");
        // next case: urgent first, so our case or another waiting one; the journey works on whichever it is
        driver.findElement(By.id("next-case")).click();
        wait.until(ExpectedConditions.urlMatches(".*/console/cases/\\d+.*"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/console/cases/(\\d+).*", "$1"));
        assertTrue(id > 0 && seeded > 0);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Vaka sizde"));

        // correct the neighbourhood in place
        driver.findElement(By.id("chip-neighborhood")).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("neighborhood-input")));
        input.clear();
        input.sendKeys("Mavişehir");
        driver.findElement(By.id("neighborhood-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chip-saved-note")));
        assertTrue(driver.findElement(By.id("chip-neighborhood")).getText().contains("Mavişehir"));

        // personal data warning while typing, before anything is sent
        WebElement text = driver.findElement(By.id("reply-text"));
        text.sendKeys("Bizi 0532 123 45 67 numarasından arayın");
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pii-warning")));
        assertTrue(warning.getText().contains("PHONE"), warning.getText());

        // reply publicly with a template
        new Select(driver.findElement(By.id("template"))).selectByValue("category.COMPLAINT");
        wait.until(d -> d.findElement(By.id("reply-text")).getAttribute("value").contains("TLP-")
                || !d.findElement(By.id("reply-text")).getAttribute("value").contains("0532"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("pii-warning")));
        String replyText = driver.findElement(By.id("reply-text")).getAttribute("value");
        assertFalse(replyText.isBlank());
        shot("case");
        driver.findElement(By.id("send-reply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Yanıt"));
        String snippet = replyText.substring(0, Math.min(30, replyText.length()));
        assertTrue(driver.findElement(By.id("public-thread")).getText().contains(snippet.trim()));

        // forward to Su ve Kanalizasyon; the dialog shows the due time
        driver.findElement(By.id("open-forward")).click();
        WebElement due = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forward-due")));
        assertTrue(due.getText().contains("Birim için son tarih"));
        new Select(driver.findElement(By.id("fw-dept"))).selectByValue("WATER");
        driver.findElement(By.id("fw-note")).sendKeys("Bostanlı'da yaşlı vatandaş, öncelikli");
        shot("forward-dialog");
        driver.findElement(By.id("forward-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Birime iletildi"));
        logout();

        // the department resolves it
        login("water", "water");
        wait.until(ExpectedConditions.urlContains("/console/inbox"));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-case='" + id + "']")));
        shot("inbox");
        row.findElement(By.cssSelector("a.ref")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("accept"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Birimde işlemde"));
        driver.findElement(By.id("open-resolve")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolution")))
                .sendKeys("Arızalı vana değiştirildi, su verildi.");
        driver.findElement(By.id("resolve-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Çözüldü"));
        logout();

        // back as moderator: resolved, our reply in the citizen's thread
        login("moderator", "moderator");
        driver.get(base + "console/cases/" + id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Çözüldü"));
        String thread = driver.findElement(By.id("public-thread")).getText();
        assertTrue(thread.contains(snippet.trim()), thread);
        assertTrue(driver.findElement(By.id("history")).getText().contains("Çözüldü"));
        shot("case-resolved");

        // phone width
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            driver.get(base + "console/queue");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-table")));
            shot("queue-phone");
            assertFitsWidth("queue", 390);
            driver.get(base + "console/cases/" + id);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-thread")));
            shot("case-phone");
            assertFitsWidth("case page", 390);
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 768));
        }
        logout();
    }

    @Test
    void hostileCitizenTextIsShownAsText() {
        String payload = "<script>window.__xss=1;alert('xss')</script> <img src=x onerror=\"window.__xss=2;alert(2)\">"
                + " <a href=\"javascript:window.__xss=3\">tıkla</a> Karşıyaka'da çöp toplanmıyor";
        long id = seed(Platform.X, payload, "<b>kötü</b>");
        login("moderator", "moderator");
        driver.get(base + "console/queue?q=" + "window.__xss");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-case='" + id + "']")));
        assertNoInjection();
        assertTrue(driver.findElement(By.cssSelector("tr[data-case='" + id + "']")).getText().contains("<script>"));
        driver.get(base + "console/cases/" + id);
        WebElement thread = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-thread")));
        assertNoInjection();
        assertTrue(thread.getText().contains("<img src=x onerror="), thread.getText());
        assertTrue(thread.getText().contains("<b>kötü</b>"), "author name shown as text");
        assertEquals(0, thread.findElements(By.cssSelector("img, script, a[href^='javascript']")).size());
        shot("case-xss");
        logout();
    }

    @Test
    void reportsDrawTheirCharts() {
        for (int i = 0; i < 6; i++) {
            seed(i % 2 == 0 ? Platform.X : Platform.INSTAGRAM, "Bornova'da kaldırım kırık, yürünmüyor " + i, "v" + i);
        }
        login("moderator", "moderator");
        driver.get(base + "console/reports");
        wait.until(d -> Long.valueOf(4).equals(js("return window.hemsehriCharts ? window.hemsehriCharts.length : 0")));
        for (String canvas : List.of("chart-volume", "chart-category", "chart-department", "chart-scores")) {
            assertEquals(Boolean.TRUE, js("var c = document.getElementById('" + canvas + "');"
                    + " return !!Chart.getChart(c) && c.width > 0 && c.height > 0;"), canvas + " drawn");
        }
        assertTrue(Long.parseLong(driver.findElement(By.id("kpi-total")).getText().replaceAll("\\D", "")) >= 6);
        shot("reports");
        // the filters: one department, one day
        new Select(driver.findElement(By.id("department"))).selectByValue("WATER");
        js("document.getElementById('from').value = document.getElementById('to').value");
        driver.findElement(By.cssSelector("form[action='/console/reports'] button")).click();
        wait.until(ExpectedConditions.urlContains("department=WATER"));
        String url = driver.getCurrentUrl();
        String to = driver.findElement(By.id("to")).getAttribute("value");
        assertTrue(url.contains("from=" + to) && url.contains("to=" + to), url);
        assertTrue(driver.findElement(By.cssSelector(".page-head .muted")).getText().contains("Su ve Kanalizasyon"));
        assertEquals("WATER", new Select(driver.findElement(By.id("department"))).getFirstSelectedOption()
                .getAttribute("value"));
        assertTrue(driver.findElement(By.id("csv")).getAttribute("href").endsWith("/console/reports/summary.csv?from="
                + to + "&to=" + to + "&department=WATER"));
        driver.get(base + "console/reports/weekly?department=WATER");
        wait.until(d -> Long.valueOf(4).equals(js("return window.hemsehriCharts ? window.hemsehriCharts.length : 0")));
        shot("weekly-report");
        driver.get(base + "console/connectors");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("connectors")));
        shot("connectors");
        logout();
        driver.get(base + "console/login");
        shot("login");
    }
}
