package dev.dbpatterns.docs.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site as a reader meets it, in headless Chromium, served over HTTP from this build's
 * target/site: the home page, a tab switched, a search, the dark theme and a phone's width.
 * Each step saves a screenshot under target/screenshots for review.
 */
@DisplayName("The site in a browser")
class SiteInBrowserIT {
    private static HttpServer server;
    private static ChromeDriver browser;
    private static String base;
    private static Path screenshots;

    @BeforeAll
    static void serveAndOpen(@TempDir Path profile) throws IOException {
        Browser.requireInstalled();
        RenderedSite site = RenderedSite.ofThisBuild();
        server = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                site.root().toAbsolutePath(), SimpleFileServer.OutputLevel.NONE);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        screenshots = Files.createDirectories(Path.of(System.getProperty("screenshots.directory", "target/screenshots")));
        browser = Browser.start(profile);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static WebElement tab(WebElement tabSet, String style) {
        return tabSet.findElement(By.cssSelector(".tab-bar button[data-tab='" + style + "']"));
    }

    private static WebElement panel(WebElement tabSet, String style) {
        return tabSet.findElement(By.cssSelector(".exampleblock.tab[data-tab='" + style + "']"));
    }

    @Test
    @DisplayName("the home page opens with its catalog, which links to the repository page")
    void homePage() throws IOException {
        browser.get(base + "index.html");

        assertThat(browser.getTitle()).startsWith("dbpatterns");
        WebElement repository = browser.findElement(By.linkText("Repository"));
        assertThat(repository.getAttribute("href")).endsWith("patterns/repository.html");
        screenshot("01-home");
    }

    @Test
    @DisplayName("on the repository page, choosing Hibernate shows its code and SQL, in every tab set")
    void switchTab() throws IOException {
        browser.get(base + "patterns/repository.html");
        WebElement changeAndCommit = browser.findElement(By.cssSelector("#change-and-commit ~ .openblock.tabs"));
        assertThat(panel(changeAndCommit, "MyBatis").isDisplayed()).as("MyBatis shows first").isTrue();
        assertThat(panel(changeAndCommit, "Hibernate").isDisplayed()).isFalse();

        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", changeAndCommit);
        tab(changeAndCommit, "Hibernate").click();

        WebElement hibernate = panel(changeAndCommit, "Hibernate");
        assertThat(hibernate.isDisplayed()).isTrue();
        assertThat(panel(changeAndCommit, "MyBatis").isDisplayed()).isFalse();
        assertThat(hibernate.findElement(By.cssSelector(".sent-sql code")).getText()).contains("update book set");
        List<WebElement> everyTabSet = browser.findElements(By.cssSelector(".openblock.tabs"));
        assertThat(everyTabSet).allSatisfy(set -> assertThat(panel(set, "Hibernate").isDisplayed()).isTrue());
        screenshot("02-repository-hibernate-tab");
    }

    @Test
    @DisplayName("a search lists the sections that match, and a result leads to its page")
    void search() throws IOException {
        browser.get(base + "quick-reference.html");
        browser.findElement(By.id("site-search")).sendKeys("dirty checking");

        WebElement results = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("site-search-results")));
        List<WebElement> links = results.findElements(By.tagName("a"));
        assertThat(links).isNotEmpty()
                .allSatisfy(link -> assertThat(link.getText()).as("a result shows where it matched").containsIgnoringCase("dirty"));
        // Several pages explain dirty checking, ranked by how often each section says it; a new page
        // may rank above the repository's, so the test asks only that the repository is among them.
        List<String> hrefs = links.stream().map(link -> link.getAttribute("href")).toList();
        WebElement repository = links.stream()
                .filter(link -> link.getAttribute("href").contains("patterns/repository.html#"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No result on the repository page, which teaches dirty checking: " + hrefs));
        String target = repository.getAttribute("href");
        screenshot("03-search");

        repository.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(target));
        assertThat(browser.findElement(By.id(target.substring(target.indexOf('#') + 1))).isDisplayed()).isTrue();
    }

    @Test
    @DisplayName("the theme toggle switches to dark, and the next page opens dark too")
    void darkTheme() throws IOException {
        browser.get(base + "patterns/repository.html");
        browser.findElement(By.cssSelector(".theme-toggle")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        screenshot("04-repository-dark");

        browser.get(base + "index.html");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        browser.findElement(By.cssSelector(".theme-toggle")).click();
    }

    @Test
    @DisplayName("on a phone's width, no page is wider than the screen; a wide table scrolls in its own box")
    void phoneWidth() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : RenderedSite.ofThisBuild().pages()) {
                browser.get(base + page);
                Object overflow = ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(((Number) overflow).longValue()).as("%s overflows by that many pixels", page).isLessThanOrEqualTo(0);
                List<WebElement> wideTables = browser.findElements(By.cssSelector(".openblock.wide-table"));
                if (!wideTables.isEmpty()) {
                    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", wideTables.get(0));
                    screenshot("06-" + page.replace('/', '-').replace(".html", "") + "-wide-table-phone");
                }
            }
            browser.get(base + "patterns/repository.html");
            screenshot("05-repository-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
