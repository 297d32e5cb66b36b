package org.masar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driving Masar, with the few moves every browser test makes. */
public final class Browser implements AutoCloseable {

    private static final AtomicInteger PROFILES = new AtomicInteger();
    private static final Path TARGET = Path.of(System.getProperty("masar.target", "target"));

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(MasarServer server) {
        this(server.url(""));
    }

    /** A browser for the Masar at {@code baseUrl} (no trailing slash), such as a test deployment's. */
    public Browser(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        Path profile = TARGET.resolve("chrome-profiles/p" + ProcessHandle.current().pid() + "-" + PROFILES.incrementAndGet());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Clicks and waits for the page it leads to. */
    public void clickAndWait(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        act(css, WebElement::click);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> gone(old));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    /** Acts on an element, again if the page replaced it in between. */
    private void act(String css, java.util.function.Consumer<WebElement> action) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    action.accept(find(css));
                    return true;
                });
    }

    /**
     * Picks the entry with {@code value} of a PrimeFaces select menu (client id, unescaped) the
     * way a person does: open the overlay, click the entry.
     */
    public void choose(String menuId, String value) {
        String menu = "#" + menuId.replace(":", "\\:");
        By item = By.cssSelector(menu + "_panel li[data-value='" + value + "']");
        // The overlay opens with an animation that can swallow an early click: retry until chosen.
        new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(300))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    if (value.equals(selected(menuId))) {
                        return true;
                    }
                    List<WebElement> entries = d.findElements(item);
                    if (entries.isEmpty() || !entries.get(0).isDisplayed()) {
                        d.findElement(By.cssSelector(menu)).click();
                    } else {
                        entries.get(0).click();
                    }
                    return value.equals(selected(menuId));
                });
    }

    private String selected(String menuId) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.getElementById(arguments[0]).value;", menuId + "_input");
    }

    /** Chromium reports a replaced page either as stale or as a node of another document. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    public void type(String css, String text) {
        act(css, field -> {
            field.clear();
            field.sendKeys(text);
        });
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("#login\\:username", username);
        type("#login\\:password", password);
        clickAndWait("#login\\:submit");
    }

    public void signOut() {
        clickAndWait("#signout\\:signout-link");
    }

    public String dir() {
        return driver.findElement(By.tagName("html")).getAttribute("dir");
    }

    /** Saves the page as target/screenshots/NAME.png, to look at. */
    public Path screenshot(String name) {
        try {
            Path folder = Files.createDirectories(TARGET.resolve("screenshots"));
            Path png = folder.resolve(name + ".png");
            // The whole page, not just the window: grow the window to the page's height for the shot.
            var window = driver.manage().window();
            var size = window.getSize();
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight;");
            window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(Math.max(height + 140, size.getHeight()), 4000)));
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, png, StandardCopyOption.REPLACE_EXISTING);
            window.setSize(size);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
