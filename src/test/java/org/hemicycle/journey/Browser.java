package org.hemicycle.journey;

import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.assertThat;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for the browser tests, with its own throw-away profile.
 *
 * <p>The browser and its driver are Debian's by default ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver});
 * elsewhere, point the environment variables {@code CHROMIUM_PATH} and {@code CHROMEDRIVER_PATH} (or the system
 * properties {@code chromium.path} and {@code chromedriver.path}) at them. Both paths are given to Selenium, so
 * Selenium Manager never looks for, or downloads, a browser or a driver.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser whose window is 1280 px wide; {@link #emulateWidth} narrows what pages see. */
    static Browser start() throws IOException {
        Path chromium = executable("CHROMIUM_PATH", "chromium.path", "/usr/bin/chromium");
        Path chromedriver = executable("CHROMEDRIVER_PATH", "chromedriver.path", "/usr/bin/chromedriver");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            fail("The browser tests need a headless Chromium and its driver, looked for at " + chromium + " and "
                    + chromedriver + ". Install them (on Debian or Ubuntu: apt-get install chromium chromium-driver), or"
                    + " set CHROMIUM_PATH and CHROMEDRIVER_PATH (or -Dchromium.path and -Dchromedriver.path) to where"
                    + " they are.");
        }
        Path profile = Files.createTempDirectory("hemicycle-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            deleteProfile(profile);
            throw new AssertionError("Could not start headless Chromium with " + chromedriver + " and " + chromium
                    + ". Install matching versions of the browser and its driver (Debian: chromium and chromium-driver),"
                    + " or point CHROMIUM_PATH and CHROMEDRIVER_PATH at a matching pair.", e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Lays pages out as on a screen this many CSS pixels wide (a window cannot be made narrower than about 500 px),
     * until the browser closes.
     */
    void emulateWidth(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * The text of the first element matching a CSS selector, once it is there and htmx has no request under way. It
     * is found and read in one script, so that a later swap cannot replace the element between the two.
     */
    String textOnceHtmxIsIdle(String cssSelector) {
        return new WebDriverWait(driver, WAIT).until(browser -> (String) ((JavascriptExecutor) browser).executeScript(
                "var found = document.querySelector(arguments[0]);"
                        + "return found && document.querySelector('.htmx-request') === null ? found.textContent.trim() : null",
                cssSelector));
    }

    /** Clicks and waits until the page it leads to has loaded (a marker set on the page before is gone). */
    void clickAndWait(WebElement element) {
        driver.executeScript("window.hemicycleJourneyPreviousPage = true");
        element.click();
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                        "return window.hemicycleJourneyPreviousPage === undefined && document.readyState === 'complete'")));
    }

    /** axe-core on the page as it stands: no violation of serious or critical impact. */
    void assertNoSeriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed: %s", results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        assertThat(blocking).withFailMessage("Serious or critical accessibility violations on %s:%n%s", driver.getCurrentUrl(),
                blocking.stream().map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> node.getTarget() + " " + node.getHtml()).collect(Collectors.joining("; ")))
                        .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    /** The system property if set, else the environment variable if set, else Debian's path. */
    static Path executable(String environmentVariable, String systemProperty, String debianDefault) {
        String configured = System.getProperty(systemProperty, System.getenv(environmentVariable));
        return Path.of(configured == null || configured.isBlank() ? debianDefault : configured);
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // Only a temporary browser profile is left behind.
        }
    }
}
