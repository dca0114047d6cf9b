package fr.essor.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code chromium} + {@code chromium-driver}) with a fresh profile, driven by
 * Selenium. Override the binaries with {@code -Dessor.e2e.chromium=…} and {@code -Dwebdriver.chrome.driver=…}.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("essor.e2e.screenshots", "target/screenshots"));

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open() {
        Path chromium = Path.of(System.getProperty("essor.e2e.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("Chromium or its driver is missing (" + chromium + ", " + chromedriver
                    + "): apt-get install -y chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("essor-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--window-size=1280,1024", "--lang=fr-FR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        try {
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    void visit(String url) {
        driver.get(url);
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The path of the page shown, e.g. {@code /login} after a redirect to sign in. */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Fills the provider's sign-in form shown (its {@code /login}) and waits until the browser is back on a service. */
    void signInAs(String username) {
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(username);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * Signs in anew as this person, starting from a service: every cookie of localhost goes first (the services' and
     * the provider's sessions), so that the provider asks who is there.
     */
    void signInAt(String serviceUrl, String username) {
        driver.manage().deleteAllCookies();
        visit(serviceUrl + "/");
        signInAs(username);
    }

    /**
     * Waits for a condition, reading the page again when it was replaced under the condition's feet (a stale element
     * after a submission is "not yet", not a failure).
     */
    void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                // Chromium also reports a node replaced mid-read as "Node … does not belong to the document"
                .ignoring(WebDriverException.class)
                .until(condition);
    }

    /** For humans looking at a run: what the page looked like. Never asserted. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Screenshot " + name + " not taken: " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover profile in the temp directory harms nobody
        }
    }
}
